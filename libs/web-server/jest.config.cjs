module.exports = { ...require('../../jest.preset.cjs'), displayName: 'web-server', rootDir: __dirname };
