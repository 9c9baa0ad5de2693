module.exports = { ...require('../../jest.preset.cjs'), displayName: 'funding', rootDir: __dirname };
