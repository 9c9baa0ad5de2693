// Resolver types from each subgraph's schema (GraphQL Code Generator, `npm run codegen`): the SDL
// a subgraph serves — its schema.graphql with the kit's shared types — in, one
// services/<name>/src/generated/resolvers-types.ts out. Resolvers are typed with the objects their
// parents really are (the mappers: entities and records), so a resolver that no longer matches
// the schema fails the typecheck. resolver-types.spec.ts fails when a committed file is stale.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { SERVICE_NAMES } from '../../libs/platform-manifest/src/index';
import { subgraphTypeDefs } from '../../libs/service-kit/src/shared-types';

const root = join(__dirname, '..', '..');

interface SubgraphTypes {
  /** The context every resolver receives, relative to the generated file. */
  context: string;
  /** GraphQL type → the TypeScript type its resolvers get as parent (`module#Type`, relative to the generated file). */
  mappers: Record<string, string>;
}

/** A service's resolver-types.json: what its resolvers receive, beside its folder's other files. */
function typesOf(service: string): SubgraphTypes {
  return JSON.parse(readFileSync(join(root, 'services', service, 'resolver-types.json'), 'utf8')) as SubgraphTypes;
}

export function generatedFile(service: string): string {
  return join('services', service, 'src', 'generated', 'resolvers-types.ts');
}

const config: CodegenConfig = {
  generates: Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, typesOf(service)] as const).map(([service, { context, mappers }]) => [
      generatedFile(service),
      {
        schema: subgraphTypeDefs(readFileSync(join(root, 'services', service, 'src', 'schema.graphql'), 'utf8')),
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          federation: true,
          useTypeImports: true,
          // Enums as unions of their values' names: what entities and rules hold.
          enumsAsTypes: true,
          contextType: context,
          mappers,
          // A model may share its GraphQL type's name (ReconciliationLine): imported as ReconciliationLineModel.
          mapperTypeSuffix: 'Model',
          // An input field with a default is always there once GraphQL has applied it.
          avoidOptionals: { defaultValue: true },
          // The kit's graphql-scalars resolvers: LocalDate parses to its YYYY-MM-DD string, DateTime to a Date and serialises a Date or an ISO string.
          scalars: { Date: 'string', DateTime: { input: 'Date', output: 'Date | string' }, SafeInt: 'number' },
        },
      },
    ]),
  ),
};

export default config;
