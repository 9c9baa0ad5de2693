// The funding plan: who pays what share of the programme, under which rule, and what they
// have paid. The plan is replaced whole, so that it balances after every change — never half-way —
// and each plan is kept as a numbered version: the co-funder rows hold the one in force.
import type { DataSource, EntityManager } from 'typeorm';
import { newId, parseId, notFound, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import { checkDate } from '../budget-calendar';
import { checkedAmount } from '../amounts';
import { mayActOnCoFunder, mayActOnProgramme } from '../tenancy';
import { CoFunderEntity, CoFunderFinalReportEntity, CoFunderReceiptEntity, FundingPlanVersionEntity } from './co-funder.entity';
import { FundingPlanError } from './funding-plan.errors';
import type { FundingPlanRepository } from './funding-plan.repository';
import { checkPlanBalances, refuseUnlessGranted, TEXT_LIMIT, validatePlan, type CheckedCoFunder, type SetFundingPlanCommand } from './funding-plan.rules';
import { requiredText } from '../texts';

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
    const reference = requiredText(command.reference, 'reference', TEXT_LIMIT);
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
    const reference = requiredText(command.reference, 'reference', TEXT_LIMIT);
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
