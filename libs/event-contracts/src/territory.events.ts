// Events published by the territory service. One defineEvent per event; a breaking change is a new version.
// Zone events carry the zone's member communes in full, so that other services can roll their
// figures up by zone from their own tables, without calling territory at query time.
import { z } from 'zod';
import { defineEvent, type EventContract } from './contract';
import { isoInstant, uuid, inseeCode } from './shared-schemas';

const epciCode = z.string().regex(/^\d{9}$/);

/** DEFINITION: the communes or EPCIs it is defined with; MEMBERS: the communes it holds (both may change at once, or either alone). */
export const ZONE_CHANGES = ['NAME', 'DEFINITION', 'MEMBERS', 'PASS_QUOTA', 'NOTE'] as const;

const zoneState = {
  zoneId: uuid,
  /** The programme that defined the zone; null for a zone shared by several. */
  programmeId: uuid.nullable(),
  name: z.string().min(1).max(200),
  /** Passes planned for the zone, when the programme set a quota. */
  passQuota: z.number().int().nonnegative().nullable(),
  note: z.string().max(1000).nullable(),
  /** What the zone was defined with, as given: communes named one by one and EPCIs. */
  definition: z.object({ communes: z.array(inseeCode), epcis: z.array(epciCode) }),
  /** Every commune inside the zone (the EPCIs expanded), sorted by INSEE code. */
  memberCommunes: z.array(inseeCode),
  population: z.number().int().nonnegative(),
  /** Starts at 1, grows by one with each change: a consumer keeps the highest it has seen. */
  version: z.number().int().positive(),
  at: isoInstant,
};

/** A programme defined a new zone. */
export const ZoneDefinedV1 = defineEvent('territory.zone.defined.v1', z.object(zoneState));

/** A zone was renamed, or its members, quota or note changed. Carries the whole new state and the member difference. */
export const ZoneChangedV1 = defineEvent(
  'territory.zone.changed.v1',
  z.object({
    ...zoneState,
    changes: z.array(z.enum(ZONE_CHANGES)).min(1),
    addedCommunes: z.array(inseeCode),
    removedCommunes: z.array(inseeCode),
  }),
);

/** A zone was deleted; its last members are given so that consumers can drop what they rolled up. */
export const ZoneDeletedV1 = defineEvent(
  'territory.zone.deleted.v1',
  z.object({
    zoneId: uuid,
    programmeId: uuid.nullable(),
    name: z.string().min(1).max(200),
    memberCommunes: z.array(inseeCode),
    version: z.number().int().positive(),
    at: isoInstant,
  }),
);

export const TERRITORY_EVENTS: readonly EventContract<any, any>[] = [ZoneDefinedV1, ZoneChangedV1, ZoneDeletedV1];
