// Per-request batching of people-helped lookups (a programme's total, many programmes at once).
import DataLoader from 'dataloader';
import type { FunnelDimension } from '../funnel/funnel.repository';
import type { UsageRepository } from './usage.repository';

export interface PeopleHelpedKey {
  programmeId: string;
  dimension: FunnelDimension;
  key: string;
}

export function createUsageLoaders(usage: UsageRepository) {
  return {
    peopleHelped: new DataLoader((keys: readonly PeopleHelpedKey[]) => usage.peopleHelpedFor(keys), {
      cacheKeyFn: (k) => `${k.programmeId}|${k.dimension}|${k.key}`,
    }),
  };
}

export type UsageLoaders = ReturnType<typeof createUsageLoaders>;
