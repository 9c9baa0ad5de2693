// Rules of a programme's life: opening it (the deliberation, the authorisation and its schedule,
// with the event that tells the other services), amending it after the vote (a new deliberation
// that changes authorisations, the schedule, the dates or the funding plan), and closing its
// accounts. Each is one transaction, checked whole before anything is written, so that a refused
// change leaves nothing half-written. Every figure a deliberation sets is kept as a numbered
// version beside the one in force: a correction is a new version, never an edit.
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid, isWellFormedInseeCode, newId, notFound, parseId, type Clock, DomainError } from '@pass-numerique/kernel';
import { ProgrammeAmendedV1, ProgrammeClosedV1, ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { checkDate } from '../budget-calendar';
import { amountOf } from '../amounts';
import { validatePlan, type CoFunderInput, type FundingPlanService } from '../funding-plan/funding-plan.service';
import { ProgrammeClosingEntity, ProgrammeEntity, ProgrammePeriodEntity, type SettlementModel } from './programme.entity';
import { DeliberationEntity, type DeliberationKind, type VoteRecord } from './deliberation.entity';
import {
  AuthorisationReleaseEntity,
  AuthorisationVersionEntity,
  CommitmentAuthorisationEntity,
  PaymentScheduleLineEntity,
  type BudgetImputationRecord,
} from './authorisation.entity';
import { ProgrammeError } from './programme.errors';
import type { ProgrammeRepository } from './programme.repository';
import { mayActOnProgramme, ownerOfNewProgramme } from '../tenancy';

export interface DeliberationCommand {
  number: string;
  decidedOn: string;
  body: DeliberationEntity['body'];
  place: string;
  chair: string;
  subject: string;
  theme?: string | null;
  /** Left out only when the assumption says why it is not known. */
  vote?: VoteRecord | null;
  outcome: DeliberationEntity['outcome'];
  decisions: string[];
  cites: string[];
  assumption?: string | null;
}

export interface AuthorisationCommand {
  kind: 'AE' | 'AP';
  /** Decimal euro string: amounts cross the API as text, never as floats. */
  amount: string;
  budgetYear: number;
  imputation: BudgetImputationRecord;
  schedule: Array<{ budgetYear: number; amount: string }>;
}

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
  deliberation: DeliberationCommand;
  authorisation: AuthorisationCommand;
}

export interface AmendProgrammeCommand {
  /** Fixed ids are accepted for the demo data. */
  ids?: { deliberation?: string; authorisation?: string };
  programmeId: string;
  deliberation: DeliberationCommand;
  authorisations?: Array<{ authorisationId: string; amount: string; schedule: Array<{ budgetYear: number; amount: string }> }> | null;
  newAuthorisation?: AuthorisationCommand | null;
  endsOn?: string | null;
  passesValidUntil?: string | null;
  coFunders?: CoFunderInput[] | null;
}

export interface CloseProgrammeCommand {
  ids?: { deliberation?: string };
  programmeId: string;
  closedOn: string;
  reference: string;
  deliberation?: DeliberationCommand | null;
}

const CODE = /^[A-Z0-9][A-Z0-9-]{1,62}$/;
const TEXT_LIMIT = 2_000;
const LEVEL_CODES: Record<string, (code: string) => boolean> = {
  REGION: (code) => /^\d{2}$/.test(code),
  DEPARTEMENT: (code) => /^(?:\d{2}|2[AB]|97\d)$/.test(code),
  EPCI: (code) => /^\d{9}$/.test(code),
  COMMUNE: isWellFormedInseeCode,
  ZONE: isUuid,
};

type Schedule = Array<{ budgetYear: number; amountCents: number }>;

/** A perimeter names a territory by level and code; a zone by its id (the territory service's Territory of level ZONE). */
export function checkPerimeter(perimeter: { level: string; code: string }): { level: string; code: string } {
  const valid = LEVEL_CODES[perimeter.level];
  if (!valid) throw new DomainError('BAD_USER_INPUT', `unknown territory level ${perimeter.level}`, { field: 'perimeter.level' });
  const code = perimeter.level === 'ZONE' ? perimeter.code.trim().toLowerCase() : perimeter.code.trim().toUpperCase();
  if (!valid(code)) {
    throw new ProgrammeError('INVALID_PERIMETER', `${perimeter.code} is not a code of level ${perimeter.level}${perimeter.level === 'ZONE' ? " (a zone is named by its id)" : ''}`, {
      field: 'perimeter.code',
    });
  }
  return { level: perimeter.level, code };
}

/** Checks a deliberation's text and vote; the first broken rule is reported with its field under `prefix`. */
export function checkDeliberation(d: DeliberationCommand, prefix: string): { vote: VoteRecord | null; assumption: string | null; decidedOn: string } {
  const decidedOn = checkDate(d.decidedOn, `${prefix}.decidedOn`);
  for (const [field, value] of Object.entries({ number: d.number, place: d.place, chair: d.chair, subject: d.subject })) {
    if (!value.trim() || value.length > TEXT_LIMIT) throw new DomainError('BAD_USER_INPUT', `${prefix}.${field} must be 1–${TEXT_LIMIT} characters`, { field: `${prefix}.${field}` });
  }
  const assumption = d.assumption?.trim() || null;
  if (assumption !== null && assumption.length > TEXT_LIMIT) {
    throw new DomainError('BAD_USER_INPUT', `${prefix}.assumption must be at most ${TEXT_LIMIT} characters`, { field: `${prefix}.assumption` });
  }
  const vote = d.vote ?? null;
  if (vote === null) {
    if (assumption === null) throw new DomainError('BAD_USER_INPUT', 'a deliberation without its vote says why in its assumption', { field: `${prefix}.assumption` });
  } else {
    if (Object.values(vote).some((n) => !Number.isInteger(n) || n < 0)) {
      throw new ProgrammeError('INVALID_VOTE', 'vote counts must be whole non-negative numbers', { field: `${prefix}.vote` });
    }
    if (vote.for + vote.against + vote.abstention > vote.present + vote.proxies) {
      throw new ProgrammeError('INVALID_VOTE', 'more votes cast than members present or represented', { field: `${prefix}.vote` });
    }
  }
  return { vote, assumption, decidedOn };
}

/** Checks an amount and its schedule, which must sum to it to the cent. */
export function checkAmountAndSchedule(amount: string, schedule: ReadonlyArray<{ budgetYear: number; amount: string }>, prefix: string): { amountCents: number; schedule: Schedule } {
  const amountCents = amountOf(amount, `${prefix}.amount`);
  if (amountCents <= 0) throw new DomainError('INVALID_AMOUNT', `${prefix}.amount must be positive`, { field: `${prefix}.amount` });
  const years = new Set<number>();
  const lines = schedule.map((line, index) => {
    if (!Number.isInteger(line.budgetYear) || line.budgetYear < 1900 || line.budgetYear > 2200) {
      throw new DomainError('BAD_USER_INPUT', 'a budget year is a year', { field: `${prefix}.schedule.${index}.budgetYear` });
    }
    if (years.has(line.budgetYear)) {
      throw new DomainError('BAD_USER_INPUT', `budget year ${line.budgetYear} appears twice in the schedule`, { field: `${prefix}.schedule.${index}.budgetYear` });
    }
    years.add(line.budgetYear);
    const cents = amountOf(line.amount, `${prefix}.schedule.${index}.amount`);
    if (cents < 0) throw new DomainError('INVALID_AMOUNT', 'schedule amounts must not be negative', { field: `${prefix}.schedule.${index}.amount` });
    return { budgetYear: line.budgetYear, amountCents: cents };
  });
  const scheduled = lines.reduce((sum, line) => sum + line.amountCents, 0);
  if (scheduled !== amountCents) {
    throw new ProgrammeError('SCHEDULE_DOES_NOT_SUM', `the payment schedule sums to ${scheduled} cents, the authorisation is ${amountCents} cents`, {
      field: `${prefix}.schedule`,
      scheduledCents: scheduled,
      authorisedCents: amountCents,
    });
  }
  return { amountCents, schedule: lines.sort((a, b) => a.budgetYear - b.budgetYear) };
}

function adopted(d: DeliberationCommand, prefix: string): void {
  if (d.outcome === 'REJECTED') throw new ProgrammeError('DELIBERATION_NOT_ADOPTED', 'a rejected deliberation changes nothing', { field: `${prefix}.outcome` });
}

export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProgrammeRepository,
    private readonly fundingPlan: FundingPlanService,
    private readonly clock: Clock,
  ) {}

  /**
   * Opens a programme for the organisation the caller may open one for (tenancy.ts): refused
   * before anything is read, so that a refused caller learns nothing, not even whether the code is taken.
   */
  async openProgramme(command: OpenProgrammeCommand, reach: Reach): Promise<ProgrammeEntity> {
    const checked = this.validateOpening(command);
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
        perimeterLevel: checked.perimeter.level,
        perimeterCode: checked.perimeter.code,
        startsOn: command.startsOn,
        endsOn: command.endsOn,
        settlementModel: command.settlementModel,
        openedAt: now,
        status: 'OPEN',
        passesValidUntil: null,
      });
      await this.repository.insertProgramme(manager, programme);
      const deliberation = await this.insertDeliberation(manager, programme.id, command.ids?.deliberation, command.deliberation, checked.deliberation, 'OPENING');
      await this.insertAuthorisation(manager, programme.id, deliberation.id, command.ids?.authorisation, command.authorisation, checked.authorisation);
      await this.repository.savePeriod(
        manager,
        manager.create(ProgrammePeriodEntity, {
          programmeId: programme.id,
          version: 1,
          deliberationId: deliberation.id,
          startsOn: programme.startsOn,
          endsOn: programme.endsOn,
          passesValidUntil: null,
          recordedAt: now,
        }),
      );
      await recordEvent(
        manager,
        ProgrammeOpenedV1,
        {
          programmeId: programme.id,
          code: programme.code,
          name: programme.name,
          ownerOrganisationId: programme.ownerOrganisationId,
          perimeter: { level: checked.perimeter.level as 'REGION', code: checked.perimeter.code },
          startsOn: programme.startsOn,
          endsOn: programme.endsOn,
          authorisedCents: checked.authorisation.amountCents,
        },
        now,
      );
      reach.opened(programme.id);
      return programme;
    });
  }

  /**
   * Records a deliberation that amends a programme and every figure it changes, all or nothing.
   * The programme row is locked first (as commitments hold it FOR SHARE), then its authorisations in
   * the order commitments lock them, so an amendment and a commitment never cross.
   */
  async amendProgramme(command: AmendProgrammeCommand, reach: Reach): Promise<ProgrammeEntity> {
    const programmeId = parseId(command.programmeId, 'programmeId').toLowerCase();
    const deliberationChecked = checkDeliberation(command.deliberation, 'deliberation');
    adopted(command.deliberation, 'deliberation');
    const amendments = (command.authorisations ?? []).map((a, index) => ({
      authorisationId: parseId(a.authorisationId, `authorisations.${index}.authorisationId`).toLowerCase(),
      index,
      ...checkAmountAndSchedule(a.amount, a.schedule, `authorisations.${index}`),
    }));
    if (new Set(amendments.map((a) => a.authorisationId)).size !== amendments.length) {
      throw new DomainError('BAD_USER_INPUT', 'an authorisation appears twice in the amendment', { field: 'authorisations' });
    }
    const added = command.newAuthorisation ? this.checkAuthorisation(command.newAuthorisation, 'newAuthorisation') : null;
    const endsOn = command.endsOn ? checkDate(command.endsOn, 'endsOn') : null;
    const passesValidUntil = command.passesValidUntil ? checkDate(command.passesValidUntil, 'passesValidUntil') : null;
    const plan = command.coFunders ? validatePlan({ programmeId, coFunders: command.coFunders }) : null;
    // Another authority's programme is one that does not exist.
    if (!mayActOnProgramme(reach, programmeId)) throw notFound('programme', programmeId);

    return this.dataSource.transaction(async (manager) => {
      const programme = await this.openProgrammeLocked(manager, programmeId);
      await this.inOrder(manager, programmeId, deliberationChecked.decidedOn, 'deliberation.decidedOn');
      const deliberation = await this.insertDeliberation(manager, programmeId, command.ids?.deliberation, command.deliberation, deliberationChecked, 'AMENDMENT');
      const now = this.clock.now();

      const rooms = new Map((await this.repository.lockAuthorisations(manager, programmeId)).map((room) => [room.id, room]));
      let authorisedChanged = false;
      for (const amendment of amendments) {
        const room = rooms.get(amendment.authorisationId);
        if (!room) throw notFound('authorisation', amendment.authorisationId);
        if (amendment.amountCents < room.committedCents) {
          throw new ProgrammeError(
            'COMMITMENTS_EXCEED_AUTHORISATION',
            `${room.committedCents} cents are committed against the authorisation; it cannot go down to ${amendment.amountCents}`,
            { field: `authorisations.${amendment.index}.amount`, authorisationId: room.id, committedCents: room.committedCents },
          );
        }
        authorisedChanged ||= amendment.amountCents !== room.amountCents;
        await this.repository.setAuthorisationAmount(manager, room.id, amendment.amountCents);
        await this.repository.replaceSchedule(manager, room.id, amendment.schedule);
        await this.repository.saveAuthorisationVersion(
          manager,
          manager.create(AuthorisationVersionEntity, {
            authorisationId: room.id,
            version: await this.repository.nextAuthorisationVersion(manager, room.id),
            deliberationId: deliberation.id,
            amountCents: amendment.amountCents,
            schedule: amendment.schedule,
            recordedAt: now,
          }),
        );
      }
      if (command.newAuthorisation && added) {
        await this.insertAuthorisation(manager, programmeId, deliberation.id, command.ids?.authorisation, command.newAuthorisation, added);
        authorisedChanged = true;
      }

      if (endsOn !== null || passesValidUntil !== null) {
        const nextEndsOn = endsOn ?? programme.endsOn;
        const nextValidUntil = passesValidUntil ?? programme.passesValidUntil;
        if (nextEndsOn < programme.startsOn) throw new ProgrammeError('INVALID_PERIOD', 'endsOn must not be before startsOn', { field: 'endsOn' });
        if (nextValidUntil !== null && nextValidUntil < nextEndsOn) {
          throw new ProgrammeError('INVALID_PERIOD', 'passes stay valid at least until the end of the operation', { field: passesValidUntil ? 'passesValidUntil' : 'endsOn' });
        }
        programme.endsOn = nextEndsOn;
        programme.passesValidUntil = nextValidUntil;
        await this.repository.saveProgramme(manager, programme);
        await this.repository.savePeriod(
          manager,
          manager.create(ProgrammePeriodEntity, {
            programmeId,
            version: await this.repository.nextPeriodVersion(manager, programmeId),
            deliberationId: deliberation.id,
            startsOn: programme.startsOn,
            endsOn: nextEndsOn,
            passesValidUntil: nextValidUntil,
            recordedAt: now,
          }),
        );
      }

      const authorisedCents = [...rooms.values()].reduce((sum, room) => sum + (amendments.find((a) => a.authorisationId === room.id)?.amountCents ?? room.amountCents), 0) + (added?.amountCents ?? 0);
      if (plan) {
        await this.fundingPlan.replacePlanInside(manager, programmeId, plan, deliberation.id);
      } else if (authorisedChanged && (await this.repository.hasFundingPlan(manager, programmeId))) {
        // The plan balanced against the old total: an amendment that changes the total says how it is shared.
        await this.fundingPlan.checkStillBalances(manager, programmeId, authorisedCents);
      }

      await recordEvent(
        manager,
        ProgrammeAmendedV1,
        {
          programmeId,
          deliberationId: deliberation.id,
          deliberationNumber: deliberation.number,
          decidedOn: deliberation.decidedOn,
          startsOn: programme.startsOn,
          endsOn: programme.endsOn,
          passesValidUntil: programme.passesValidUntil,
          authorisedCents,
        },
        now,
      );
      return programme;
    });
  }

  /**
   * Closes a programme's accounts, refused whole while anything is pending: places' statements
   * approved and not paid, redemptions recovered after payment and not taken back yet, money facts
   * of the passes service waiting or refused, commitments with something left to pay. What each
   * authorisation left uncommitted is released for good.
   */
  async closeProgramme(command: CloseProgrammeCommand, reach: Reach): Promise<ProgrammeEntity> {
    const programmeId = parseId(command.programmeId, 'programmeId').toLowerCase();
    const closedOn = checkDate(command.closedOn, 'closedOn');
    const reference = command.reference.trim();
    if (!reference || reference.length > 200) throw new DomainError('BAD_USER_INPUT', 'reference must be 1–200 characters', { field: 'reference' });
    const deliberationChecked = command.deliberation ? checkDeliberation(command.deliberation, 'deliberation') : null;
    if (command.deliberation) adopted(command.deliberation, 'deliberation');
    if (!mayActOnProgramme(reach, programmeId)) throw notFound('programme', programmeId);

    return this.dataSource.transaction(async (manager) => {
      const programme = await this.openProgrammeLocked(manager, programmeId);
      const figures = await this.repository.closingFigures(manager, programmeId);
      if (closedOn < programme.endsOn || (figures.lastPaidOn !== null && closedOn < figures.lastPaidOn)) {
        throw new ProgrammeError('CLOSING_TOO_EARLY', `the accounts close on or after the end of the operation (${programme.endsOn}) and the last payment order (${figures.lastPaidOn ?? 'none'})`, {
          field: 'closedOn',
        });
      }
      if (figures.pendingStatements > 0) {
        throw new ProgrammeError('STATEMENTS_PENDING', `${figures.pendingStatements} places' statement(s) are approved and not paid yet`, {
          field: 'programmeId',
          pendingStatementCount: figures.pendingStatements,
        });
      }
      if (figures.outstandingRecoveries > 0) {
        throw new ProgrammeError('RECOVERIES_PENDING', `${figures.outstandingRecoveries} redemption(s) recovered after payment are not taken back by a paid statement yet`, {
          field: 'programmeId',
          pendingRecoveryCount: figures.outstandingRecoveries,
        });
      }
      if (figures.unsettledFacts > 0) {
        throw new ProgrammeError('PASSES_FACTS_UNSETTLED', `${figures.unsettledFacts} money fact(s) of the passes service wait or were refused (see the reconciliation)`, {
          field: 'programmeId',
          unsettledCount: figures.unsettledFacts,
        });
      }
      if (figures.commitmentsToPay > 0) {
        throw new ProgrammeError('COMMITMENTS_TO_PAY', `${figures.commitmentsToPay} commitment(s) have ${figures.toPayCents} cents left to pay: pay or reduce them first`, {
          field: 'programmeId',
          commitmentCount: figures.commitmentsToPay,
          toPayCents: figures.toPayCents,
        });
      }
      let deliberationId: string | null = null;
      if (command.deliberation && deliberationChecked) {
        await this.inOrder(manager, programmeId, deliberationChecked.decidedOn, 'deliberation.decidedOn');
        deliberationId = (await this.insertDeliberation(manager, programmeId, command.ids?.deliberation, command.deliberation, deliberationChecked, 'CLOSING')).id;
      }
      const now = this.clock.now();
      const rooms = await this.repository.lockAuthorisations(manager, programmeId);
      for (const room of rooms) {
        await this.repository.saveRelease(
          manager,
          manager.create(AuthorisationReleaseEntity, { authorisationId: room.id, programmeId, releasedOn: closedOn, amountCents: room.amountCents - room.committedCents, recordedAt: now }),
        );
      }
      const releasedCents = figures.authorisedCents - figures.committedCents;
      await this.repository.saveClosing(
        manager,
        manager.create(ProgrammeClosingEntity, {
          programmeId,
          deliberationId,
          closedOn,
          reference,
          authorisedCents: figures.authorisedCents,
          committedCents: figures.committedCents,
          paymentsCents: figures.paymentsCents,
          receiptsCents: figures.receiptsCents,
          releasedCents,
          recordedAt: now,
        }),
      );
      programme.status = 'CLOSED';
      await this.repository.saveProgramme(manager, programme);
      await recordEvent(manager, ProgrammeClosedV1, { programmeId, closedOn, releasedCents }, now);
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
      const programme = await this.repository.lockProgramme(manager, id);
      if (!programme) throw notFound('programme', id);
      const count = await this.repository.commitmentCount(manager, id);
      if (count > 0) {
        throw new ProgrammeError('SETTLEMENT_MODEL_LOCKED', `the programme already has ${count} commitment(s); its settlement model can no longer change`, {
          field: 'settlementModel',
          commitmentCount: count,
        });
      }
      programme.settlementModel = settlementModel;
      await this.repository.saveProgramme(manager, programme);
      return programme;
    });
  }

  private async openProgrammeLocked(manager: EntityManager, programmeId: string): Promise<ProgrammeEntity> {
    const programme = await this.repository.lockProgramme(manager, programmeId);
    if (!programme) throw notFound('programme', programmeId);
    if (programme.status === 'CLOSED') throw new ProgrammeError('PROGRAMME_CLOSED', 'the programme is closed', { field: 'programmeId' });
    return programme;
  }

  private async inOrder(manager: EntityManager, programmeId: string, decidedOn: string, field: string): Promise<void> {
    const latest = await this.repository.latestDecision(manager, programmeId);
    if (latest !== null && decidedOn < latest) {
      throw new ProgrammeError('DELIBERATION_OUT_OF_ORDER', `the programme's latest deliberation was decided on ${latest}; a later one may not predate it`, { field, latestDecidedOn: latest });
    }
  }

  private async insertDeliberation(
    manager: EntityManager,
    programmeId: string,
    id: string | undefined,
    d: DeliberationCommand,
    checked: { vote: VoteRecord | null; assumption: string | null },
    kind: DeliberationKind,
  ): Promise<DeliberationEntity> {
    const deliberation = manager.create(DeliberationEntity, {
      id: id ?? newId(),
      programmeId,
      number: d.number,
      decidedOn: d.decidedOn,
      body: d.body,
      place: d.place,
      chair: d.chair,
      subject: d.subject,
      theme: d.theme ?? null,
      vote: checked.vote,
      outcome: d.outcome,
      decisions: d.decisions,
      cites: d.cites,
      kind,
      assumption: checked.assumption,
    });
    await this.repository.insertDeliberation(manager, deliberation);
    return deliberation;
  }

  private async insertAuthorisation(
    manager: EntityManager,
    programmeId: string,
    deliberationId: string,
    id: string | undefined,
    a: AuthorisationCommand,
    checked: { amountCents: number; schedule: Schedule },
  ): Promise<CommitmentAuthorisationEntity> {
    const authorisation = manager.create(CommitmentAuthorisationEntity, {
      id: id ?? newId(),
      programmeId,
      deliberationId,
      kind: a.kind,
      amountCents: checked.amountCents,
      budgetYear: a.budgetYear,
      imputationChapter: a.imputation.chapter,
      imputationFunction: a.imputation.function,
      imputationNature: a.imputation.nature,
      imputationProgrammeCode: a.imputation.programmeCode,
      nomenclature: a.imputation.nomenclature,
      nomenclatureVersion: a.imputation.nomenclatureVersion,
    });
    await this.repository.insertAuthorisation(
      manager,
      authorisation,
      checked.schedule.map((line) => manager.create(PaymentScheduleLineEntity, { authorisationId: authorisation.id, ...line })),
    );
    await this.repository.saveAuthorisationVersion(
      manager,
      manager.create(AuthorisationVersionEntity, {
        authorisationId: authorisation.id,
        version: 1,
        deliberationId,
        amountCents: checked.amountCents,
        schedule: checked.schedule,
        recordedAt: this.clock.now(),
      }),
    );
    return authorisation;
  }

  private checkAuthorisation(a: AuthorisationCommand, prefix: string): { amountCents: number; schedule: Schedule } {
    if (a.kind !== 'AE' && a.kind !== 'AP') throw new DomainError('BAD_USER_INPUT', `unknown kind ${String(a.kind)}`, { field: `${prefix}.kind` });
    return checkAmountAndSchedule(a.amount, a.schedule, prefix);
  }

  /** Checks every rule of an opening before anything is written; the first broken rule is reported with its field. */
  private validateOpening(command: OpenProgrammeCommand) {
    if (!CODE.test(command.code)) {
      throw new DomainError('BAD_USER_INPUT', 'code must be 2–63 capital letters, digits or dashes', { field: 'code' });
    }
    if (!command.name.trim() || command.name.length > 300) throw new DomainError('BAD_USER_INPUT', 'name must be 1–300 characters', { field: 'name' });
    if (command.ownerOrganisationId) parseId(command.ownerOrganisationId, 'ownerOrganisationId');
    const perimeter = checkPerimeter(command.perimeter);
    checkDate(command.startsOn, 'startsOn');
    checkDate(command.endsOn, 'endsOn');
    if (command.endsOn < command.startsOn) {
      throw new ProgrammeError('INVALID_PERIOD', 'endsOn must not be before startsOn', { field: 'endsOn' });
    }
    const deliberation = checkDeliberation(command.deliberation, 'deliberation');
    adopted(command.deliberation, 'deliberation');
    const authorisation = this.checkAuthorisation(command.authorisation, 'authorisation');
    return { perimeter, deliberation, authorisation };
  }
}
