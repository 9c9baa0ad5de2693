// funding.programme.amended.v1 → the figures in force after the amendment: the operation's dates
// (distribution stops at its new end) and the passes' last valid day, which passes already in
// beneficiaries' hands follow (the expiry job and its credit notes with them).
import { ProgrammeAmendedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onProgrammeAmended = (services: PassesServices) =>
  on(ProgrammeAmendedV1, async (payload, { manager, envelope }) => {
    await services.programmeLife.amended(manager, payload, envelope.occurredAt);
  });
