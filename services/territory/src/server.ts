// What the territory subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service. Before it answers,
// the map of France is imported (a no-op when the stored map matches the installed package).
import { auditTrailQuery, mergeResolvers, openDatabase, scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import { systemClock } from '@pass-numerique/kernel';
import typeDefs from './schema.graphql';
import type { TerritoryConfig } from './config';
import { createLoaders, createTerritoryServices, type TerritoryServiceLoaders, type TerritoryServices } from './context';
import { territoryResolvers } from './territories/territory.resolvers';
import { TerritoryEntity } from './territories/territory.entity';
import { zoneResolvers } from './zones/zone.resolvers';
import { ZoneEntity } from './zones/zone.entity';
import { CreateTerritoryTables1764979400000 } from './database/migrations/1764979400000-create-territory-tables';
import { importFrance } from './reference-data/france-import';
import { loadDepartementZone, loadPilotZone } from './demo/load-demo-zones';
import { CreateAuditEntry1765600000000 } from './database/migrations/1765600000000-create-audit-entry';
import { AddAuditProgrammes1767000000000 } from './database/migrations/1767000000000-add-audit-programmes';
import { territoryAccessPolicy } from './access-policy';

type Definition = SubgraphDefinition<TerritoryServices, TerritoryServiceLoaders>;

export const territorySubgraph: Definition = {
  name: 'territory',
  typeDefs,
  resolvers: mergeResolvers(scalarResolvers, territoryResolvers, zoneResolvers, { Query: { territoryAuditTrail: auditTrailQuery() } }),
  entities: [TerritoryEntity, ZoneEntity],
  migrations: [CreateTerritoryTables1764979400000, CreateAuditEntry1765600000000, AddAuditProgrammes1767000000000],
  createServices: createTerritoryServices,
  createLoaders,
  audited: true,
  accessPolicy: territoryAccessPolicy,
  subscriptions: () => [],
};

/**
 * Imports the map before the service answers, so that no client ever sees an empty France. When
 * a new package version replaced an older map, zones are expanded again (EPCIs and communes
 * change from one year's map to the next) and those whose members changed are announced.
 */
export async function prepareMap(config: TerritoryConfig, options: StartOptions = {}) {
  const dataSource = await openDatabase({ url: config.databaseUrl, entities: territorySubgraph.entities, migrations: territorySubgraph.migrations });
  try {
    const report = await importFrance(dataSource);
    if (report.imported && report.previousVersion !== null) {
      await createTerritoryServices({ dataSource, clock: options.clock ?? systemClock }).zones.refreshAllMembers();
    }
    return report;
  } finally {
    await dataSource.destroy();
  }
}

export async function startTerritoryService(config: TerritoryConfig, options: StartOptions = {}) {
  await prepareMap(config, options);
  const running = await startSubgraph(territorySubgraph, config, options);
  if (config.loadDemoData) {
    await loadPilotZone(running.services);
    await loadDepartementZone(running.services);
  }
  return running;
}
