// Per-request batching: lists of places and statements ask for many histories and payees at once.
import DataLoader from 'dataloader';
import type { BankDetailsChangeRequestEntity, BankDetailsVersionEntity, StatementPayeeEntity } from './bank-details.entity';
import type { BankDetailsRepository } from './bank-details.repository';
import { groupedBy } from '../places/place.loaders';

export function createBankDetailsLoaders(repository: BankDetailsRepository) {
  return {
    /** Each place's versions, newest first. */
    bankDetailsVersionsByPlace: new DataLoader(async (ids: readonly string[]) => groupedBy<BankDetailsVersionEntity>(ids, await repository.versionsOf(ids), (v) => v.placeId)),
    /** Each place's change requests, newest first. */
    bankDetailsRequestsByPlace: new DataLoader(async (ids: readonly string[]) =>
      groupedBy<BankDetailsChangeRequestEntity>(ids, await repository.requestsOf(ids), (r) => r.placeId),
    ),
    bankDetailsVersionById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await repository.versionsByIds(ids)).map((v) => [v.id, v]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    statementPayeeById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map<string, StatementPayeeEntity>((await repository.payeesOf(ids)).map((p) => [p.statementId, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
