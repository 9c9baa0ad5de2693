// Rules of the funding plan: who pays what share of the programme, under which rule, and what they
// have paid. The plan is replaced whole, so that it balances after every change — never half-way —
// and each plan is kept as a numbered version: the co-funder rows hold the one in force.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, notFound, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import { checkDate } from '../budget-calendar';
import { amountOf, checkedAmount } from '../amounts';
import { mayActOnCoFunder, mayActOnProgramme } from '../tenancy';
import {
  CO_FUNDER_KINDS,
  CO_FUNDING_RULES,
  CO_FUNDING_STATUSES,
  CoFunderEntity,
  CoFunderFinalReportEntity,
  CoFunderReceiptEntity,
  FundingPlanVersionEntity,
  RATE_RULES,
  ROUNDING_RULES,
  type CoFunderKind,
  type CoFundingRule,
  type CoFundingStatus,
  type RoundingRule,
} from './co-funder.entity';
import { FundingPlanError } from './funding-plan.errors';
import type { FundingPlanRepository } from './funding-plan.repository';

export interface CoFunderInput {
  /** Fixed ids are accepted for the demo data only. */
  id?: string;
  organisationId: string;
  displayName: string;
  kind: CoFunderKind;
  rule: CoFundingRule;
  rateBasisPoints?: number | null;
  /** An exact share of a cost, decimal euro strings. */
  share?: { amount: string; of: string } | null;
  rounding?: RoundingRule | null;
  convention?: { base: string; signedOn?: string | null; advanceRateBasisPoints: number; instalmentCeilingBasisPoints: number } | null;
  /** Decimal euro string. */
  planned: string;
  agreementReference?: string | null;
  status: CoFundingStatus;
  assumption?: string | null;
}

export interface SetFundingPlanCommand {
  programmeId: string;
  coFunders: CoFunderInput[];
}

export interface RecordCoFunderReceiptCommand {
  id?: string;
  coFunderId: string;
  amount: string;
  receivedOn: string;
  reference: string;
}

export interface RecordFinalReportCommand {
  coFunderId: string;
  filedOn: string;
  reference: string;
}

export type CheckedCoFunder = Omit<CoFunderEntity, 'id' | 'programmeId'> & { id?: string };

const TEXT_LIMIT = 300;

function optionalText(value: string | null | undefined, field: string, limit = TEXT_LIMIT): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > limit) throw new DomainError('BAD_USER_INPUT', `${field} must be at most ${limit} characters`, { field });
  return trimmed || null;
}

const wholeBasisPoints = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000;

/** A rate rule's rate: basis points or an exact share, one of them. */
function checkedRate(input: CoFunderInput, at: (name: string) => string): Pick<CheckedCoFunder, 'rateBasisPoints' | 'shareAmountCents' | 'shareOfCents'> {
  const rate = input.rateBasisPoints ?? null;
  const share = input.share ?? null;
  if (!RATE_RULES.includes(input.rule)) {
    if (rate !== null || share !== null) {
      throw new DomainError('INVALID_RATE', `a ${input.rule} co-funder has no rate`, { field: at(rate !== null ? 'rateBasisPoints' : 'share') });
    }
    return { rateBasisPoints: null, shareAmountCents: null, shareOfCents: null };
  }
  if ((rate === null) === (share === null)) {
    throw new DomainError('INVALID_RATE', `${input.rule} needs its rate, either in basis points between 1 and 10000 (50 % = 5000) or as an exact share, not both`, {
      field: at('rateBasisPoints'),
    });
  }
  if (share !== null) {
    const amount = amountOf(share.amount, at('share.amount'));
    const of = amountOf(share.of, at('share.of'));
    if (amount <= 0 || of <= 0 || amount > of) throw new DomainError('INVALID_RATE', 'a share is an amount of a larger or equal cost, both more than zero', { field: at('share') });
    return { rateBasisPoints: null, shareAmountCents: amount, shareOfCents: of };
  }
  if (rate === null || !Number.isInteger(rate) || rate < 1 || rate > 10_000) {
    throw new DomainError('INVALID_RATE', `${input.rule} needs a rate in basis points between 1 and 10000 (50 % = 5000)`, { field: at('rateBasisPoints') });
  }
  return { rateBasisPoints: rate, shareAmountCents: null, shareOfCents: null };
}

/** A fixed grant's convention: a base at least the grant, an advance within the ceiling, a signature date once signed. */
function checkedConvention(
  input: CoFunderInput,
  plannedCents: number,
  at: (name: string) => string,
): Pick<CheckedCoFunder, 'grantBaseCents' | 'grantSignedOn' | 'advanceRateBasisPoints' | 'instalmentCeilingBasisPoints'> {
  const convention = input.convention ?? null;
  if (input.rule !== 'FIXED_GRANT') {
    if (convention !== null) throw new FundingPlanError('INVALID_GRANT_TERMS', `only a FIXED_GRANT has convention terms, not ${input.rule}`, { field: at('convention') });
    return { grantBaseCents: null, grantSignedOn: null, advanceRateBasisPoints: null, instalmentCeilingBasisPoints: null };
  }
  if (convention === null) throw new FundingPlanError('INVALID_GRANT_TERMS', 'a FIXED_GRANT states its convention: base, advance, instalment ceiling', { field: at('convention') });
  const base = amountOf(convention.base, at('convention.base'));
  if (base < plannedCents || base <= 0) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', `the convention's base (${base} cents) must be at least the grant (${plannedCents} cents)`, { field: at('convention.base') });
  }
  if (!wholeBasisPoints(convention.advanceRateBasisPoints)) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', 'the advance is 0 to 10000 basis points of the grant', { field: at('convention.advanceRateBasisPoints') });
  }
  if (!wholeBasisPoints(convention.instalmentCeilingBasisPoints) || convention.instalmentCeilingBasisPoints < convention.advanceRateBasisPoints) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', 'the instalment ceiling is between the advance and 10000 basis points of the grant', {
      field: at('convention.instalmentCeilingBasisPoints'),
    });
  }
  const signedOn = convention.signedOn ? checkDate(convention.signedOn, at('convention.signedOn')) : null;
  if (input.status === 'SIGNED' && signedOn === null) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', 'a SIGNED convention states the day it was signed', { field: at('convention.signedOn') });
  }
  if (input.status !== 'SIGNED' && signedOn !== null) {
    throw new FundingPlanError('INVALID_GRANT_TERMS', `a convention with a signature date has the status SIGNED, not ${input.status}`, { field: at('status') });
  }
  return { grantBaseCents: base, grantSignedOn: signedOn, advanceRateBasisPoints: convention.advanceRateBasisPoints, instalmentCeilingBasisPoints: convention.instalmentCeilingBasisPoints };
}

function requiredText(value: string | null | undefined, field: string): string {
  const text = optionalText(value, field);
  if (text === null) throw new DomainError('BAD_USER_INPUT', `${field} must not be empty`, { field });
  return text;
}

/** Checks every rule that does not need the database; the first broken rule is reported with its field. */
export function validatePlan(command: SetFundingPlanCommand): CheckedCoFunder[] {
  parseId(command.programmeId, 'programmeId');
  if (command.coFunders.length === 0) throw new DomainError('BAD_USER_INPUT', 'a funding plan needs at least one co-funder', { field: 'coFunders' });
  const organisations = new Set<string>();
  let remainder: number | undefined;
  return command.coFunders.map((input, index) => {
    const at = (name: string) => `coFunders.${index}.${name}`;
    if (input.id) parseId(input.id, at('id'));
    const organisationId = parseId(input.organisationId, at('organisationId'));
    if (organisations.has(organisationId)) {
      throw new FundingPlanError('DUPLICATE_CO_FUNDER', 'an organisation may appear only once in a funding plan', { field: at('organisationId') });
    }
    organisations.add(organisationId);
    if (!CO_FUNDER_KINDS.includes(input.kind)) throw new DomainError('BAD_USER_INPUT', `unknown kind ${input.kind}`, { field: at('kind') });
    if (!CO_FUNDING_RULES.includes(input.rule)) throw new DomainError('BAD_USER_INPUT', `unknown rule ${input.rule}`, { field: at('rule') });
    if (!CO_FUNDING_STATUSES.includes(input.status)) throw new DomainError('BAD_USER_INPUT', `unknown status ${input.status}`, { field: at('status') });
    const rounding = input.rounding ?? 'DOWN';
    if (!ROUNDING_RULES.includes(rounding)) throw new DomainError('BAD_USER_INPUT', `unknown rounding ${rounding}`, { field: at('rounding') });
    if (input.rule === 'REMAINDER') {
      if (remainder !== undefined) {
        throw new FundingPlanError('MORE_THAN_ONE_REMAINDER', `co-funders ${remainder} and ${index} both take the rest; only one may`, { field: at('rule') });
      }
      remainder = index;
    }
    const rate = checkedRate(input, at);
    const plannedCents = amountOf(input.planned, at('planned'));
    if (plannedCents < 0) throw new DomainError('INVALID_AMOUNT', 'a planned amount must not be negative', { field: at('planned') });
    return {
      id: input.id?.toLowerCase(),
      organisationId,
      displayName: requiredText(input.displayName, at('displayName')),
      kind: input.kind,
      rule: input.rule,
      ...rate,
      rounding,
      ...checkedConvention(input, plannedCents, at),
      plannedCents,
      agreementReference: optionalText(input.agreementReference, at('agreementReference')),
      status: input.status,
      assumption: optionalText(input.assumption, at('assumption'), 2_000),
      position: index,
    };
  });
}

/** Money is received from, or claimed of, a co-funder whose contribution is granted or signed only. */
export function refuseUnlessGranted(coFunder: CoFunderEntity): void {
  if (coFunder.status === 'REQUESTED') {
    throw new FundingPlanError('CO_FUNDER_NOT_GRANTED', `${coFunder.displayName}'s contribution is only requested; record its grant first`, { field: 'coFunderId' });
  }
}

/** The plan balances when the co-funders together pay exactly what was authorised, to the cent. */
export function checkPlanBalances(plannedCents: number, authorisedCents: number): void {
  if (plannedCents !== authorisedCents) {
    throw new FundingPlanError(
      'PLAN_DOES_NOT_BALANCE',
      `the co-funders' planned amounts sum to ${plannedCents} cents, the programme's authorisations to ${authorisedCents} cents`,
      { field: 'coFunders', plannedCents, authorisedCents },
    );
  }
}

export class FundingPlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: FundingPlanRepository,
    private readonly clock: Clock,
  ) {}

  async setFundingPlan(command: SetFundingPlanCommand, reach: Reach): Promise<CoFunderEntity[]> {
    const checked = validatePlan(command);
    const programmeId = command.programmeId.toLowerCase();
    // Another authority's programme is one that does not exist.
    if (!mayActOnProgramme(reach, programmeId)) throw notFound('programme', programmeId);
    return this.dataSource.transaction(async (manager) => {
      // Serialises plan changes of one programme; receipts lock their co-funder row below.
      if (!(await this.repository.lockProgrammeRow(manager, programmeId))) throw notFound('programme', programmeId);
      return this.replacePlanInside(manager, programmeId, checked, null);
    });
  }

  /**
   * Replaces the plan in force, inside a transaction that holds the programme row FOR UPDATE, and
   * keeps it as the next version (with the amendment that changed it, if any). The plan must
   * balance against the programme's total authorised as this transaction sees it.
   */
  async replacePlanInside(manager: EntityManager, programmeId: string, checked: CheckedCoFunder[], deliberationId: string | null): Promise<CoFunderEntity[]> {
    checkPlanBalances(
      checked.reduce((sum, c) => sum + c.plannedCents, 0),
      await this.repository.authorisedTotal(manager, programmeId),
    );
    const existing = await this.repository.lockCoFundersOf(manager, programmeId);
    const received = await this.repository.receivedByCoFunder(manager, existing.map((c) => c.id));
    const byOrganisation = new Map(existing.map((c) => [c.organisationId, c]));
    const kept = new Set<string>();
    const rows = checked.map((c, index) => {
      const previous = byOrganisation.get(c.organisationId);
      if (previous) kept.add(previous.id);
      const receivedCents = previous ? (received.get(previous.id) ?? 0) : 0;
      if (receivedCents > c.plannedCents) {
        throw new FundingPlanError('RECEIPTS_EXCEED_PLANNED', `${c.displayName} has already paid ${receivedCents} cents, more than the ${c.plannedCents} now planned`, {
          field: `coFunders.${index}.planned`,
          receivedCents,
        });
      }
      return manager.create(CoFunderEntity, { ...c, id: previous?.id ?? c.id ?? newId(), programmeId });
    });
    const leaving = existing.filter((c) => !kept.has(c.id));
    const claimedFrom = await this.repository.withClaims(manager, leaving.map((c) => c.id));
    for (const gone of leaving) {
      if ((received.get(gone.id) ?? 0) > 0) {
        throw new FundingPlanError('CO_FUNDER_HAS_RECEIPTS', `${gone.displayName} has already paid part of its share and cannot leave the plan`, {
          field: 'coFunders',
          organisationId: gone.organisationId,
        });
      }
      if (claimedFrom.has(gone.id)) {
        throw new FundingPlanError('CO_FUNDER_HAS_CLAIMS', `${gone.displayName} was claimed from or filed its final report and cannot leave the plan`, {
          field: 'coFunders',
          organisationId: gone.organisationId,
        });
      }
    }
    if (leaving.length > 0) await this.repository.deleteCoFunders(manager, leaving.map((c) => c.id));
    await this.repository.saveCoFunders(manager, rows);
    await this.repository.savePlanVersion(
      manager,
      manager.create(FundingPlanVersionEntity, {
        programmeId,
        version: await this.repository.nextPlanVersion(manager, programmeId),
        deliberationId,
        coFunders: rows.map((r) => ({
          organisationId: r.organisationId,
          displayName: r.displayName,
          kind: r.kind,
          rule: r.rule,
          rateBasisPoints: r.rateBasisPoints,
          shareAmountCents: r.shareAmountCents,
          shareOfCents: r.shareOfCents,
          plannedCents: r.plannedCents,
          status: r.status,
        })),
        recordedAt: this.clock.now(),
      }),
    );
    return rows;
  }

  /**
   * Runs `work` in a transaction that holds the co-funder's row FOR UPDATE, so that what is
   * received, claimed or reported of one co-funder is written one at a time. A co-funder of another
   * authority's programme is one that does not exist; a co-funder never changes programme.
   */
  async inCoFunder<T>(coFunderId: string, reach: Reach, work: (manager: EntityManager, coFunder: CoFunderEntity) => Promise<T>): Promise<T> {
    const [owned] = await this.repository.coFundersByIds([coFunderId]);
    if (!owned || !mayActOnCoFunder(reach, owned)) throw notFound('co-funder', coFunderId);
    return this.dataSource.transaction(async (manager) => {
      const coFunder = await this.repository.lockCoFunder(manager, coFunderId);
      if (!coFunder) throw notFound('co-funder', coFunderId);
      return work(manager, coFunder);
    });
  }

  /** Refuses a new total authorised that the plan in force no longer shares out to the cent. */
  async checkStillBalances(manager: EntityManager, programmeId: string, authorisedCents: number): Promise<void> {
    const plannedCents = await this.repository.plannedTotal(manager, programmeId);
    if (plannedCents !== authorisedCents) {
      throw new FundingPlanError(
        'PLAN_DOES_NOT_BALANCE',
        `the co-funders' planned amounts sum to ${plannedCents} cents, the amended authorisations to ${authorisedCents} cents: amend the funding plan (coFunders) with them`,
        { field: 'coFunders', plannedCents, authorisedCents },
      );
    }
  }

  /** Records a fixed grant's final report, once: its balance is due from that day. */
  async recordFinalReport(command: RecordFinalReportCommand, reach: Reach): Promise<CoFunderEntity> {
    const coFunderId = parseId(command.coFunderId, 'coFunderId');
    const filedOn = checkDate(command.filedOn, 'filedOn');
    const reference = requiredText(command.reference, 'reference');
    return this.inCoFunder(coFunderId, reach, async (manager, coFunder) => {
      if (coFunder.rule !== 'FIXED_GRANT') {
        throw new FundingPlanError('NOT_A_FIXED_GRANT', `${coFunder.displayName} is a ${coFunder.rule} co-funder: only a fixed grant has a final report`, { field: 'coFunderId' });
      }
      if (coFunder.status !== 'SIGNED' || coFunder.grantSignedOn === null || coFunder.grantSignedOn > filedOn) {
        throw new FundingPlanError('CONVENTION_NOT_SIGNED', `${coFunder.displayName}'s convention is not signed on ${filedOn}`, { field: 'filedOn' });
      }
      if (await this.repository.finalReportOf(manager, coFunderId)) {
        throw new FundingPlanError('FINAL_REPORT_ALREADY_FILED', `${coFunder.displayName}'s final report is already filed`, { field: 'coFunderId' });
      }
      await this.repository.saveFinalReport(manager, manager.create(CoFunderFinalReportEntity, { coFunderId, programmeId: coFunder.programmeId, filedOn, reference, recordedAt: this.clock.now() }));
      return coFunder;
    });
  }

  async recordReceipt(command: RecordCoFunderReceiptCommand, reach: Reach): Promise<CoFunderEntity> {
    const coFunderId = parseId(command.coFunderId, 'coFunderId');
    if (command.id) parseId(command.id, 'id');
    const amountCents = checkedAmount(command.amount, 'amount', true);
    const receivedOn = checkDate(command.receivedOn, 'receivedOn');
    const reference = requiredText(command.reference, 'reference');
    return this.inCoFunder(coFunderId, reach, async (manager, coFunder) => {
      refuseUnlessGranted(coFunder);
      const receivedCents = (await this.repository.receivedByCoFunder(manager, [coFunder.id])).get(coFunder.id) ?? 0;
      if (receivedCents + amountCents > coFunder.plannedCents) {
        throw new FundingPlanError(
          'RECEIPTS_EXCEED_PLANNED',
          `${coFunder.displayName} would have paid ${receivedCents + amountCents} cents, more than its planned ${coFunder.plannedCents}`,
          { field: 'amount', receivedCents, plannedCents: coFunder.plannedCents },
        );
      }
      await this.repository.saveReceipt(
        manager,
        manager.create(CoFunderReceiptEntity, { id: command.id ?? newId(), coFunderId, amountCents, receivedOn, reference, recordedAt: this.clock.now() }),
      );
      return coFunder;
    });
  }
}
