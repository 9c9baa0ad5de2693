// What funding makes of the passes service's money facts. Each fact is first kept as received
// (passes_fact), then turned into a commitment, a payment, or a reduction with its receipt, under
// the same rules as hand entries. Keeping both lets the reconciliation compare them, and lets a fact that arrived
// before the one it depends on wait (PENDING) instead of being lost: JetStream delivers each event
// type to its own consumer, so an activation may well be handled before its order.
//
// All effects are written through the consumer's transaction (`manager`), which also records the
// event as processed: a re-delivered event is skipped by the kit, and the same fact re-announced
// under another event id is skipped by passes_fact's unique fact key.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isDomainError, isUuid, type Clock } from '@pass-numerique/kernel';
import type { Reach } from '@pass-numerique/service-kit';
import {
  CreditNoteIssuedV1,
  OrderActivatedV1,
  OrderPlacedV1,
  StatementPaidV1,
  StatementPaidV2,
  type EventEnvelope,
  type StatementApprovedV1,
  type PassRedeemedV1,
  type PassRedemptionCancelledV1,
  type PayloadOf,
  type RedemptionRecoveredV1,
} from '@pass-numerique/event-contracts';
import { parisDate, yearOf } from '../budget-calendar';
import type { CommitmentService } from '../commitments/commitment.service';
import type { CommitmentRepository } from '../commitments/commitment.repository';
import type { SettlementModel } from '../programmes/programme.entity';
import type { PassesFactEntity, PassesFactStatus } from './passes-fact.entity';
import type { NewFact, PassesLedgerRepository, PassesTotals, StatementPayment } from './passes-ledger.repository';
import { mayActOnProgramme } from '../tenancy';

type OrderPlaced = PayloadOf<typeof OrderPlacedV1>;
type OrderActivated = PayloadOf<typeof OrderActivatedV1>;
type StatementPaid = PayloadOf<typeof StatementPaidV1>;
type StatementPaidWithRecoveries = PayloadOf<typeof StatementPaidV2>;
type Recovery = StatementPaidWithRecoveries['recoveries'][number];
type CreditNoteIssued = PayloadOf<typeof CreditNoteIssuedV1>;
type StatementApproved = PayloadOf<typeof StatementApprovedV1>;
type PassRedeemed = PayloadOf<typeof PassRedeemedV1>;
type PassRedemptionCancelled = PayloadOf<typeof PassRedemptionCancelledV1>;
type RedemptionRecovered = PayloadOf<typeof RedemptionRecoveredV1>;

interface Outcome {
  status: PassesFactStatus;
  code?: string;
  reason?: string;
}

type ReceivedFact = NewFact;

export type ReconciliationTopic = 'ORDERS_COMMITTED' | 'ACTIVATIONS_PAID' | 'STATEMENTS_PAID' | 'STATEMENTS_RECOVERED' | 'CREDIT_NOTES_REDUCED' | 'CREDIT_NOTES_RECEIVED';

export interface ReconciliationLine {
  topic: ReconciliationTopic;
  /** Total as the passes service announced it. */
  passesCents: number;
  /** What funding should hold for it under the programme's settlement model. */
  expectedCents: number;
  fundingCents: number;
  differenceCents: number;
  eventCount: number;
}

export interface Reconciliation {
  programmeId: string;
  settlementModel: SettlementModel;
  lines: ReconciliationLine[];
  passesUsed: number;
  unsettledFacts: PassesFactEntity[];
  unsettledCount: number;
  pendingStatementCount: number;
  pendingRecoveryCount: number;
  reconciled: boolean;
}

const UNSETTLED_SHOWN = 100;
const PAID_BY_OPERATOR = 'under the prepaid-operator model the operator reimburses places from the prepaid face value';
const applied = (): Outcome => ({ status: 'APPLIED' });
const pending = (code: string, reason: string): Outcome => ({ status: 'PENDING', code, reason });
const ignored = (code: string, reason: string): Outcome => ({ status: 'IGNORED', code, reason });
const refused = (code: string, reason: string): Outcome => ({ status: 'REFUSED', code, reason });

const STATEMENT_PAID_TYPES: string[] = [StatementPaidV1.type, StatementPaidV2.type];
/**
 * The fact key of a v2 that completes a statement whose payment was recorded from v1, before
 * funding took v2: v1 paid the net, the v2 fact adds what it took back by set-off (and receipts).
 */
const completionKey = (statementId: string) => `statement-recoveries:${statementId}`;

export class PassesLedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PassesLedgerRepository,
    private readonly commitments: CommitmentService,
    private readonly commitmentRepository: CommitmentRepository,
    private readonly clock: Clock,
  ) {}

  /** passes.order.placed.v1 → a PASS_ORDER commitment of face value + fee. */
  orderPlaced(manager: EntityManager, p: OrderPlaced, envelope: EventEnvelope): Promise<PassesFactStatus | 'already-known'> {
    return this.receive(manager, {
      sourceEventId: envelope.id,
      eventType: OrderPlacedV1.type,
      factKey: `order-placed:${p.orderId}`,
      programmeId: p.programmeId,
      orderId: p.orderId,
      amountCents: p.faceValueTotalCents + p.feeCents,
      passCount: p.passCount,
      occurredOn: parisDate(p.placedAt),
      payload: p,
    });
  }

  /** passes.order.activated.v1 → the payment of face value + fee (prepaid operator) or of the fee (direct). */
  orderActivated(manager: EntityManager, p: OrderActivated, envelope: EventEnvelope) {
    return this.receive(manager, {
      sourceEventId: envelope.id,
      eventType: OrderActivatedV1.type,
      factKey: `order-activated:${p.orderId}`,
      programmeId: p.programmeId,
      orderId: p.orderId,
      amountCents: p.faceValueTotalCents + p.feeCents,
      passCount: p.passCount,
      occurredOn: parisDate(p.activatedAt),
      payload: p,
    });
  }

  /** passes.statement.approved.v1 → a statement that waits for its payment: the programme cannot close until it is paid. */
  statementApproved(manager: EntityManager, p: StatementApproved): Promise<void> {
    return this.repository.recordStatement(manager, p, 'approved', parisDate(p.approvedAt));
  }

  /**
   * passes.statement.paid.v2 → under the direct model, the payment of the gross against the pass
   * orders and a receipt for each recovery it took back. Whatever the model, the statement and its
   * recoveries are no longer pending. A statement whose payment was recorded from
   * passes.statement.paid.v1 (consumed before v2) is never paid twice: its v2 fact only adds what v1
   * left out, the recoveries.
   */
  async statementPaid(manager: EntityManager, p: StatementPaidWithRecoveries, envelope: EventEnvelope) {
    await this.repository.recordStatement(manager, p, 'paid', p.paidOn);
    await this.repository.recordRecoveriesTakenBack(manager, p);
    const key = `statement-paid:${p.statementId}`;
    const completes = (await this.repository.findFact(key, manager))?.eventType === StatementPaidV1.type;
    return this.receive(manager, {
      sourceEventId: envelope.id,
      eventType: StatementPaidV2.type,
      factKey: completes ? completionKey(p.statementId) : key,
      programmeId: p.programmeId,
      orderId: null,
      amountCents: completes ? p.recoveredCents : p.grossAmountCents,
      passCount: p.passCount,
      occurredOn: p.paidOn,
      payload: p,
    });
  }

  /**
   * passes.redemption.recovered.v1 → one pass used less from the day of the recovery (the place
   * owes its face value back), and a recovery that holds the closing back until a paid statement
   * takes it back. Counted once, whichever event id announces it.
   */
  async redemptionRecovered(manager: EntityManager, p: RedemptionRecovered): Promise<void> {
    const day = parisDate(p.recoveredAt);
    if (await this.repository.recordRecovery(manager, p, day)) {
      await this.repository.passUsedLess(manager, { programmeId: p.programmeId, orderId: p.orderId, day, faceValueCents: p.amountCents });
    }
  }

  /** passes.credit-note.issued.v1 → a reduction of the order's commitment, and a receipt for what had been paid of it (prepaid face value). */
  creditNoteIssued(manager: EntityManager, p: CreditNoteIssued, envelope: EventEnvelope) {
    return this.receive(manager, {
      sourceEventId: envelope.id,
      eventType: CreditNoteIssuedV1.type,
      factKey: `credit-note:${p.creditNoteId}`,
      programmeId: p.programmeId,
      orderId: p.orderId,
      amountCents: p.amountCents,
      passCount: p.passCount,
      occurredOn: parisDate(p.issuedAt),
      payload: p,
    });
  }

  /** passes.pass.redeemed.v1 → one more pass used (the State's base). Counters commute: no ordering needed. */
  passRedeemed(manager: EntityManager, p: PassRedeemed): Promise<void> {
    return this.repository.passUsed(manager, { programmeId: p.programmeId, orderId: p.orderId, day: parisDate(p.redeemedAt), faceValueCents: p.faceValueCents });
  }

  /** passes.pass.redemption-cancelled.v1 → one pass used less, from the day of the cancellation. */
  redemptionCancelled(manager: EntityManager, p: PassRedemptionCancelled): Promise<void> {
    return this.repository.passUsedLess(manager, { programmeId: p.programmeId, orderId: p.orderId, day: parisDate(p.cancelledAt), faceValueCents: p.faceValueCents });
  }

  /** Applies the facts of a programme that were waiting, e.g. after the programme itself was recorded. */
  settlePendingFacts(programmeId: string): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockProgrammeFacts(manager, programmeId);
      await this.settlePending(manager, programmeId);
    });
  }

  /** The reconciliation of a programme the caller reads; null for any other, as for one that does not exist. */
  reconciliationOf(programmeId: string, reach: Reach): Promise<Reconciliation | null> | null {
    if (!isUuid(programmeId)) return null;
    const id = programmeId.toLowerCase();
    return mayActOnProgramme(reach, id) ? this.reconcile(id) : null;
  }

  /**
   * Compares what funding holds with what the passes service announced, topic by topic.
   * A difference is funding's figure minus what it should be; each one is explained by the
   * unsettled facts listed with it (waiting for an earlier fact, or refused by a rule).
   */
  async reconcile(programmeId: string): Promise<Reconciliation | null> {
    const model = await this.repository.settlementModelOf(this.dataSource.manager, programmeId);
    if (!model) return null;
    const [passes, funding, passesUsed, unsettled, pendingStatementCount, pendingRecoveryCount] = await Promise.all([
      this.repository.passesTotals(programmeId),
      this.repository.fundingTotals(programmeId),
      this.repository.passesUsed(programmeId),
      this.repository.unsettled(programmeId, UNSETTLED_SHOWN),
      this.repository.pendingStatementCount(programmeId),
      this.repository.outstandingRecoveryCount(programmeId),
    ]);
    // A statement's payment was announced by v1 before funding took v2, and by v2 since: one line reads both.
    const totals = (types: string[]): PassesTotals =>
      types
        .map((type) => passes.get(type))
        .reduce<PassesTotals>(
          (sum, t) =>
            t
              ? { eventCount: sum.eventCount + t.eventCount, amountCents: sum.amountCents + t.amountCents, feeCents: sum.feeCents + t.feeCents, recoveredCents: sum.recoveredCents + t.recoveredCents }
              : sum,
          { eventCount: 0, amountCents: 0, feeCents: 0, recoveredCents: 0 },
        );
    const line = (
      topic: ReconciliationTopic,
      types: string[],
      expected: (t: PassesTotals) => number,
      { record = 'main', announced = (t: PassesTotals) => t.amountCents }: { record?: 'main' | 'receipt'; announced?: (t: PassesTotals) => number } = {},
    ): ReconciliationLine => {
      const t = totals(types);
      const expectedCents = expected(t);
      const fundingCents = types.reduce((sum, type) => sum + (funding.get(`${type}:${record}`) ?? 0), 0);
      return { topic, passesCents: announced(t), expectedCents, fundingCents, differenceCents: fundingCents - expectedCents, eventCount: t.eventCount };
    };
    const lines = [
      line('ORDERS_COMMITTED', [OrderPlacedV1.type], (t) => t.amountCents),
      line('ACTIVATIONS_PAID', [OrderActivatedV1.type], (t) => (model === 'PREPAID_OPERATOR' ? t.amountCents : t.feeCents)),
      line('STATEMENTS_PAID', STATEMENT_PAID_TYPES, (t) => (model === 'DIRECT' ? t.amountCents : 0)),
      line('STATEMENTS_RECOVERED', STATEMENT_PAID_TYPES, (t) => (model === 'DIRECT' ? t.recoveredCents : 0), { record: 'receipt', announced: (t) => t.recoveredCents }),
      line('CREDIT_NOTES_REDUCED', [CreditNoteIssuedV1.type], (t) => t.amountCents),
      // Under the direct model nothing was paid for unused passes: their credit note gives no money back.
      line('CREDIT_NOTES_RECEIVED', [CreditNoteIssuedV1.type], (t) => (model === 'PREPAID_OPERATOR' ? t.amountCents : 0), { record: 'receipt' }),
    ];
    return {
      programmeId,
      settlementModel: model,
      lines,
      passesUsed,
      unsettledFacts: unsettled.facts,
      unsettledCount: unsettled.count,
      pendingStatementCount,
      pendingRecoveryCount,
      reconciled: unsettled.count === 0 && lines.every((l) => l.differenceCents === 0),
    };
  }

  private async receive(manager: EntityManager, fact: ReceivedFact): Promise<PassesFactStatus | 'already-known'> {
    // Serialises one programme's facts: a fact that finds its prerequisite missing and goes PENDING
    // can never miss the prerequisite's arrival, which settles the pending facts under the same lock.
    await this.repository.lockProgrammeFacts(manager, fact.programmeId);
    if (!(await this.repository.insertFact(manager, fact, this.clock.now()))) return 'already-known';
    const status = await this.settle(manager, fact);
    // Applied or refused, the fact is settled: what waited for it can now be applied or refused in turn.
    if (status !== 'PENDING') await this.settlePending(manager, fact.programmeId);
    return status;
  }

  private async settlePending(manager: EntityManager, programmeId: string): Promise<void> {
    // Each round may unblock facts of the next (an order, then its activation, then its credit note).
    for (let round = 0; round < 4; round++) {
      const waiting = await this.repository.pendingFacts(manager, programmeId);
      let progressed = false;
      for (const fact of waiting) {
        if ((await this.settle(manager, fact)) !== 'PENDING') progressed = true;
      }
      if (!progressed) return;
    }
  }

  /** Applies one fact; a broken rule rolls back to the savepoint, so the fact is refused whole, never half-applied. */
  private async settle(manager: EntityManager, fact: ReceivedFact): Promise<PassesFactStatus> {
    let outcome: Outcome;
    try {
      outcome = await this.repository.inSavepoint(manager, () => this.apply(manager, fact));
    } catch (error) {
      if (!isDomainError(error)) throw error;
      outcome = this.whenRefused(fact, error);
    }
    await this.repository.markFact(manager, fact.sourceEventId, { ...outcome, settledAt: outcome.status === 'PENDING' ? null : this.clock.now() });
    return outcome.status;
  }

  private whenRefused(fact: ReceivedFact, error: DomainError): Outcome {
    // A statement the pass orders cannot take yet may be waiting for an order still in flight.
    if (STATEMENT_PAID_TYPES.includes(fact.eventType) && error.code === 'PAYMENTS_EXCEED_COMMITMENT') {
      return pending('AWAITING_COMMITMENT', error.message);
    }
    return refused(error.code, error.message);
  }

  private async apply(manager: EntityManager, fact: ReceivedFact): Promise<Outcome> {
    const model = await this.repository.settlementModelOf(manager, fact.programmeId);
    if (!model) return pending('PROGRAMME_UNKNOWN', 'the programme is not recorded in funding yet');
    const sourceEventId = fact.sourceEventId;
    const day = fact.occurredOn;

    switch (fact.eventType) {
      case OrderPlacedV1.type: {
        const p = fact.payload as OrderPlaced;
        if (fact.amountCents === 0) return ignored('NOTHING_TO_COMMIT', 'the order is worth nothing');
        await this.commitments.commitToProgrammeInside(manager, fact.programmeId, {
          kind: 'PASS_ORDER',
          reference: `Commande de pass ${p.orderId}`,
          description: `${p.passCount} pass × ${p.passFaceValueCents / 100} €, frais ${p.feeRateBasisPoints / 100} %`,
          committedOn: day,
          budgetYear: yearOf(day),
          amountCents: fact.amountCents,
          faceValueCents: p.faceValueTotalCents,
          feeCents: p.feeCents,
          passCount: p.passCount,
          orderId: p.orderId,
          sourceEventId,
        });
        return applied();
      }
      case OrderActivatedV1.type: {
        const p = fact.payload as OrderActivated;
        const commitment = await this.orderCommitment(manager, p.orderId);
        if ('status' in commitment) return commitment;
        // Prepaid operator: the programme pays face value and fee at activation. Direct: places
        // are paid through their statements, so only the operator's fee is due at activation.
        const amountCents = model === 'PREPAID_OPERATOR' ? p.faceValueTotalCents + p.feeCents : p.feeCents;
        if (amountCents === 0) return ignored('NOTHING_TO_PAY', 'no fee is due at activation under the direct model');
        await this.commitments.payInside(manager, commitment.id, {
          paymentOrderNumber: p.paymentOrderNumber,
          paidOn: day,
          budgetYear: yearOf(day),
          invoiceReference: `Commande de pass ${p.orderId}`,
          federEligible: true,
          amountCents,
          payeeOrganisationId: await this.repository.operatorOf(manager, p.orderId),
          payeeName: null,
          sourceEventId,
        });
        return applied();
      }
      // Facts of v1 left waiting when funding took v2 still apply: the statement's net, with nothing taken back.
      case StatementPaidV1.type: {
        const p = fact.payload as StatementPaid;
        if (model === 'PREPAID_OPERATOR') return ignored('PAID_BY_OPERATOR', PAID_BY_OPERATOR);
        if (p.amountCents === 0) return ignored('NOTHING_TO_PAY', 'the statement is worth nothing');
        await this.payStatement(manager, fact, p, p.amountCents);
        return applied();
      }
      case StatementPaidV2.type: {
        const p = fact.payload as StatementPaidWithRecoveries;
        if (model === 'PREPAID_OPERATOR') return ignored('PAID_BY_OPERATOR', PAID_BY_OPERATOR);
        const waiting = await this.statementPaymentsKnown(manager, fact, p);
        if (waiting) return waiting;
        if (fact.amountCents === 0) return ignored('NOTHING_TO_PAY', fact.factKey === completionKey(p.statementId) ? 'the statement was paid from passes.statement.paid.v1 and took nothing back' : 'the statement is worth nothing');
        // Recoveries first: each gives back part of an earlier payment on the pass orders, which
        // this payment may then take again (set-off: the place is paid the gross less what it owes).
        for (const recovery of p.recoveries) await this.takeBack(manager, fact, p, recovery);
        await this.payStatement(manager, fact, p, fact.amountCents);
        return applied();
      }
      case CreditNoteIssuedV1.type: {
        const p = fact.payload as CreditNoteIssued;
        const commitment = await this.orderCommitment(manager, p.orderId);
        if ('status' in commitment) return commitment;
        if (model === 'PREPAID_OPERATOR') {
          // The credit note gives back prepaid money: it must follow the payment it refunds.
          const activation = await this.repository.findFact(`order-activated:${p.orderId}`, manager);
          if (!activation || activation.status === 'PENDING') return pending('AWAITING_ACTIVATION', 'the order has not been paid yet; the credit note waits for its activation');
        }
        if (p.amountCents === 0) return ignored('NOTHING_TO_REDUCE', 'the credit note is worth nothing');
        await this.commitments.creditInside(manager, commitment.id, {
          amountCents: p.amountCents,
          creditedOn: day,
          budgetYear: yearOf(day),
          reference: `Avoir ${p.creditNoteId}`,
          passCount: p.passCount,
          creditNoteId: p.creditNoteId,
          payerOrganisationId: await this.repository.operatorOf(manager, p.orderId),
          sourceEventId,
        });
        return applied();
      }
      default:
        return ignored('UNKNOWN_FACT', `funding does not record ${fact.eventType}`);
    }
  }

  /** Pays a place's statement over the pass orders, oldest first; an order's fee stays reserved for its activation until it is paid. */
  private async payStatement(manager: EntityManager, fact: ReceivedFact, p: StatementPaid, amountCents: number): Promise<void> {
    const feePaid = new Set(await this.repository.appliedOrderIds(manager, fact.programmeId, OrderActivatedV1.type));
    await this.commitments.payAcrossPassOrdersInside(
      manager,
      fact.programmeId,
      {
        paymentOrderNumber: p.paymentReference,
        paidOn: p.paidOn,
        budgetYear: yearOf(p.paidOn),
        invoiceReference: `Relevé ${p.month} lieu ${p.placeId}`,
        federEligible: true,
        amountCents,
        payeeOrganisationId: p.placeOrganisationId,
        payeeName: null,
        sourceEventId: fact.sourceEventId,
      },
      (commitment) => (commitment.orderId && !feePaid.has(commitment.orderId) ? (commitment.feeCents ?? 0) : 0),
    );
  }

  /**
   * Whether what a v2 fact builds on is recorded: for a completion, the statement's payment from v1;
   * for each recovery, the payment of the statement it corrects. Null when all is there; else why
   * the fact waits (not received, or waiting itself) or is refused (that payment was not recorded).
   * Checked before anything is written, so that a fact that waits has written nothing.
   */
  private async statementPaymentsKnown(manager: EntityManager, fact: ReceivedFact, p: StatementPaidWithRecoveries): Promise<Outcome | null> {
    const needed = new Set(p.recoveries.map((r) => r.paidStatementId));
    if (fact.factKey === completionKey(p.statementId)) needed.add(p.statementId);
    for (const statementId of needed) {
      const paid = await this.repository.findFact(`statement-paid:${statementId}`, manager);
      if (!paid || paid.status === 'PENDING') return pending('AWAITING_PAID_STATEMENT', `the payment of statement ${statementId} is not recorded yet`);
      if (paid.status !== 'APPLIED') {
        return refused('PAID_STATEMENT_NOT_RECORDED', `statement ${statementId} was not recorded as a payment (${paid.reasonCode ?? paid.status}): there is nothing to correct`);
      }
    }
    return null;
  }

  /**
   * A recovery taken back by a statement: a RECOVERY receipt on the day the statement is paid,
   * correcting the payment of the statement that had paid the redemption. That payment may have
   * been spread over several orders: the receipt goes to the first part that can take it whole,
   * and is split over the parts only when none can.
   */
  private async takeBack(manager: EntityManager, fact: ReceivedFact, p: StatementPaidWithRecoveries, recovery: Recovery): Promise<void> {
    const payments = await this.repository.statementPayments(manager, fact.programmeId, recovery.paidStatementId);
    const open = (payment: StatementPayment) => payment.amountCents - payment.correctedCents;
    const whole = payments.find((payment) => open(payment) >= recovery.amountCents);
    const available = payments.reduce((sum, payment) => sum + open(payment), 0);
    if (available < recovery.amountCents) {
      throw new DomainError('RECOVERY_EXCEEDS_PAYMENT', `statement ${recovery.paidStatementId} was paid ${available} cents not yet taken back; the recovery is ${recovery.amountCents}`, {
        field: 'recoveries',
        recoveryId: recovery.recoveryId,
        availableCents: available,
      });
    }
    let left = recovery.amountCents;
    for (const payment of whole ? [whole] : payments) {
      const share = Math.min(left, open(payment));
      if (share <= 0) continue;
      await this.commitments.receiveInside(
        manager,
        payment.commitmentId,
        {
          kind: 'RECOVERY',
          titleNumber: null,
          issuedOn: p.paidOn,
          budgetYear: yearOf(p.paidOn),
          amountCents: share,
          federEligible: null,
          payerOrganisationId: p.placeOrganisationId,
          payerName: null,
          reference: `Reprise sur relevé ${p.month} lieu ${p.placeId}, pass ${recovery.passNumber}`,
          reason: recovery.reason,
          // The pass is counted once, on the first part of a split receipt.
          passCount: left === recovery.amountCents ? 1 : 0,
          creditNoteId: null,
          correctedPaymentId: payment.id,
          recoveryId: recovery.recoveryId,
          sourceEventId: fact.sourceEventId,
        },
        false,
      );
      payment.correctedCents += share;
      left -= share;
      if (left === 0) break;
    }
  }

  /** The commitment of a passes order, or why there is none: not received yet (wait) or refused. */
  private async orderCommitment(manager: EntityManager, orderId: string): Promise<{ id: string } | Outcome> {
    const commitment = await this.commitmentRepository.findByOrderId(orderId, manager);
    if (commitment) return commitment;
    const order = await this.repository.findFact(`order-placed:${orderId}`, manager);
    if (order && order.status !== 'PENDING') return refused('ORDER_NOT_COMMITTED', `the order was not committed (${order.reasonCode ?? order.status})`);
    return pending('AWAITING_ORDER', 'the order has not been received yet');
  }
}
