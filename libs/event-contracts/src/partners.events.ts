// Events published by the partners service. One defineEvent per event; a breaking change is a new version.
import { z } from 'zod';
import { defineEvent, type EventContract } from './contract';
import { isoDate, isoInstant, territoryRef, uuid, inseeCode } from './shared-schemas';

export const ORGANISATION_KINDS = [
  'REGION',
  'DEPARTEMENT',
  'EPCI',
  'COMMUNE',
  'CCAS',
  'ASSOCIATION',
  'SOCIAL_CENTRE',
  'THIRD_PLACE',
  'OPERATOR',
  'PUBLIC_AGENCY',
  'COMPANY',
] as const;
export const PROGRAMME_ROLES = ['FUNDER', 'OPERATOR', 'DISTRIBUTOR', 'CO_PILOT'] as const;


/** An organisation joined the platform. */
export const OrganisationRegisteredV1 = defineEvent(
  'partners.organisation.registered.v1',
  z.object({
    organisationId: uuid,
    name: z.string().min(1).max(300),
    legalKind: z.enum(ORGANISATION_KINDS),
    siret: z.string().regex(/^\d{14}$/).nullable(),
    siren: z.string().regex(/^\d{9}$/).nullable(),
    inseeCode: inseeCode.nullable(),
  }),
);

/** An organisation took a role in a programme through an agreement (convention), within a territory scope. */
export const AgreementSignedV1 = defineEvent(
  'partners.agreement.signed.v1',
  z.object({
    agreementId: uuid,
    programmeId: uuid,
    organisationId: uuid,
    role: z.enum(PROGRAMME_ROLES),
    /** Where the organisation acts for the programme; null = the programme's whole perimeter. */
    scope: territoryRef.nullable(),
    startsOn: isoDate,
    endsOn: isoDate.nullable(),
  }),
);

const placeFacts = {
  placeId: uuid,
  organisationId: uuid,
  name: z.string().min(1).max(300),
  inseeCode,
  /** Public bodies cash passes through a régie (cash office). */
  cashesThroughRegie: z.boolean(),
  at: isoInstant,
};

/**
 * A place is qualified by each programme on its own: the qualification events name the programme
 * whose staff took the step. (Version 1 had one qualification per place for every programme.)
 */
const qualificationFacts = { ...placeFacts, programmeId: uuid };
/** A mediation place may now accept the passes of this programme. */
export const PlaceQualifiedV2 = defineEvent('partners.place.qualified.v2', z.object(qualificationFacts));
/** A qualified place may no longer accept this programme's passes until reinstated. */
export const PlaceSuspendedV2 = defineEvent('partners.place.suspended.v2', z.object({ ...qualificationFacts, reason: z.string().max(1000) }));
/** A suspended place may accept this programme's passes again. */
export const PlaceReinstatedV2 = defineEvent('partners.place.reinstated.v2', z.object(qualificationFacts));
/** A place lost its qualification for this programme for good. */
export const PlaceRevokedV2 = defineEvent('partners.place.revoked.v2', z.object({ ...qualificationFacts, reason: z.string().max(1000) }));
/** A place's public description changed (name, commune). */
export const PlaceUpdatedV1 = defineEvent('partners.place.updated.v1', z.object(placeFacts));
/** A partner software credential was revoked: the gateway must refuse it from now on. */
export const CredentialRevokedV1 = defineEvent(
  'partners.credential.revoked.v1',
  z.object({ credentialId: uuid, organisationId: uuid, at: isoInstant }),
);

/**
 * A delegation between a software vendor and an organisation (delegations/ in partners): the
 * vendor's key may act for the organisation, with these scopes, once it is accepted and until
 * either side revokes it. Each step names both organisations: each side's webhooks are told.
 */
const delegationFacts = {
  delegationId: uuid,
  vendorOrganisationId: uuid,
  organisationId: uuid,
  scopes: z.array(z.string().min(1).max(100)).min(1).max(100),
  at: isoInstant,
};
/** A vendor asked an organisation for a delegation. */
export const DelegationRequestedV1 = defineEvent('partners.delegation.requested.v1', z.object(delegationFacts));
/** The organisation accepted: the vendor's key may act for it from now on. */
export const DelegationAcceptedV1 = defineEvent('partners.delegation.accepted.v1', z.object(delegationFacts));
/** The organisation declined the request. */
export const DelegationDeclinedV1 = defineEvent('partners.delegation.declined.v1', z.object(delegationFacts));
/** One side ended the delegation (or the vendor withdrew its request): the vendor's key no longer acts for the organisation. */
export const DelegationRevokedV1 = defineEvent('partners.delegation.revoked.v1', z.object(delegationFacts));

/**
 * A place's new bank details are in force: a change its people requested (with a bank certificate)
 * was approved by a finance officer of a programme the place works for, someone else than the
 * requester. The account number travels masked: receivers are told that it changed, not to what.
 */
export const BankDetailsChangedV1 = defineEvent(
  'partners.bank-details.changed.v1',
  z.object({
    placeId: uuid,
    organisationId: uuid,
    requestId: uuid,
    /** The version now in force, and the one it closed (null: none was recorded). */
    versionId: uuid,
    previousVersionId: uuid.nullable(),
    /** Country, check digits and last four characters only, e.g. FR76 •••• 0189. */
    ibanMasked: z.string().min(1).max(40),
    /** The programme whose finance officer approved the change. */
    approvedInProgrammeId: uuid,
    at: isoInstant,
  }),
);

/**
 * An organisation opened its sandbox (sandboxes/ in partners): a programme of its own for trying
 * its software, whose passes are test passes and whose activity never counts in any figure,
 * statement, payment or open data. This event is how every other service knows the programme is a
 * sandbox — never by its name. It carries what passes needs to run it alone (the organisation is
 * its distributor, its places are qualified in it), whatever the order of other events.
 */
export const SandboxOpenedV1 = defineEvent(
  'partners.sandbox.opened.v1',
  z.object({
    programmeId: uuid,
    organisationId: uuid,
    /** The organisation's own commune: test passes are for beneficiaries of its region. */
    organisationInseeCode: inseeCode,
    name: z.string().min(1).max(300),
    startsOn: isoDate,
    endsOn: isoDate,
    places: z.array(z.object({ placeId: uuid, name: z.string().min(1).max(300), inseeCode, cashesThroughRegie: z.boolean() })).max(1000),
    at: isoInstant,
  }),
);

export const PARTNERS_EVENTS: readonly EventContract<any, any>[] = [
  OrganisationRegisteredV1,
  AgreementSignedV1,
  PlaceQualifiedV2,
  PlaceSuspendedV2,
  PlaceReinstatedV2,
  PlaceRevokedV2,
  PlaceUpdatedV1,
  CredentialRevokedV1,
  DelegationRequestedV1,
  DelegationAcceptedV1,
  DelegationDeclinedV1,
  DelegationRevokedV1,
  BankDetailsChangedV1,
  SandboxOpenedV1,
];
