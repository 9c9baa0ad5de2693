// Per-request batching: a list of territories asking for their place counts costs at most two
// queries per qualifiedOnly value, whatever the number of territories. Communes and EPCIs are
// counted by commune for the communes they hold (geography); départements and régions by one
// GROUP BY over the INSEE code's département, a hundred rows — sending every commune of France
// in an array for a dashboard of all départements cost a third of a second.
import DataLoader from 'dataloader';
import type { PlaceRepository } from '../places/place.repository';
import type { PlaceCountService } from '../open-data/place-count.service';
import { communesOf, type TerritoryRef } from './territory-scope';

export interface PlaceCountKey {
  territory: TerritoryRef;
  qualifiedOnly: boolean;
}

const GROUPED_IN_SQL = new Set(['DEPARTEMENT', 'REGION']);
const keyOf = (k: PlaceCountKey) => `${k.territory.level}:${k.territory.code}:${k.qualifiedOnly}`;

export function createTerritoryLoaders(places: PlaceRepository, placeCounts: PlaceCountService) {
  return {
    placeCount: new DataLoader<PlaceCountKey, number, string>(
      async (keys) => {
        const answers = new Map<string, number>();
        for (const qualifiedOnly of [false, true]) {
          const wanted = keys.filter((k) => k.qualifiedOnly === qualifiedOnly);
          for (const level of new Set(wanted.filter((k) => GROUPED_IN_SQL.has(k.territory.level)).map((k) => k.territory.level))) {
            const { keys: codes, counts } = await placeCounts.countNow(level as 'DEPARTEMENT' | 'REGION', qualifiedOnly);
            codes.forEach((code, i) => answers.set(keyOf({ territory: { level, code } as TerritoryRef, qualifiedOnly }), counts[i]));
          }
          const byCommune = wanted.filter((k) => !GROUPED_IN_SQL.has(k.territory.level));
          if (byCommune.length === 0) continue;
          const counted = await places.countByCommune([...new Set(byCommune.flatMap((k) => communesOf(k.territory)))], qualifiedOnly);
          for (const k of byCommune) answers.set(keyOf(k), communesOf(k.territory).reduce((sum, commune) => sum + (counted.get(commune) ?? 0), 0));
        }
        return keys.map((k) => answers.get(keyOf(k)) ?? 0);
      },
      { cacheKeyFn: keyOf },
    ),
  };
}

export type TerritoryLoaders = ReturnType<typeof createTerritoryLoaders>;
