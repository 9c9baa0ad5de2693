// Whose objects a caller may touch in partners (ARCHITECTURE.md, "Tenancy"): one rule per kind of
// object, asked with the reach of the field being resolved once the object is loaded. The access
// policy has already said which roles the field admits; these rules say for which organisation and
// in which programme. Who takes part is open data (organisations, agreements, places' descriptions):
// the rules below guard what belongs to one organisation or one programme. A refusal answers
// exactly as a missing object does, which the services see to.
import type { Reach } from '@pass-numerique/service-kit';

/**
 * A programme's own records about its partners — its agreements, its decisions on places: its
 * managers (the roles the field admits, held in that programme).
 */
export function mayActInProgramme(reach: Reach, programmeId: string): boolean {
  return reach.coversProgramme(programmeId);
}

/**
 * A place is described once for every programme, by its own organisation (acting for it) or the
 * platform operator: no programme's staff rewrite what the others rely on.
 */
export function mayDescribePlacesOf(reach: Reach, organisationId: string): boolean {
  return reach.operator || reach.actsFor(organisationId);
}

/**
 * Applying to a programme is the place's organisation's own act (in that programme, when its
 * grants are limited to some): the application gives the place's bank details, which no one else
 * sets. Without a programme: whether the place is one the caller may apply for at all.
 */
export function mayApplyFor(reach: Reach, place: { organisationId: string }, programmeId?: string): boolean {
  return reach.actsFor(place.organisationId, programmeId);
}

/**
 * A place's private details (IBAN, contact people, régie): its organisation's own people, and the
 * staff of the programmes it applied to — they pay it and need to reach it.
 */
export function mayReadPrivateDetailsOf(reach: Reach, place: { organisationId: string }, appliedTo: readonly string[]): boolean {
  return reach.belongsTo(place.organisationId) || appliedTo.some((programmeId) => reach.coversProgramme(programmeId));
}

/**
 * One programme's qualification record of a place (who decided what, when, why): the place's
 * organisation sees all of its own; a programme's staff and funders' auditors see that programme's only.
 */
export function mayReadQualification(reach: Reach, place: { organisationId: string }, qualification: { programmeId: string }): boolean {
  return reach.belongsTo(place.organisationId) || reach.coversProgramme(qualification.programmeId);
}

/**
 * Documents are given by an organisation's own people, acting for it (in the programme they are
 * for, when given and the caller's grants are limited to some).
 */
export function mayGiveDocumentsFor(reach: Reach, organisationId: string, programmeId?: string): boolean {
  return reach.actsFor(organisationId, programmeId);
}

/**
 * A document (a RIB, statutes): the applicant organisation's people, and the staff of the
 * programmes it was given for or submitted to — they decide on the application.
 */
export function mayReadDocument(reach: Reach, document: { organisationId: string }, submittedTo: readonly string[]): boolean {
  return reach.belongsTo(document.organisationId) || submittedTo.some((programmeId) => reach.coversProgramme(programmeId));
}

/**
 * Partner software — a caller presenting a credential, which carries scopes — never manages
 * credentials or webhooks: a key that could mint keys or plant a webhook would outlive its own
 * revocation. A refusal for who the caller is, whatever the object: it tells nothing about one.
 */
export function isPartnerSoftware(reach: Reach): boolean {
  return reach.identity.scopes.length > 0;
}

/** Credentials and webhooks of an organisation, and their delivery logs: its own people. */
export function mayManageIntegrationsOf(reach: Reach, organisationId: string): boolean {
  return !isPartnerSoftware(reach) && reach.belongsTo(organisationId);
}

/** The list of an organisation's credentials (never their secrets): its own people, and its software checking its keys. */
export function mayListCredentialsOf(reach: Reach, organisationId: string): boolean {
  return reach.belongsTo(organisationId);
}

/**
 * Asking for new bank details is the place's organisation's own people's act (never its software:
 * a key that could redirect payments is a key worth stealing). Another organisation's place does
 * not exist for them.
 */
export function mayRequestBankDetailsChangeOf(reach: Reach, place: { organisationId: string }): boolean {
  return !isPartnerSoftware(reach) && reach.actsFor(place.organisationId);
}

/**
 * Deciding on a change of a place's bank details: the finance officers (the roles the field admits)
 * of a programme that may pay the place — one it applied to and was not revoked from.
 */
export function mayDecideBankDetailsIn(reach: Reach, payingProgrammeIds: readonly string[]): string | undefined {
  return payingProgrammeIds.find((programmeId) => reach.coversProgramme(programmeId));
}

/** What a statement was approved for payment on: the paid place's organisation, and the statement's programme's staff. */
export function mayReadStatementPayee(reach: Reach, payee: { organisationId: string; programmeId: string }): boolean {
  return reach.belongsTo(payee.organisationId) || reach.coversProgramme(payee.programmeId);
}

/** Accepting or declining a delegation asked of an organisation: that organisation's own people, never the vendor that asked. */
export function mayAcceptDelegation(reach: Reach, delegation: { organisationId: string }): boolean {
  return mayManageIntegrationsOf(reach, delegation.organisationId);
}

/** Ending a delegation (or withdrawing a request): the people of either side. */
export function mayRevokeDelegation(reach: Reach, delegation: { organisationId: string; vendorOrganisationId: string }): boolean {
  return mayManageIntegrationsOf(reach, delegation.organisationId) || mayManageIntegrationsOf(reach, delegation.vendorOrganisationId);
}

/** The delegations an organisation gave or asked for: its own people. */
export function mayListDelegationsOf(reach: Reach, organisationId: string): boolean {
  return !isPartnerSoftware(reach) && reach.belongsTo(organisationId);
}

/**
 * An organisation's members, as the platform holds them (self-registered organisations): its own
 * members read the list. `own` is the caller's membership of that organisation, null when none.
 */
export function mayReadMembersOf(reach: Reach, own: { role: string } | null): boolean {
  return !isPartnerSoftware(reach) && own !== null;
}

/** Inviting, changing roles and removing members, and reading open invitations: the organisation's administrators. */
export function mayManageMembersOf(reach: Reach, own: { role: string } | null): boolean {
  return !isPartnerSoftware(reach) && own?.role === 'ADMIN';
}

/** Verifying a self-registered organisation is the platform operator's, for every organisation. */
export function mayVerifyOrganisations(reach: Reach): boolean {
  return reach.operator;
}
