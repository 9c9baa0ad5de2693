// Whose objects a caller may touch in funding (ARCHITECTURE.md, "Tenancy"): one rule per kind of
// object, asked with the reach of the field being resolved once the object is loaded. The access
// policy has already said which roles the field admits; these rules say in which programmes. A
// refusal answers exactly as a missing object does, which the services see to.
import type { Reach } from '@pass-numerique/service-kit';

/**
 * A programme's money — commitments, payments, receipts, budget, claims, reconciliation, the
 * accounting export, what co-funders paid — and its shape and life (funding plan, settlement
 * model, amendments, closing): the roles the field admits, held in that programme.
 */
export function mayActOnProgramme(reach: Reach, programmeId: string): boolean {
  return reach.coversProgramme(programmeId);
}

/** A commitment belongs to its programme: read it, pay it, reduce it, record what comes back on it there. */
export function mayActOnCommitment(reach: Reach, commitment: { programmeId: string }): boolean {
  return reach.coversProgramme(commitment.programmeId);
}

/** A commitment authorisation belongs to the programme that voted it: commit against it there. */
export function mayCommitAgainst(reach: Reach, authorisation: { programmeId: string }): boolean {
  return reach.coversProgramme(authorisation.programmeId);
}

/** A co-funder belongs to one programme's plan: record what it paid, claim from it, file its final report there. */
export function mayActOnCoFunder(reach: Reach, coFunder: { programmeId: string }): boolean {
  return reach.coversProgramme(coFunder.programmeId);
}

/**
 * The organisation a new programme is opened for, or undefined when the caller may not open one
 * for it. The platform operator opens programmes for any authority and names it; anyone else opens
 * programmes of its own organisation only, which it need not name.
 */
export function ownerOfNewProgramme(reach: Reach, requested: string | null | undefined): string | undefined {
  if (requested) return reach.operator || reach.belongsTo(requested) ? requested : undefined;
  if (reach.operator) return undefined;
  const own = reach.identity.organisationId;
  return reach.belongsTo(own) ? own : undefined;
}
