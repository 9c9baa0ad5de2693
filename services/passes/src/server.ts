// What the passes subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import { passCodeKey, type PassesConfig } from './config';
import { createPassesLoaders, createPassesServices, type PassesLoaders, type PassesServices } from './context';
import { programmeResolvers } from './programmes/programme.resolvers';
import { ProgrammeEntity } from './programmes/programme.entity';
import { CreateProgrammeFactsAndFunnel1765065600000 } from './database/migrations/1765065600000-create-programme-facts-and-funnel';
import { onProgrammeOpened } from './handlers/on-programme-opened.handler';

export function passesSubgraph(config: Pick<PassesConfig, 'passCodeSecret' | 'internalIdentitySecret'>): SubgraphDefinition<PassesServices, PassesLoaders> {
  const key = passCodeKey(config);
  return {
    name: 'passes',
    typeDefs,
    resolvers: { ...scalarResolvers, ...programmeResolvers } as SubgraphDefinition<PassesServices, PassesLoaders>['resolvers'],
    entities: [ProgrammeEntity],
    migrations: [CreateProgrammeFactsAndFunnel1765065600000],
    createServices: (deps) => createPassesServices(deps, { passCodeKey: key }),
    createLoaders: createPassesLoaders,
    subscriptions: () => [onProgrammeOpened],
  };
}

export async function startPassesService(config: PassesConfig, options: StartOptions = {}) {
  const running = await startSubgraph(passesSubgraph(config), config, options);
  return running;
}
