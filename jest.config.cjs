// The whole suite: every project's tests, run by `npm test` (see tools/platform/cli.mjs).
module.exports = {
  projects: ['<rootDir>/libs/*/jest.config.cjs', '<rootDir>/services/*/jest.config.cjs', '<rootDir>/gateway/jest.config.cjs', '<rootDir>/e2e/jest.config.cjs', '<rootDir>/resilience/jest.config.cjs', '<rootDir>/tools/jest.config.cjs', '<rootDir>/site/jest.config.cjs'],
};
