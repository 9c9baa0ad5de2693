// What a programme's life after its opening means for its passes: the last day they may be
// redeemed (the end of the operation, or the validity extension its authority voted), and the
// closing of its accounts, after which nothing more is ordered, activated or handed out for it.
import type { EntityManager } from 'typeorm';
import { DomainError } from '@pass-numerique/kernel';
import type { ProgrammeEntity } from './programme.entity';
import type { ProgrammeLifeRepository } from './programme-life.repository';

/** The last day any pass of the programme may be redeemed: the extension voted, or the operation's end. */
export function lastValidDay(programme: Pick<ProgrammeEntity, 'endsOn' | 'passesValidUntil'>): string {
  return programme.passesValidUntil && programme.passesValidUntil > programme.endsOn ? programme.passesValidUntil : programme.endsOn;
}

/** Refuses a change that would commit, pay or hand out something more for a closed programme. */
export function assertProgrammeOpen(programme: Pick<ProgrammeEntity, 'closedOn'>, field: string): void {
  if (programme.closedOn) {
    throw new DomainError('PROGRAMME_CLOSED', `the programme's accounts were closed on ${programme.closedOn}: nothing more is ordered, activated or handed out for it`, {
      field,
      closedOn: programme.closedOn,
    });
  }
}

/**
 * Brings a programme's row and its passes in hand up to the figures funding decided: the latest
 * amendment's dates and validity extension, the closing. Nothing to do for a programme passes has
 * not learnt of yet: its opening applies them.
 */
export async function applyProgrammeLife(manager: EntityManager, programmeId: string, repository: ProgrammeLifeRepository): Promise<void> {
  await repository.applyToProgramme(manager, programmeId);
  const programme = await repository.programme(manager, programmeId);
  if (programme) await repository.extendValidity(manager, programmeId, lastValidDay(programme));
}
