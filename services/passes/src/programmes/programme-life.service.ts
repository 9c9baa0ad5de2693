// What passes learns of a programme's life from funding — its opening, amendments and closing —
// each fact recorded, then what it means for the programme's passes applied, in the consumer's
// transaction. Upserts: a re-announcement leaves one row with the latest facts, and an amendment
// or a closing learnt before the opening (events may come in any order) stays in force.
import type { EntityManager } from 'typeorm';
import { ProgrammeLifeRepository, type AmendmentFacts, type OpeningFacts } from './programme-life.repository';
import { applyProgrammeLife } from './programme-life';

export class ProgrammeLifeService {
  private readonly repository = new ProgrammeLifeRepository();

  async opened(manager: EntityManager, opening: OpeningFacts, learntAt: string): Promise<void> {
    await this.repository.recordOpening(manager, opening, learntAt);
    await applyProgrammeLife(manager, opening.programmeId, this.repository);
  }

  async amended(manager: EntityManager, amendment: AmendmentFacts, announcedAt: string): Promise<void> {
    await this.repository.recordAmendment(manager, amendment, announcedAt);
    await applyProgrammeLife(manager, amendment.programmeId, this.repository);
  }

  async closed(manager: EntityManager, programmeId: string, closedOn: string): Promise<void> {
    await this.repository.recordClosing(manager, programmeId, closedOn);
    await applyProgrammeLife(manager, programmeId, this.repository);
  }
}
