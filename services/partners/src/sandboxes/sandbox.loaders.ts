// Per-request batching: an organisation list asking for every organisation's sandbox costs one query.
import DataLoader from 'dataloader';
import type { SandboxRepository } from './sandbox.repository';

export function createSandboxLoaders(repository: SandboxRepository) {
  return {
    sandboxByOrganisation: new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await repository.ofOrganisations(ids)).map((s) => [s.organisationId, s]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    sandboxByProgramme: new DataLoader(async (ids: readonly string[]) => {
      const found = new Map((await repository.ofProgrammes(ids)).map((s) => [s.programmeId, s]));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
