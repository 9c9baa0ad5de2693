// Per-request batching: a list of organisations asking for their delegations costs one query per side.
import DataLoader from 'dataloader';
import { groupedBy } from '../places/place.loaders';
import type { DelegationRepository } from './delegation.repository';

export function createDelegationLoaders(repository: DelegationRepository) {
  return {
    delegationsGrantedBy: new DataLoader(async (ids: readonly string[]) => groupedBy(ids, await repository.grantedBy(ids), (d) => d.organisationId)),
    delegationsReceivedBy: new DataLoader(async (ids: readonly string[]) => groupedBy(ids, await repository.receivedBy(ids), (d) => d.vendorOrganisationId)),
  };
}
