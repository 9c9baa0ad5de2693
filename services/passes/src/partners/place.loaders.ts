// Per-request batching of place facts (a dashboard resolves many Place references at once).
import DataLoader from 'dataloader';
import type { PlaceEntity } from './place.entity';
import type { PlaceRepository } from './place.repository';

export function createPlaceLoaders(places: PlaceRepository) {
  return {
    placeById: new DataLoader<string, PlaceEntity | null>(async (ids) => {
      const byId = new Map((await places.findByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type PlaceLoaders = ReturnType<typeof createPlaceLoaders>;
