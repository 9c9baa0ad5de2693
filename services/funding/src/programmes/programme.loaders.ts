// Per-request batching: the gateway sends many references in one `_entities` call, and lists
// ask for the same children of many parents; each becomes one query.
import DataLoader from 'dataloader';
import type { ProgrammeRepository } from './programme.repository';

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

export function createProgrammeLoaders(repository: ProgrammeRepository) {
  return {
    programmeById: new DataLoader(async (ids: readonly string[]) => {
      const rows = await repository.findByIds(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    deliberationsByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.deliberationsOf(ids), (r) => r.programmeId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    deliberationById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.deliberationsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    authorisationsByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.authorisationsOf(ids), (r) => r.programmeId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    authorisationById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.authorisationsByIds(ids)).map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    scheduleByAuthorisation: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.scheduleOf(ids), (r) => r.authorisationId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    periodsByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.periodsOf(ids), (r) => r.programmeId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    versionsByAuthorisation: new DataLoader(async (ids: readonly string[]) => {
      const groups = groupBy(await repository.versionsOf(ids), (r) => r.authorisationId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    releaseByAuthorisation: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.releasesOf(ids)).map((r) => [r.authorisationId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    closingByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.closingsOf(ids)).map((r) => [r.programmeId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type ProgrammeLoaders = ReturnType<typeof createProgrammeLoaders>;
