// Per-request batching: an organisation list asking for every organisation's credentials costs one query.
import DataLoader from 'dataloader';
import type { CredentialEntity } from './credential.entity';
import type { CredentialRepository } from './credential.repository';

export function createCredentialLoaders(repository: CredentialRepository) {
  return {
    credentialsByOrganisation: new DataLoader(async (ids: readonly string[]) => {
      const groups = new Map<string, CredentialEntity[]>();
      for (const c of await repository.ofOrganisations(ids)) groups.set(c.organisationId, [...(groups.get(c.organisationId) ?? []), c]);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}
