module.exports = { ...require('../../jest.preset.cjs'), displayName: 'territory', rootDir: __dirname };
