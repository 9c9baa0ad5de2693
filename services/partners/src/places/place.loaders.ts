// Per-request batching: `_entities` calls and lists ask for many places, histories and counts at once.
import DataLoader from 'dataloader';
import type { QualificationStepEntity } from './place.entity';
import type { PlaceRepository } from './place.repository';

export function createPlaceLoaders(repository: PlaceRepository) {
  return {
    placeById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.findByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    qualificationHistoryByPlace: new DataLoader(async (ids: readonly string[]) => {
      const groups = new Map<string, QualificationStepEntity[]>();
      for (const step of await repository.historyOf(ids)) groups.set(step.placeId, [...(groups.get(step.placeId) ?? []), step]);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type PlaceLoaders = ReturnType<typeof createPlaceLoaders>;
