// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { TerritoryRepository } from './territories/territory.repository';
import { TerritoryService } from './territories/territory.service';
import { createTerritoryLoaders } from './territories/territory.loaders';
import { ZoneRepository } from './zones/zone.repository';
import { ZoneService } from './zones/zone.service';
import { createZoneLoaders } from './zones/zone.loaders';

export function createTerritoryServices({ dataSource, clock }: Pick<ServiceDependencies, 'dataSource' | 'clock'>) {
  const territoryRepository = new TerritoryRepository(dataSource);
  const zoneRepository = new ZoneRepository(dataSource);
  return {
    dataSource,
    territoryRepository,
    territories: new TerritoryService(territoryRepository),
    zoneRepository,
    zones: new ZoneService(dataSource, zoneRepository, clock),
  };
}
export type TerritoryServices = ReturnType<typeof createTerritoryServices>;

export function createLoaders(services: TerritoryServices) {
  return { ...createTerritoryLoaders(services.territoryRepository), ...createZoneLoaders(services.zoneRepository) };
}
export type TerritoryServiceLoaders = ReturnType<typeof createLoaders>;

export type TerritoryContext = SubgraphContext<TerritoryServices, TerritoryServiceLoaders>;
