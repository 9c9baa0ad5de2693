// Per-request batching: the gateway sends many references in one `_entities` call, and a
// query walks parents and children of many territories at once; each becomes one statement.
import DataLoader from 'dataloader';
import type { TerritoryLevel } from './territory-codes';
import type { TerritoryRecord } from './territory.entity';
import type { Page, TerritoryRepository } from './territory.repository';

export interface ChildrenRequest {
  level: TerritoryLevel;
  code: string;
  after: string | null;
  limit: number;
}

function parseKey(key: string): { level: TerritoryLevel; code: string } {
  const colon = key.indexOf(':');
  return { level: key.slice(0, colon) as TerritoryLevel, code: key.slice(colon + 1) };
}

export function createTerritoryLoaders(repository: TerritoryRepository) {
  return {
    /** Keyed by "LEVEL:code" (codes already normalised). */
    territoryByKey: new DataLoader<string, TerritoryRecord | null>(async (keys) => {
      const rows = await repository.findByKeys(keys.map(parseKey));
      const byKey = new Map(rows.map((r) => [`${r.level}:${r.code}`, r]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
    childrenOf: new DataLoader<ChildrenRequest, Page, string>(
      (requests) => repository.childrenOf(requests.map((r) => ({ parent: { level: r.level, code: r.code }, after: r.after, limit: r.limit }))),
      { cacheKeyFn: (r) => JSON.stringify([r.level, r.code, r.after, r.limit]) },
    ),
    /** Keyed by "zoneId:communeCode". */
    zoneMembership: new DataLoader<string, boolean>(async (keys) =>
      repository.zoneMemberships(keys.map((key) => ({ zoneId: key.slice(0, key.indexOf(':')), communeCode: key.slice(key.indexOf(':') + 1) }))),
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
