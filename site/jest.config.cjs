// The site's own rules (what the pages check before any request), without a browser; the pages are tested in e2e/src/site.e2e-spec.ts.
module.exports = { ...require('../jest.preset.cjs'), displayName: 'site', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
