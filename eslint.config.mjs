// Lint exists mainly to keep the architecture honest: @nx/enforce-module-boundaries makes
// "a service never imports another service" (and the other layering rules below) an error.
import nx from '@nx/eslint-plugin';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '.local/**', 'coverage/**', '**/*.cjs', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          // Test helpers use the messaging library and are used by its own integration test.
          ignoredCircularDependencies: [['messaging', 'testing']],
          depConstraints: [
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:reference-data', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:demo-data', onlyDependOnLibsWithTags: [] },
            // The list of the platform's services: data, read by whatever must know every service.
            { sourceTag: 'type:manifest', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'] },
            { sourceTag: 'type:infrastructure', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:infrastructure', 'type:testing', 'type:manifest'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:infrastructure'] },
            // A service sees libraries only: never another service.
            {
              sourceTag: 'type:service',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:infrastructure', 'type:reference-data', 'type:demo-data', 'type:testing'],
            },
            { sourceTag: 'type:gateway', onlyDependOnLibsWithTags: ['type:kernel', 'type:infrastructure', 'type:testing', 'type:manifest'] },
            // What a partner copies: it depends on nothing of ours.
            { sourceTag: 'type:example', onlyDependOnLibsWithTags: [] },
            // The front-ends talk to the gateway over HTTP only: of the workspace, only their servers' plumbing.
            { sourceTag: 'type:frontend', onlyDependOnLibsWithTags: ['type:web-server'] },
            { sourceTag: 'type:web-server', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Production code never reaches for test helpers, and never reads the environment outside config.
    files: ['services/*/src/**/*.ts', 'gateway/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**', '**/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@pass-numerique/testing', message: 'test helpers are for tests only' }] }],
    },
  },
];
