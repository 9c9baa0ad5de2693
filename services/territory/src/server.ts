// What the territory subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service. Before it answers,
// the map of France is imported (a no-op when the stored map matches the installed package).
import { openDatabase, scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import type { TerritoryConfig } from './config';
import { createLoaders, createTerritoryServices, type TerritoryServiceLoaders, type TerritoryServices } from './context';
import { territoryResolvers } from './territories/territory.resolvers';
import { TerritoryEntity } from './territories/territory.entity';
import { CreateTerritoryTables1764979400000 } from './database/migrations/1764979400000-create-territory-tables';
import { importFrance } from './reference-data/france-import';

type Definition = SubgraphDefinition<TerritoryServices, TerritoryServiceLoaders>;

export const territorySubgraph: Definition = {
  name: 'territory',
  typeDefs,
  resolvers: { ...scalarResolvers, ...territoryResolvers } as Definition['resolvers'],
  entities: [TerritoryEntity],
  migrations: [CreateTerritoryTables1764979400000],
  createServices: createTerritoryServices,
  createLoaders,
  subscriptions: () => [],
};

/** Imports the map before the service answers, so that no client ever sees an empty France. */
export async function prepareMap(config: TerritoryConfig) {
  const dataSource = await openDatabase({ url: config.databaseUrl, entities: territorySubgraph.entities, migrations: territorySubgraph.migrations });
  try {
    return await importFrance(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function startTerritoryService(config: TerritoryConfig, options: StartOptions = {}) {
  await prepareMap(config);
  return startSubgraph(territorySubgraph, config, options);
}
