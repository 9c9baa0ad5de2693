// Who sees what of a place. Anonymous callers get the standard's open-data fields (and whether
// the place accepts passes, which is what a beneficiary needs); the IBAN and the contact people
// are for the owning organisation and programme staff only.
import type { Identity } from '@pass-numerique/service-kit';

const PROGRAMME_STAFF = new Set(['programme_manager', 'finance_officer']);

export function canSeePrivateFields(identity: Identity, place: { organisationId: string }): boolean {
  return PROGRAMME_STAFF.has(identity.role) || (identity.organisationId !== undefined && identity.organisationId === place.organisationId);
}

/** The qualification record (who decided what, when, why) is evidence auditors may read too. */
export function canSeeQualification(identity: Identity, place: { organisationId: string }): boolean {
  return canSeePrivateFields(identity, place) || identity.role === 'funder_auditor';
}

/** May register or describe places for this organisation. */
export function mayActForOrganisation(identity: Identity, organisationId: string): boolean {
  return identity.role === 'programme_manager' || (identity.organisationId !== undefined && identity.organisationId === organisationId && identity.role !== 'public');
}
