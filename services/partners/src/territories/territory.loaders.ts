// Per-request batching: a list of territories asking for their place counts costs one query per
// qualifiedOnly value, whatever the number of territories (each resolved to its communes by geography).
import DataLoader from 'dataloader';
import type { PlaceRepository } from '../places/place.repository';
import { communesOf, type TerritoryRef } from './territory-scope';

export interface PlaceCountKey {
  territory: TerritoryRef;
  qualifiedOnly: boolean;
}

export function createTerritoryLoaders(places: PlaceRepository) {
  return {
    placeCount: new DataLoader<PlaceCountKey, number, string>(
      async (keys) => {
        const counts = new Map<boolean, Map<string, number>>();
        for (const qualifiedOnly of [false, true]) {
          const wanted = keys.filter((k) => k.qualifiedOnly === qualifiedOnly);
          if (wanted.length === 0) continue;
          const communes = [...new Set(wanted.flatMap((k) => communesOf(k.territory)))];
          counts.set(qualifiedOnly, await places.countByCommune(communes, qualifiedOnly));
        }
        return keys.map((k) => communesOf(k.territory).reduce((sum, commune) => sum + (counts.get(k.qualifiedOnly)?.get(commune) ?? 0), 0));
      },
      { cacheKeyFn: (k) => `${k.territory.level}:${k.territory.code}:${k.qualifiedOnly}` },
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
