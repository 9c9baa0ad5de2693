export * from './founding-decision';
export * from './territory-demo';
