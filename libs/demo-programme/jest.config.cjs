module.exports = { ...require('../../jest.preset.cjs'), displayName: 'demo-programme', rootDir: __dirname };
