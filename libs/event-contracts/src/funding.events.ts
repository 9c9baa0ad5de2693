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

/**
 * A deliberation amended a programme after its opening. Carries the figures in force after it, so
 * that a consumer needs no earlier event to know them: the end of the operation, the last day
 * passes may be redeemed (a validity extension the authority voted; null when none), the total
 * authorised.
 */
export const ProgrammeAmendedV1 = defineEvent(
  'funding.programme.amended.v1',
  z.object({
    programmeId: uuid,
    deliberationId: uuid,
    deliberationNumber: z.string().min(1).max(2000),
    decidedOn: isoDate,
    startsOn: isoDate,
    endsOn: isoDate,
    passesValidUntil: isoDate.nullable(),
    authorisedCents: cents.nonnegative(),
  }),
);

/**
 * A programme's accounts were closed: nothing more may be ordered, handed out, committed or paid
 * for it. What its authorisations left uncommitted is released for good.
 */
export const ProgrammeClosedV1 = defineEvent(
  'funding.programme.closed.v1',
  z.object({
    programmeId: uuid,
    closedOn: isoDate,
    releasedCents: cents.nonnegative(),
  }),
);

export const FUNDING_EVENTS: readonly EventContract<any, any>[] = [ProgrammeOpenedV1, ProgrammeAmendedV1, ProgrammeClosedV1];
