// funding.programme.closed.v1 → the programme's accounts are closed: passes refuses any further
// order, activation or hand-out for it (PROGRAMME_CLOSED).
import { ProgrammeClosedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onProgrammeClosed = (services: PassesServices) =>
  on(ProgrammeClosedV1, async (payload, { manager }) => {
    await services.programmeLife.closed(manager, payload.programmeId, payload.closedOn);
  });
