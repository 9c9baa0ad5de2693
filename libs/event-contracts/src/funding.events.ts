import { z } from 'zod';
import { defineEvent, type EventContract } from './contract';
import { cents, isoDate, territoryRef, uuid } from './shared-schemas';

/** A programme has been decided and may now order passes. */
export const ProgrammeOpenedV1 = defineEvent(
  'funding.programme.opened.v1',
  z.object({
    programmeId: uuid,
    code: z.string().min(1).max(64),
    name: z.string().min(1).max(300),
    ownerOrganisationId: uuid.nullable(),
    perimeter: territoryRef,
    startsOn: isoDate,
    endsOn: isoDate,
    authorisedCents: cents.nonnegative(),
  }),
);

export const FUNDING_EVENTS: readonly EventContract<any, any>[] = [ProgrammeOpenedV1];
