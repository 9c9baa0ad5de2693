export * from './clock';
export * from './codes';
export * from './errors';
export * from './ids';
export * from './money';
export * from './seeded-random';
