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

export const PARTNERS_EVENTS: readonly EventContract<any, any>[] = [
  OrganisationRegisteredV1,
  AgreementSignedV1,
  PlaceQualifiedV2,
  PlaceSuspendedV2,
  PlaceReinstatedV2,
  PlaceRevokedV2,
  PlaceUpdatedV1,
  CredentialRevokedV1,
];
