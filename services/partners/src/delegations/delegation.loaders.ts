// Per-request batching: a list of organisations asking for their delegations costs one query per side.
import DataLoader from 'dataloader';
import type { DelegationEntity } from './delegation.entity';
import type { DelegationRepository } from './delegation.repository';

function groupedBy(key: (d: DelegationEntity) => string, ids: readonly string[], rows: DelegationEntity[]): DelegationEntity[][] {
  const groups = new Map<string, DelegationEntity[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createDelegationLoaders(repository: DelegationRepository) {
  return {
    delegationsGrantedBy: new DataLoader(async (ids: readonly string[]) => groupedBy((d) => d.organisationId, ids, await repository.grantedBy(ids))),
    delegationsReceivedBy: new DataLoader(async (ids: readonly string[]) => groupedBy((d) => d.vendorOrganisationId, ids, await repository.receivedBy(ids))),
  };
}
