// Per-request batching: lists of places and statements ask for many histories and payees at once.
import DataLoader from 'dataloader';
import type { BankDetailsChangeRequestEntity, BankDetailsVersionEntity, StatementPayeeEntity } from './bank-details.entity';
import type { BankDetailsRepository } from './bank-details.repository';
import { groupedBy } from '../places/place.loaders';
import type { DocumentEntity } from '../documents/document.entity';
import type { DocumentRepository } from '../documents/document.repository';

export function createBankDetailsLoaders(repository: BankDetailsRepository, documents: DocumentRepository) {
  return {
    /** The certificates requests cite; who may read one is the request's reader (its resolvers). */
    certificateById: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map<string, DocumentEntity>((await documents.findByIds(ids)).map((d) => [d.id, d]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
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
