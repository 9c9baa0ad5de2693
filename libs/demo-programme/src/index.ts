export * from './founding-decision';
