module.exports = { ...require('../../jest.preset.cjs'), displayName: 'geography', rootDir: __dirname };
