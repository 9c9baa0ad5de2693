// Per-request batching: the gateway sends many Programme references in one `_entities` call.
import DataLoader from 'dataloader';
import type { ProgrammeRepository } from './programme.repository';
import { funnelKeyString, type FunnelKey, type FunnelRepository } from '../funnel/funnel.repository';

export function createProgrammeLoaders(programmes: ProgrammeRepository, funnel: FunnelRepository) {
  return {
    programmeById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await programmes.findByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    funnel: new DataLoader((keys: readonly FunnelKey[]) => funnel.countsFor(keys), { cacheKeyFn: funnelKeyString }),
  };
}

export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
