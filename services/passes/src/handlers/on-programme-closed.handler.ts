// funding.programme.closed.v1 → the programme's accounts are closed: passes refuses any further
// order, activation or hand-out for it (PROGRAMME_CLOSED).
import { ProgrammeClosedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { ProgrammeLifeRepository } from '../programmes/programme-life.repository';
import { applyProgrammeLife } from '../programmes/programme-life';

const life = new ProgrammeLifeRepository();

export const onProgrammeClosed = on(ProgrammeClosedV1, async (payload, { manager }) => {
  await life.recordClosing(manager, payload.programmeId, payload.closedOn);
  await applyProgrammeLife(manager, payload.programmeId, life);
});
