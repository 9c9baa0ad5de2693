export * from './test-environment';
export * from './graphql-client';
export * from './people-tokens';
export * from './api-setup';
export * from './use-test-service';
export * from './pdf-text';
