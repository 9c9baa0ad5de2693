// Rules for opening a programme: the deliberation, the authorisation and its schedule are
// recorded together, with the event that tells the other services, in one transaction.
import type { DataSource } from 'typeorm';
import { newId, notFound, parseEuros, parseId, type Clock, DomainError } from '@pass-numerique/kernel';
import { ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { ProgrammeEntity, type SettlementModel } from './programme.entity';
import { DeliberationEntity, type VoteRecord } from './deliberation.entity';
import { CommitmentAuthorisationEntity, PaymentScheduleLineEntity, type BudgetImputationRecord } from './authorisation.entity';
import { ProgrammeError } from './programme.errors';
import type { ProgrammeRepository } from './programme.repository';
import { mayActOnProgramme, ownerOfNewProgramme } from '../tenancy';

export interface OpenProgrammeCommand {
  /** Fixed ids are accepted for the demo data, so that every service agrees on them. */
  ids?: { programme?: string; deliberation?: string; authorisation?: string };
  code: string;
  name: string;
  ownerOrganisationId?: string | null;
  perimeter: { level: string; code: string };
  startsOn: string;
  endsOn: string;
  settlementModel: SettlementModel;
  deliberation: {
    number: string;
    decidedOn: string;
    body: DeliberationEntity['body'];
    place: string;
    chair: string;
    subject: string;
    theme?: string | null;
    vote: VoteRecord;
    outcome: DeliberationEntity['outcome'];
    decisions: string[];
    cites: string[];
  };
  authorisation: {
    kind: 'AE' | 'AP';
    /** Decimal euro string: amounts cross the API as text, never as floats. */
    amount: string;
    budgetYear: number;
    imputation: BudgetImputationRecord;
    schedule: Array<{ budgetYear: number; amount: string }>;
  };
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,62}$/;
const TEXT_LIMIT = 2_000;

export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProgrammeRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a programme for the organisation the caller may open one for (tenancy.ts): refused
   * before anything is read, so that a refused caller learns nothing, not even whether the code is taken.
   */
  async openProgramme(command: OpenProgrammeCommand, reach: Reach): Promise<ProgrammeEntity> {
    const checked = this.validate(command);
    const ownerOrganisationId = ownerOfNewProgramme(reach, command.ownerOrganisationId?.toLowerCase());
    if (!ownerOrganisationId) {
      throw new DomainError(
        'FORBIDDEN',
        command.ownerOrganisationId ? 'you may not open a programme for this organisation' : 'name the organisation the programme is opened for',
        { field: 'ownerOrganisationId' },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      if (await this.repository.findByCode(command.code, manager)) {
        throw new ProgrammeError('PROGRAMME_CODE_TAKEN', `a programme with code ${command.code} already exists`, { field: 'code' });
      }
      const now = this.clock.now();
      const programme = manager.create(ProgrammeEntity, {
        id: command.ids?.programme ?? newId(),
        code: command.code,
        name: command.name.trim(),
        ownerOrganisationId,
        perimeterLevel: command.perimeter.level,
        perimeterCode: command.perimeter.code,
        startsOn: command.startsOn,
        endsOn: command.endsOn,
        settlementModel: command.settlementModel,
        openedAt: now,
      });
      const deliberation = manager.create(DeliberationEntity, {
        id: command.ids?.deliberation ?? newId(),
        programmeId: programme.id,
        ...command.deliberation,
        theme: command.deliberation.theme ?? null,
      });
      const authorisation = manager.create(CommitmentAuthorisationEntity, {
        id: command.ids?.authorisation ?? newId(),
        programmeId: programme.id,
        deliberationId: deliberation.id,
        kind: command.authorisation.kind,
        amountCents: checked.amountCents,
        budgetYear: command.authorisation.budgetYear,
        imputationChapter: command.authorisation.imputation.chapter,
        imputationFunction: command.authorisation.imputation.function,
        imputationNature: command.authorisation.imputation.nature,
        imputationProgrammeCode: command.authorisation.imputation.programmeCode,
        nomenclature: command.authorisation.imputation.nomenclature,
        nomenclatureVersion: command.authorisation.imputation.nomenclatureVersion,
      });
      await manager.save([programme]);
      await manager.save([deliberation]);
      await manager.save([authorisation]);
      await manager.save(
        checked.schedule.map((line) => manager.create(PaymentScheduleLineEntity, { authorisationId: authorisation.id, ...line })),
      );
      await recordEvent(
        manager,
        ProgrammeOpenedV1,
        {
          programmeId: programme.id,
          code: programme.code,
          name: programme.name,
          ownerOrganisationId: programme.ownerOrganisationId,
          perimeter: { level: command.perimeter.level as 'REGION', code: command.perimeter.code },
          startsOn: programme.startsOn,
          endsOn: programme.endsOn,
          authorisedCents: checked.amountCents,
        },
        now,
      );
      reach.opened(programme.id);
      return programme;
    });
  }

  /**
   * The settlement model decides which passes events are payments, so it is fixed by the first
   * commitment. Commitments hold the programme row FOR SHARE while they are written; this takes it
   * FOR UPDATE, so a model change and a first commitment cannot cross.
   */
  async changeSettlementModel(programmeId: string, settlementModel: SettlementModel, reach: Reach): Promise<ProgrammeEntity> {
    const id = parseId(programmeId, 'programmeId');
    if (settlementModel !== 'PREPAID_OPERATOR' && settlementModel !== 'DIRECT') {
      throw new DomainError('BAD_USER_INPUT', `unknown settlement model ${String(settlementModel)}`, { field: 'settlementModel' });
    }
    // Another authority's programme is one that does not exist.
    if (!mayActOnProgramme(reach, id)) throw notFound('programme', id);
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.getRepository(ProgrammeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!programme) throw notFound('programme', id);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM commitment WHERE programme_id = $1`, [id]);
      if (count > 0) {
        throw new ProgrammeError('SETTLEMENT_MODEL_LOCKED', `the programme already has ${count} commitment(s); its settlement model can no longer change`, {
          field: 'settlementModel',
          commitmentCount: count,
        });
      }
      programme.settlementModel = settlementModel;
      await manager.save(programme);
      return programme;
    });
  }

  /** Checks every rule before anything is written; the first broken rule is reported with its field. */
  private validate(command: OpenProgrammeCommand) {
    if (!CODE.test(command.code)) {
      throw new DomainError('BAD_USER_INPUT', 'code must be 2–63 capital letters, digits or dashes', { field: 'code' });
    }
    if (!command.name.trim() || command.name.length > 300) throw new DomainError('BAD_USER_INPUT', 'name must be 1–300 characters', { field: 'name' });
    if (command.ownerOrganisationId) parseId(command.ownerOrganisationId, 'ownerOrganisationId');
    if (command.endsOn < command.startsOn) {
      throw new ProgrammeError('INVALID_PERIOD', 'endsOn must not be before startsOn', { field: 'endsOn' });
    }
    const d = command.deliberation;
    for (const [field, value] of Object.entries({ number: d.number, place: d.place, chair: d.chair, subject: d.subject })) {
      if (!value.trim() || value.length > TEXT_LIMIT) throw new DomainError('BAD_USER_INPUT', `deliberation.${field} must be 1–${TEXT_LIMIT} characters`, { field: `deliberation.${field}` });
    }
    const vote = d.vote;
    if (Object.values(vote).some((n) => !Number.isInteger(n) || n < 0)) {
      throw new ProgrammeError('INVALID_VOTE', 'vote counts must be whole non-negative numbers', { field: 'deliberation.vote' });
    }
    if (vote.for + vote.against + vote.abstention > vote.present + vote.proxies) {
      throw new ProgrammeError('INVALID_VOTE', 'more votes cast than members present or represented', { field: 'deliberation.vote' });
    }
    const a = command.authorisation;
    const amountCents = parseEuros(a.amount);
    if (amountCents <= 0) throw new DomainError('INVALID_AMOUNT', 'authorisation.amount must be positive', { field: 'authorisation.amount' });
    const years = new Set<number>();
    const schedule = a.schedule.map((line, index) => {
      if (years.has(line.budgetYear)) {
        throw new DomainError('BAD_USER_INPUT', `budget year ${line.budgetYear} appears twice in the schedule`, { field: `authorisation.schedule.${index}.budgetYear` });
      }
      years.add(line.budgetYear);
      const cents = parseEuros(line.amount);
      if (cents < 0) throw new DomainError('INVALID_AMOUNT', 'schedule amounts must not be negative', { field: `authorisation.schedule.${index}.amount` });
      return { budgetYear: line.budgetYear, amountCents: cents };
    });
    const scheduled = schedule.reduce((sum, line) => sum + line.amountCents, 0);
    if (scheduled !== amountCents) {
      throw new ProgrammeError('SCHEDULE_DOES_NOT_SUM', `the payment schedule sums to ${scheduled} cents, the authorisation is ${amountCents} cents`, {
        field: 'authorisation.schedule',
        scheduledCents: scheduled,
        authorisedCents: amountCents,
      });
    }
    return { amountCents, schedule };
  }
}
