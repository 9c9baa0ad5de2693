// funding.programme.opened.v1 → the programme's facts passes needs (code, perimeter, end date).
// Written through the consumer's transaction; an upsert, so a re-announcement with a new event
// id (a replay from funding) leaves one row with the latest facts. An amendment or a closing
// already learnt (their events may come first) stays in force over the opening's figures.
import { ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onProgrammeOpened = (services: PassesServices) =>
  on(ProgrammeOpenedV1, async (payload, { manager, envelope }) => {
    await services.programmeLife.opened(manager, payload, envelope.occurredAt);
  });
