// Monthly statements: each place is reimbursed for the passes it redeemed in a past month, per
// programme, less what it owes back for redemptions of earlier paid statements found invalid
// (recoveries, taken on its next statements). Generating a month twice gives the same statements
// (one per programme, place and month: the unique key decides). Pending → approved → paid, each
// step with its event; payment counts the passes as reimbursed in the funnel.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isoDate, parseId, type Clock } from '@pass-numerique/kernel';
import { StatementApprovedV1, StatementPaidV1, StatementPaidV2 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import type { Reach } from '@pass-numerique/service-kit';
import { applyFunnelChanges, handOutChanges, type FunnelChange } from '../funnel/funnel-writer';
import { handOutDimensionsOf } from '../hand-outs/hand-out.entity';
import { HandOutRepository } from '../hand-outs/hand-out.repository';
import type { StatementEntity } from './statement.entity';
import { StatementRepository } from './statement.repository';
import { assertApprovable, assertMonthEnded, assertPayable, checkPayment, monthBounds } from './statement.rules';
import type { ProgrammeRepository } from '../programmes/programme.repository';
import type { RedemptionRecoveryRepository } from '../redemptions/redemption-recovery.repository';
import { mayActInProgramme, mayDecideOnStatement } from '../tenancy';

export class StatementService {
  private readonly statements: StatementRepository;
  private readonly handOuts = new HandOutRepository();

  constructor(
    private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeRepository,
    private readonly recoveries: RedemptionRecoveryRepository,
    private readonly clock: Clock,
  ) {
    this.statements = new StatementRepository(dataSource);
  }

  /** One programme's statements of a month that has ended (usually M-1), created on first call; another programme reads as one that does not exist. */
  async generate(month: string, programmeId: string, reach: Reach): Promise<StatementEntity[]> {
    const programme = parseId(programmeId, 'programmeId');
    const { start, end } = monthBounds(month);
    const now = this.clock.now();
    assertMonthEnded(month, end, now);
    const known = await this.programmes.findById(programme);
    if (!known || !mayActInProgramme(reach, known.id)) throw new DomainError('NOT_FOUND', 'no such programme', { field: 'programmeId' });
    return this.dataSource.transaction(async (manager) => {
      // Redemptions of the month not yet in a statement; the lock keeps a late cancellation out.
      const created = await this.statements.createForMonth(manager, programme, month, { start, end }, now);
      if (created.length > 0) {
        await this.statements.attachRedemptions(manager, { start, end }, created);
        await this.recoveries.takeBackOn(manager, created.map((c) => c.id));
      }
      return this.statements.ofMonth(manager, programme, month);
    });
  }

  async approve(statementId: string, reach: Reach): Promise<StatementEntity> {
    const approvedBy = reach.identity.subject;
    return this.dataSource.transaction(async (manager) => {
      const statement = await this.locked(manager, statementId, reach);
      assertApprovable(statement);
      const now = this.clock.now();
      Object.assign(statement, { status: 'APPROVED', approvedAt: now, approvedBy });
      await this.statements.markApproved(manager, statement.id, now, approvedBy);
      await recordEvent(manager, StatementApprovedV1, { ...this.facts(statement), approvedAt: now.toISOString() }, now);
      return statement;
    });
  }

  async markPaid(statementId: string, paymentReference: string, paidOn: string | null | undefined, reach: Reach): Promise<StatementEntity> {
    const now = this.clock.now();
    const { reference, day } = checkPayment(paymentReference, paidOn, isoDate(now));
    return this.dataSource.transaction(async (manager) => {
      const statement = await this.locked(manager, statementId, reach);
      assertPayable(statement);
      Object.assign(statement, { status: 'PAID', paidOn: day, paymentReference: reference });
      await this.statements.markPaid(manager, statement.id, day, reference);
      await applyFunnelChanges(manager, statement.programmeId, await this.reimbursedChanges(manager, statement));
      await recordEvent(manager, StatementPaidV1, { ...this.facts(statement), paymentReference: reference, paidOn: day }, now);
      const recoveries = await this.recoveries.linesOf(statement.id, manager);
      await recordEvent(
        manager,
        StatementPaidV2,
        {
          ...this.facts(statement),
          grossAmountCents: statement.grossAmountCents,
          recoveredCents: statement.recoveredCents,
          recoveries: recoveries.map((r) => ({
            recoveryId: r.recoveryId,
            redemptionId: r.redemptionId,
            passNumber: r.passNumber,
            paidStatementId: r.paidStatementId,
            amountCents: r.amountCents,
            reason: r.reason,
          })),
          paymentReference: reference,
          paidOn: day,
        },
        now,
      );
      return statement;
    });
  }

  private async reimbursedChanges(manager: EntityManager, statement: StatementEntity): Promise<FunnelChange[]> {
    const groups = await this.statements.redemptionsByHandOut(manager, statement.id);
    const handOuts = new Map((await this.handOuts.byIds(manager, groups.map((g) => g.hand_out_id))).map((h) => [h.id, h]));
    return groups.flatMap((g) => handOutChanges(handOutDimensionsOf(handOuts.get(g.hand_out_id)!), 'reimbursed', g.count, statement.placeId));
  }

  /** The statement, locked for a change; another programme's answers as a missing one, and is left unlocked. */
  private async locked(manager: EntityManager, statementId: string, reach: Reach): Promise<StatementEntity> {
    const id = parseId(statementId, 'statementId');
    const found = await this.statements.findIn(manager, id);
    if (!found || !mayDecideOnStatement(reach, found)) throw new DomainError('NOT_FOUND', 'no such statement', { field: 'statementId' });
    return this.statements.lockById(manager, id);
  }

  private facts(s: StatementEntity) {
    return { statementId: s.id, programmeId: s.programmeId, placeId: s.placeId, placeOrganisationId: s.placeOrganisationId, month: s.month, passCount: s.passCount, amountCents: s.amountCents };
  }
}
