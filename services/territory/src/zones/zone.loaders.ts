// Per-request batching of zone reads.
import DataLoader from 'dataloader';
import type { ZoneDefinition, ZoneEntity } from './zone.entity';
import type { ZoneRepository } from './zone.repository';

export function createZoneLoaders(repository: ZoneRepository) {
  return {
    zoneById: new DataLoader<string, ZoneEntity | null>(async (ids) => {
      const byId = new Map((await repository.findByIds(ids)).map((z) => [z.id, z]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    definitionByZone: new DataLoader<string, ZoneDefinition>(async (ids) => {
      const definitions = await repository.definitionsOf(ids);
      return ids.map((id) => definitions.get(id) ?? { communes: [], epcis: [] });
    }),
  };
}

export type ZoneLoaders = ReturnType<typeof createZoneLoaders>;
