// Per-request batching: an organisation list asks for every organisation's agreements at once.
import DataLoader from 'dataloader';
import type { AgreementEntity } from './agreement.entity';
import type { AgreementRepository } from './agreement.repository';

export function createAgreementLoaders(repository: AgreementRepository) {
  return {
    agreementsByOrganisation: new DataLoader(async (ids: readonly string[]) => {
      const groups = new Map<string, AgreementEntity[]>();
      for (const a of await repository.ofOrganisations(ids)) groups.set(a.organisationId, [...(groups.get(a.organisationId) ?? []), a]);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}

export type AgreementLoaders = ReturnType<typeof createAgreementLoaders>;
