// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { TerritoryRepository } from './territories/territory.repository';
import { TerritoryService } from './territories/territory.service';
import { createTerritoryLoaders, type TerritoryLoaders } from './territories/territory.loaders';

export function createTerritoryServices({ dataSource }: ServiceDependencies) {
  const territoryRepository = new TerritoryRepository(dataSource);
  return {
    dataSource,
    territoryRepository,
    territories: new TerritoryService(territoryRepository),
  };
}
export type TerritoryServices = ReturnType<typeof createTerritoryServices>;

export function createLoaders(services: TerritoryServices) {
  return createTerritoryLoaders(services.territoryRepository);
}
export type TerritoryServiceLoaders = TerritoryLoaders;

export type TerritoryContext = SubgraphContext<TerritoryServices, TerritoryServiceLoaders>;
