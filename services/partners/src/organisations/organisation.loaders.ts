// Per-request batching: the gateway sends many Organisation references in one `_entities` call.
import DataLoader from 'dataloader';
import type { OrganisationRepository } from './organisation.repository';

export function createOrganisationLoaders(repository: OrganisationRepository) {
  return {
    organisationById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.findByIds(ids)).map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
