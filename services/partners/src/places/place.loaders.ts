// Per-request batching: `_entities` calls and lists ask for many places, qualifications, histories and counts at once.
import DataLoader from 'dataloader';
import type { PlaceQualificationEntity, QualificationStepEntity } from './place.entity';
import type { PlaceRepository } from './place.repository';

/** Rows grouped by the id each belongs to, in the order of the ids asked (a DataLoader's answer). */
export function groupedBy<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createPlaceLoaders(repository: PlaceRepository) {
  return {
    placeById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.findByIds(ids)).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Every programme's qualification of each place, in the order it applied. */
    qualificationsByPlace: new DataLoader(async (ids: readonly string[]) =>
      groupedBy<PlaceQualificationEntity>(ids, await repository.qualificationsOf(ids), (q) => q.placeId),
    ),
    /** Every step of each place's qualifications, all programmes together, oldest first. */
    qualificationHistoryByPlace: new DataLoader(async (ids: readonly string[]) =>
      groupedBy<QualificationStepEntity>(ids, await repository.historyOf(ids), (s) => s.placeId),
    ),
  };
}

export type PlaceLoaders = ReturnType<typeof createPlaceLoaders>;
