// What the territory subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service. Before it answers,
// the map of France is imported (a no-op when the stored map matches the installed package).
import { auditTrailQuery, mergeResolvers, scalarResolvers, startSubgraph, type ServiceDependencies, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
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
import { StoreEventTraceContext1767400000000 } from './database/migrations/1767400000000-store-event-trace-context';
import { territoryAccessPolicy } from './access-policy';

type Definition = SubgraphDefinition<TerritoryServices, TerritoryServiceLoaders>;

export function territorySubgraph(): Definition {
  return {
    name: 'territory',
    typeDefs,
    resolvers: mergeResolvers(scalarResolvers, territoryResolvers, zoneResolvers, { Query: { territoryAuditTrail: auditTrailQuery() } }),
    entities: [TerritoryEntity, ZoneEntity],
    migrations: [CreateTerritoryTables1764979400000, CreateAuditEntry1765600000000, AddAuditProgrammes1767000000000, StoreEventTraceContext1767400000000],
    createServices: createTerritoryServices,
    createLoaders,
    audited: true,
    accessPolicy: territoryAccessPolicy,
    subscriptions: () => [],
    beforeStart: prepareMap,
    loadDemo: async (services) => {
      await loadPilotZone(services);
      await loadDepartementZone(services);
    },
  };
}

/**
 * Imports the map before the service answers, so that no client ever sees an empty France. When
 * a new package version replaced an older map, zones are expanded again (EPCIs and communes
 * change from one year's map to the next) and those whose members changed are announced.
 */
async function prepareMap(services: TerritoryServices, { dataSource, logger }: ServiceDependencies): Promise<void> {
  const report = await importFrance(dataSource);
  if (report.imported) logger.info('map of France imported', { packageVersion: report.packageVersion, previousVersion: report.previousVersion, ms: report.durationMs });
  if (report.imported && report.previousVersion !== null) await services.zones.refreshAllMembers();
}

export function startTerritoryService(config: TerritoryConfig, options: StartOptions = {}) {
  return startSubgraph(territorySubgraph(), config, options);
}
