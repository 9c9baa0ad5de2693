// Who may see and change funding figures (DESIGN.md, "Who calls"), until the access issue brings
// the full matrix. A funder auditor whose identity names a programme sees that programme only.
import { requireRole, type Identity } from '@pass-numerique/service-kit';
import { DomainError } from '@pass-numerique/kernel';

export function requireFundingReader(identity: Identity, programmeId: string): void {
  requireRole(identity, 'programme_manager', 'finance_officer', 'funder_auditor');
  if (identity.role === 'funder_auditor' && identity.programmeId && identity.programmeId !== programmeId) {
    throw new DomainError('FORBIDDEN', 'you are not allowed to do this');
  }
}

/** Commitments, payments, reductions and receipts: the finance side. */
export function requireFinanceWriter(identity: Identity): void {
  requireRole(identity, 'programme_manager', 'finance_officer');
}
