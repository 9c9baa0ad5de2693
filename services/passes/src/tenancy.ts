// Whose objects a caller may touch in passes (ARCHITECTURE.md, "Tenancy"): one rule per kind of
// object, asked with the reach of the field being resolved once the object is loaded. The access
// policy has already said which roles the field admits; these rules say in which programmes and
// for which organisation. A refusal answers exactly as a missing object does (null, an empty list,
// NOT_FOUND, UNKNOWN_PASS…), which the services see to; lists are filtered in SQL by `listing`.
import type { Reach } from '@pass-numerique/service-kit';

/**
 * A programme named by an argument — the programme to order passes for, to list the orders or
 * credit notes of, to generate statements or run the expiry job in — and its figures below the
 * totals (breakdowns, usage, alerts): the roles the field admits, held in that programme.
 */
export function mayActInProgramme(reach: Reach, programmeId: string | null | undefined): boolean {
  return reach.coversProgramme(programmeId);
}

/**
 * A programme's totals are open data, but a total that describes 1 to 10 people all but names them:
 * exact for the programme's readers (the reach of these open fields covers the programmes where
 * the caller holds a programme role: staff and funders' auditors), suppressed as open data
 * suppresses it for everyone else.
 */
export function mayReadExactTotals(reach: Reach, programmeId: string): boolean {
  return reach.coversProgramme(programmeId);
}

/** An order, and through it its booklets and passes and its print file: its programme's readers, or managers for a change. */
export function mayActOnOrder(reach: Reach, order: { programmeId: string }): boolean {
  return reach.coversProgramme(order.programmeId);
}

/** A booklet or a pass, read on its own: its programme's readers. */
export function mayReadBooklet(reach: Reach, booklet: { programmeId: string }): boolean {
  return reach.coversProgramme(booklet.programmeId);
}

/**
 * Handing a booklet's passes out, or taking it back into stock: the programme's managers, or the
 * distributor holding it, in that programme. A booklet in stock is nobody's but the programme's.
 */
export function mayMoveBooklet(reach: Reach, booklet: { programmeId: string; distributorOrganisationId: string | null }): boolean {
  return reach.coversProgramme(booklet.programmeId) || reach.actsFor(booklet.distributorOrganisationId, booklet.programmeId);
}

/** A pass presented for redemption: its programme's managers, or a place's organisation acting in that programme. */
export function mayRedeemPass(reach: Reach, pass: { programmeId: string }): boolean {
  return reach.coversProgramme(pass.programmeId) || reach.actsFor(reach.organisationId, pass.programmeId);
}

/**
 * A pass presented for a check: whoever may redeem it (the reach of redeemPass), and the
 * distributor holding its booklet (checking the pass of a beneficiary it handed it to).
 */
export function mayCheckPass(checking: Reach, redeeming: Reach, pass: { programmeId: string; distributorOrganisationId: string | null }): boolean {
  return mayRedeemPass(redeeming, pass) || checking.actsFor(pass.distributorOrganisationId, pass.programmeId);
}

const PLACE_SCOPE = 'redeem:place:';

/**
 * Whether a partner key's scopes allow this place: a key scoped to places (`redeem:place:<id>`)
 * redeems at those places only, even among its organisation's. People hold no scopes.
 */
export function scopesAllowPlace(reach: Reach, placeId: string): boolean {
  const places = reach.identity.scopes.filter((s) => s.startsWith(PLACE_SCOPE));
  return places.length === 0 || places.includes(`${PLACE_SCOPE}${placeId}`);
}

/**
 * The place where a pass of this programme is redeemed (or checked for): the programme's
 * managers at any place (its qualification decides); a place's organisation at its own places
 * only, within its key's scopes. A place passes has not learnt of yet (no organisation: its
 * qualification may be on its way) is left to be refused as not qualified.
 */
export function mayRedeemAt(reach: Reach, place: { id: string; organisationId: string | null }, programmeId: string): boolean {
  if (reach.coversProgramme(programmeId)) return true;
  if (!scopesAllowPlace(reach, place.id)) return false;
  return place.organisationId === null || reach.actsFor(place.organisationId, programmeId);
}

/** Checking a pass for a place: where the caller could redeem it, or any place for the distributor holding its booklet. */
export function mayCheckAt(
  checking: Reach,
  redeeming: Reach,
  place: { id: string; organisationId: string | null },
  pass: { programmeId: string; distributorOrganisationId: string | null },
): boolean {
  return mayRedeemAt(redeeming, place, pass.programmeId) || checking.actsFor(pass.distributorOrganisationId, pass.programmeId);
}

/**
 * An organisation's sandbox and its test passes: whoever acts for the organisation in it — its
 * people, and its SANDBOX keys (a LIVE key holds no role there, so it finds no sandbox).
 */
export function mayUseSandbox(reach: Reach, sandbox: { id: string; organisationId: string }): boolean {
  return reach.actsFor(sandbox.organisationId, sandbox.id);
}

/** A redemption found invalid after its statement was paid is recovered by its programme's managers. */
export function mayCorrectRedemption(reach: Reach, redemption: { programmeId: string }): boolean {
  return reach.coversProgramme(redemption.programmeId);
}

/**
 * A redemption cancelled within its window — a mistake at the counter — by its programme's
 * managers, or by the organisation running its place, in that programme (a key scoped to places,
 * at those). The same rule says whose redemptions a place's list shows.
 */
export function mayCancelRedemption(reach: Reach, redemption: { programmeId: string; placeId: string; placeOrganisationId: string }): boolean {
  return reach.coversProgramme(redemption.programmeId) || (scopesAllowPlace(reach, redemption.placeId) && reach.actsFor(redemption.placeOrganisationId, redemption.programmeId));
}

/** A statement: its programme's readers, and the organisation running the place it pays (in that programme). */
export function mayReadStatement(reach: Reach, statement: { programmeId: string; placeOrganisationId: string }): boolean {
  return reach.coversProgramme(statement.programmeId) || reach.actsFor(statement.placeOrganisationId, statement.programmeId);
}

/** Approving or paying a statement: the roles the field admits, held in its programme. */
export function mayDecideOnStatement(reach: Reach, statement: { programmeId: string }): boolean {
  return reach.coversProgramme(statement.programmeId);
}

/**
 * What a list shows, as a SQL filter (the repositories apply it): the objects of the programmes
 * the caller reads, and those of its own organisation (in its programmes, when its grants are
 * limited to some). The platform's own work lists everything.
 */
export interface Listing {
  all: boolean;
  programmeIds: readonly string[];
  /** The organisation whose own objects are listed too, and in which programmes (null = all of them). */
  organisation: { id: string; programmeIds: readonly string[] | null } | null;
}

/** The listing of a caller, its own objects being those of `organisationId` (by default the organisation it acts for). */
export function listing(reach: Reach, organisationId: string | null | undefined = reach.organisationId): Listing {
  const own = organisationId && reach.actsFor(organisationId) ? { id: organisationId, programmeIds: reach.organisationProgrammes } : null;
  return { all: reach.all, programmeIds: reach.programmeIds, organisation: own };
}

/**
 * The programmes whose counts make a territory's, a distributor's or a place's funnel for this
 * caller: the programme asked for when the caller reads it (none otherwise: a programme out of
 * reach is one that does not exist), or every programme it reads. The organisation the figures
 * are about (the distributor, the place's organisation) reads its own too. Null = every programme.
 */
export function funnelProgrammes(reach: Reach, programmeId: string | null, organisationId?: string | null): readonly string[] | null {
  if (programmeId) return reach.coversProgramme(programmeId) || reach.actsFor(organisationId, programmeId) ? [programmeId] : [];
  if (reach.all) return null;
  if (!reach.actsFor(organisationId)) return reach.programmeIds;
  const own = reach.organisationProgrammes;
  return own === null ? null : [...new Set([...reach.programmeIds, ...own])];
}
