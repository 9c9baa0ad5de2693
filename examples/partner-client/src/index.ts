export * from './partner-client';
export * from './journey';
