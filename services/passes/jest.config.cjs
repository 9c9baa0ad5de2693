module.exports = { ...require('../../jest.preset.cjs'), displayName: 'passes', rootDir: __dirname };
