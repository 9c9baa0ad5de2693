// Shared Jest settings: SWC compiles TypeScript (decorator metadata included) and the
// workspace's path aliases resolve to library sources, as in tsconfig.base.json.
const path = require('node:path');
const root = __dirname;
const lib = (name) => path.join(root, 'libs', name, 'src', 'index.ts');
const serviceNames = require('./libs/platform-manifest/src/services.json').services.map((service) => service.name);

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.graphql$': path.join(root, 'libs', 'testing', 'src', 'graphql-transform.cjs'),
    '^.+\\.(t|j)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // SDL files are imported as text.
  // jose ships ESM only; let SWC turn it into CommonJS for Jest's module system.
  transformIgnorePatterns: ['/node_modules/(?!(jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'json', 'graphql'],
  testMatch: ['**/?(*.)+(spec|int-spec|e2e-spec).ts'],
  moduleNameMapper: {
    '^@pass-numerique/kernel$': lib('kernel'),
    '^@pass-numerique/event-contracts$': lib('event-contracts'),
    '^@pass-numerique/messaging$': lib('messaging'),
    '^@pass-numerique/service-kit$': lib('service-kit'),
    '^@pass-numerique/testing$': lib('testing'),
    '^@pass-numerique/demo-programme$': lib('demo-programme'),
    '^@pass-numerique/geography$': lib('geography'),
    '^@pass-numerique/web-server$': lib('web-server'),
    '^@pass-numerique/platform-manifest$': lib('platform-manifest'),
    [`^@pass-numerique/(${serviceNames.join('|')})-service$`]: path.join(root, 'services', '$1', 'src', 'index.ts'),
    '^@pass-numerique/partner-client-example$': path.join(root, 'examples', 'partner-client', 'src', 'index.ts'),
    '^@pass-numerique/gateway$': path.join(root, 'gateway', 'src', 'index.ts'),
  },
  setupFiles: [path.join(root, 'libs', 'testing', 'src', 'jest-setup.ts')],
};
