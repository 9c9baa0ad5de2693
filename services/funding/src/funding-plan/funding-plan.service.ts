// Rules of the funding plan: who pays what share of the programme, and what they have paid.
// The plan is replaced whole, so that it balances after every change — never half-way.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseEuros, parseId, notFound, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import { checkDate } from '../budget-calendar';
import { mayActOnProgramme, mayRecordReceiptOf } from '../tenancy';
import {
  CO_FUNDER_KINDS,
  CO_FUNDING_RULES,
  CO_FUNDING_STATUSES,
  CoFunderEntity,
  CoFunderReceiptEntity,
  type CoFunderKind,
  type CoFundingRule,
  type CoFundingStatus,
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
  /** Decimal euro string. */
  planned: string;
  agreementReference?: string | null;
  status: CoFundingStatus;
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

export type CheckedCoFunder = Omit<CoFunderEntity, 'id' | 'programmeId'> & { id?: string };

const TEXT_LIMIT = 300;

function optionalText(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > TEXT_LIMIT) throw new DomainError('BAD_USER_INPUT', `${field} must be at most ${TEXT_LIMIT} characters`, { field });
  return trimmed || null;
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
    const rate = input.rateBasisPoints ?? null;
    if (input.rule === 'REMAINDER') {
      if (remainder !== undefined) {
        throw new FundingPlanError('MORE_THAN_ONE_REMAINDER', `co-funders ${remainder} and ${index} both take the rest; only one may`, { field: at('rule') });
      }
      remainder = index;
      if (rate !== null) throw new DomainError('INVALID_RATE', 'a REMAINDER co-funder takes the rest and has no rate', { field: at('rateBasisPoints') });
    } else if (rate === null || !Number.isInteger(rate) || rate < 1 || rate > 10_000) {
      throw new DomainError('INVALID_RATE', `${input.rule} needs a rate in basis points between 1 and 10000 (16.36 % = 1636)`, { field: at('rateBasisPoints') });
    }
    let plannedCents: number;
    try {
      plannedCents = parseEuros(input.planned);
    } catch (error) {
      throw new DomainError('INVALID_AMOUNT', (error as Error).message, { field: at('planned') });
    }
    if (plannedCents < 0) throw new DomainError('INVALID_AMOUNT', 'a planned amount must not be negative', { field: at('planned') });
    return {
      id: input.id?.toLowerCase(),
      organisationId,
      displayName: requiredText(input.displayName, at('displayName')),
      kind: input.kind,
      rule: input.rule,
      rateBasisPoints: rate,
      plannedCents,
      agreementReference: optionalText(input.agreementReference, at('agreementReference')),
      status: input.status,
      position: index,
    };
  });
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
      const locked: unknown[] = await manager.query(`SELECT id FROM programme WHERE id = $1 FOR UPDATE`, [programmeId]);
      if (locked.length === 0) throw notFound('programme', programmeId);
      const [{ authorised }] = await manager.query(
        `SELECT COALESCE(sum(amount_cents), 0)::text AS authorised FROM commitment_authorisation WHERE programme_id = $1`,
        [programmeId],
      );
      checkPlanBalances(
        checked.reduce((sum, c) => sum + c.plannedCents, 0),
        Number(authorised),
      );

      const existing = await manager.getRepository(CoFunderEntity).find({ where: { programmeId }, lock: { mode: 'pessimistic_write' } });
      const received = await this.receivedByCoFunder(manager, existing.map((c) => c.id));
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
      for (const gone of leaving) {
        if ((received.get(gone.id) ?? 0) > 0) {
          throw new FundingPlanError('CO_FUNDER_HAS_RECEIPTS', `${gone.displayName} has already paid part of its share and cannot leave the plan`, {
            field: 'coFunders',
            organisationId: gone.organisationId,
          });
        }
      }
      if (leaving.length > 0) await manager.delete(CoFunderEntity, leaving.map((c) => c.id));
      // The "rest" changes hands last: the partial unique index allows one REMAINDER row at any moment.
      for (const row of rows.filter((r) => r.rule !== 'REMAINDER')) await manager.save(row);
      for (const row of rows.filter((r) => r.rule === 'REMAINDER')) await manager.save(row);
      return rows;
    });
  }

  async recordReceipt(command: RecordCoFunderReceiptCommand, reach: Reach): Promise<CoFunderEntity> {
    const coFunderId = parseId(command.coFunderId, 'coFunderId');
    if (command.id) parseId(command.id, 'id');
    let amountCents: number;
    try {
      amountCents = parseEuros(command.amount);
    } catch (error) {
      throw new DomainError('INVALID_AMOUNT', (error as Error).message, { field: 'amount' });
    }
    if (amountCents <= 0) throw new DomainError('INVALID_AMOUNT', 'a receipt must be positive', { field: 'amount' });
    const receivedOn = checkDate(command.receivedOn, 'receivedOn');
    const reference = requiredText(command.reference, 'reference');
    // A co-funder of another authority's programme is one that does not exist; a co-funder never changes programme.
    const [owned] = await this.repository.coFundersByIds([coFunderId]);
    if (!owned || !mayRecordReceiptOf(reach, owned)) throw notFound('co-funder', coFunderId);
    return this.dataSource.transaction(async (manager) => {
      const coFunder = await manager.getRepository(CoFunderEntity).findOne({ where: { id: coFunderId }, lock: { mode: 'pessimistic_write' } });
      if (!coFunder) throw notFound('co-funder', coFunderId);
      if (coFunder.status === 'REQUESTED') {
        throw new FundingPlanError('CO_FUNDER_NOT_GRANTED', `${coFunder.displayName}'s contribution is only requested; record its grant first`, { field: 'coFunderId' });
      }
      const receivedCents = (await this.receivedByCoFunder(manager, [coFunder.id])).get(coFunder.id) ?? 0;
      if (receivedCents + amountCents > coFunder.plannedCents) {
        throw new FundingPlanError(
          'RECEIPTS_EXCEED_PLANNED',
          `${coFunder.displayName} would have paid ${receivedCents + amountCents} cents, more than its planned ${coFunder.plannedCents}`,
          { field: 'amount', receivedCents, plannedCents: coFunder.plannedCents },
        );
      }
      await manager.save(
        manager.create(CoFunderReceiptEntity, { id: command.id ?? newId(), coFunderId, amountCents, receivedOn, reference, recordedAt: this.clock.now() }),
      );
      return coFunder;
    });
  }

  private async receivedByCoFunder(manager: EntityManager, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ co_funder_id: string; received: string }> = await manager.query(
      `SELECT co_funder_id, sum(amount_cents)::text AS received FROM co_funder_receipt WHERE co_funder_id = ANY($1) GROUP BY co_funder_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.co_funder_id, Number(r.received)]));
  }
}
