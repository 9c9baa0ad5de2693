export * from './founding-decision';
export * from './territory-demo';
export * from './funding-demo';
export * from './partners-demo';
export * from './passes-demo';
export * from './departement-demo';
