// A programme's life: opening it (the deliberation, the authorisation and its schedule,
// with the event that tells the other services), amending it after the vote (a new deliberation
// that changes authorisations, the schedule, the dates or the funding plan), and closing its
// accounts. Each is one transaction, checked whole before anything is written, so that a refused
// change leaves nothing half-written. Every figure a deliberation sets is kept as a numbered
// version beside the one in force: a correction is a new version, never an edit.
import type { DataSource, EntityManager } from 'typeorm';
import { newId, notFound, parseId, type Clock, DomainError } from '@pass-numerique/kernel';
import { ProgrammeAmendedV1, ProgrammeClosedV1, ProgrammeOpenedV1, type PayloadOf, type SandboxOpenedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { checkDate } from '../budget-calendar';
import type { FundingPlanService } from '../funding-plan/funding-plan.service';
import { validatePlan, type CoFunderInput } from '../funding-plan/funding-plan.rules';
import { ProgrammeClosingEntity, ProgrammeEntity, ProgrammePeriodEntity, type SettlementModel } from './programme.entity';
import { DeliberationEntity, type DeliberationKind, type VoteRecord } from './deliberation.entity';
import {
  AuthorisationReleaseEntity,
  AuthorisationVersionEntity,
  CommitmentAuthorisationEntity,
  PaymentScheduleLineEntity,
} from './authorisation.entity';
import {
  assertAdopted,
  assertClosable,
  checkAuthorisation,
  checkAuthorisationChanges,
  checkClosingReference,
  checkDeliberation,
  checkOpening,
  checkSettlementModel,
  type AuthorisationCommand,
  type DeliberationCommand,
  type OpeningTerms,
  type Schedule,
} from './programme.rules';
import { ProgrammeError } from './programme.errors';
import type { ProgrammeRepository } from './programme.repository';
import { mayActOnProgramme, ownerOfNewProgramme } from '../tenancy';

export interface OpenProgrammeCommand extends OpeningTerms {
  /** Fixed ids are accepted for the demo data, so that every service agrees on them. */
  ids?: { programme?: string; deliberation?: string; authorisation?: string };
  settlementModel: SettlementModel;
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

export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProgrammeRepository,
    private readonly fundingPlan: FundingPlanService,
    private readonly clock: Clock,
  ) {}

  /**
   * An organisation's sandbox, as partners announced it: a programme known by name so that the
   * other services' objects of it resolve, never listed, for which nothing is ever voted,
   * committed or paid (no event of its activity ever reaches funding).
   */
  async sandboxOpened(manager: EntityManager, sandbox: PayloadOf<typeof SandboxOpenedV1>, learntAt: Date): Promise<void> {
    await this.repository.insertSandbox(
      manager,
      manager.create(ProgrammeEntity, {
        id: sandbox.programmeId,
        code: `SANDBOX-${sandbox.programmeId.slice(0, 8).toUpperCase()}`,
        name: sandbox.name,
        ownerOrganisationId: sandbox.organisationId,
        perimeterLevel: 'COMMUNE',
        perimeterCode: sandbox.organisationInseeCode,
        startsOn: sandbox.startsOn,
        endsOn: sandbox.endsOn,
        settlementModel: 'DIRECT',
        openedAt: learntAt,
        status: 'OPEN',
        passesValidUntil: null,
        sandbox: true,
      }),
    );
  }

  /**
   * Opens a programme for the organisation the caller may open one for (tenancy.ts): refused
   * before anything is read, so that a refused caller learns nothing, not even whether the code is taken.
   */
  async openProgramme(command: OpenProgrammeCommand, reach: Reach): Promise<ProgrammeEntity> {
    const checked = checkOpening(command);
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
    assertAdopted(command.deliberation, 'deliberation');
    const amendments = checkAuthorisationChanges(command.authorisations ?? []);
    const added = command.newAuthorisation ? checkAuthorisation(command.newAuthorisation, 'newAuthorisation') : null;
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
    const reference = checkClosingReference(command.reference);
    const deliberationChecked = command.deliberation ? checkDeliberation(command.deliberation, 'deliberation') : null;
    if (command.deliberation) assertAdopted(command.deliberation, 'deliberation');
    if (!mayActOnProgramme(reach, programmeId)) throw notFound('programme', programmeId);

    return this.dataSource.transaction(async (manager) => {
      const programme = await this.openProgrammeLocked(manager, programmeId);
      const figures = await this.repository.closingFigures(manager, programmeId);
      assertClosable(programme, figures, closedOn);
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
    checkSettlementModel(settlementModel);
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
}
