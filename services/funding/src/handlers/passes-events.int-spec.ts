// Integration: the passes service's money events, consumed from a real JetStream into a real
// PostgreSQL, become commitments, payments and reductions — once each, in any arrival order.
import { randomUUID } from 'node:crypto';
import { FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { internalReach } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import {
  creditNoteIssued,
  CreditNoteIssuedV1,
  deliver,
  managerOf,
  openTestProgramme,
  orderActivated,
  OrderActivatedV1,
  orderPlaced,
  OrderPlacedV1,
  passRedeemed,
  PassRedeemedV1,
  redemptionCancelled,
  PassRedemptionCancelledV1,
  redemptionRecovered,
  RedemptionRecoveredV1,
  statementApproved,
  StatementApprovedV1,
  statementPaid,
  StatementPaidV1,
  statementPaidV1,
  StatementPaidV2,
  takenBack,
  uniqueCode,
} from '../testing/funding-test-kit';

const VIEW = `query($id: ID!) { programme(id: $id) {
  commitments(first: 20) { totalCount edges { node { kind orderId source amount { cents } faceValue { cents } fee { cents } net { cents } paid { cents }
    reductions { amount { cents } refunded { cents } passCount source } } } }
  payments(first: 20) { edges { node { paymentOrderNumber paidOn budgetYear amount { cents } source } } }
  reconciliation { reconciled passesUsed unsettledCount pendingStatementCount
    lines { topic passes { cents } expected { cents } funding { cents } difference { cents } eventCount }
    unsettledFacts { eventType orderId status reasonCode amount { cents } } }
} }`;

// What corrections after payment leave in funding: payments, receipts, the budget years, the reconciliation.
const CORRECTIONS = `query($id: ID!) { programme(id: $id) {
  commitments(first: 5) { edges { node { net { cents } paid { cents } reductions { amount { cents } } } } }
  payments(first: 20) { edges { node { paymentOrderNumber paidOn budgetYear amount { cents } payee { id } } } }
  receipts(first: 20) { edges { node { kind issuedOn budgetYear amount { cents } reason passCount payer { id } correctedPayment { paymentOrderNumber } recoveryId source } } }
  budget(asOf: "2025-12-31") { years { budgetYear payments { cents } receipts { cents } net { cents } } }
  reconciliation { reconciled passesUsed unsettledCount pendingRecoveryCount
    lines { topic passes { cents } expected { cents } funding { cents } difference { cents } eventCount }
    unsettledFacts { eventType status reasonCode amount { cents } } }
} }`;

type Line = { topic: string; passes: { cents: number }; expected: { cents: number }; funding: { cents: number }; difference: { cents: number }; eventCount: number };

describe('passes events → commitments and payments', () => {
  const { service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: false });

  async function view(programmeId: string) {
    const { data, errors } = await callSubgraph(service.url, VIEW, { id: programmeId }, managerOf(programmeId));
    expect(errors).toBeUndefined();
    const programme = data.programme;
    const lines = Object.fromEntries(programme.reconciliation.lines.map((l: Line) => [l.topic, l]));
    return { ...programme, commitments: programme.commitments.edges.map((e: { node: unknown }) => e.node), payments: programme.payments.edges.map((e: { node: unknown }) => e.node), lines };
  }

  it('commits an order at face value plus fee, pays it at activation (prepaid), and takes a credit note back', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const order = orderPlaced(programmeId, { passCount: 50 }); // 500.00 + 4 % = 520.00
    const activation = orderActivated(order);
    await deliver(service, [OrderPlacedV1, order], [OrderActivatedV1, activation], [CreditNoteIssuedV1, creditNoteIssued(order, 20)]);
    const v = await view(programmeId);
    expect(v.commitments).toEqual([
      {
        kind: 'PASS_ORDER',
        orderId: order.orderId,
        source: 'PASSES_EVENT',
        amount: { cents: 52_000 },
        faceValue: { cents: 50_000 },
        fee: { cents: 2_000 },
        // 20 unused passes come back at face value: the commitment and what was paid go down by 200.00.
        net: { cents: 32_000 },
        paid: { cents: 32_000 },
        reductions: [{ amount: { cents: 20_000 }, refunded: { cents: 20_000 }, passCount: 20, source: 'PASSES_EVENT' }],
      },
    ]);
    expect(v.payments).toEqual([{ paymentOrderNumber: activation.paymentOrderNumber, paidOn: '2024-04-02', budgetYear: 2024, amount: { cents: 52_000 }, source: 'PASSES_EVENT' }]);
    expect(v.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0 });
    expect(v.lines.ORDERS_COMMITTED).toMatchObject({ passes: { cents: 52_000 }, funding: { cents: 52_000 }, difference: { cents: 0 }, eventCount: 1 });
    expect(v.lines.CREDIT_NOTES_REDUCED).toMatchObject({ passes: { cents: 20_000 }, funding: { cents: 20_000 }, difference: { cents: 0 } });
  });

  it('never doubles a commitment or a payment: not for a re-delivered event, nor for the same fact under a new event id', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const order = orderPlaced(programmeId);
    const activation = orderActivated(order);
    const eventId = randomUUID();
    const activationId = randomUUID();
    await deliver(service, [OrderPlacedV1, order, eventId], [OrderPlacedV1, order, eventId], [OrderPlacedV1, order]);
    await deliver(service, [OrderActivatedV1, activation, activationId], [OrderActivatedV1, activation, activationId], [OrderActivatedV1, activation]);
    const v = await view(programmeId);
    expect(v.commitments).toHaveLength(1);
    expect(v.payments).toHaveLength(1);
    expect(v.lines.ORDERS_COMMITTED).toMatchObject({ eventCount: 1, difference: { cents: 0 } });
    const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM processed_event WHERE event_id = $1`, [eventId]);
    expect(n).toBe(1);
  });

  it('lets an activation and a credit note that arrive before their order wait for it', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const order = orderPlaced(programmeId);
    await deliver(service, [CreditNoteIssuedV1, creditNoteIssued(order, 4)], [OrderActivatedV1, orderActivated(order)]);
    const waiting = await view(programmeId);
    expect(waiting.reconciliation.unsettledFacts.map((f: { reasonCode: string }) => f.reasonCode).sort()).toEqual(['AWAITING_ORDER', 'AWAITING_ORDER']);
    expect(waiting.reconciliation.reconciled).toBe(false);

    await deliver(service, [OrderPlacedV1, order]);
    const settled = await view(programmeId);
    expect(settled.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0 });
    expect(settled.commitments[0]).toMatchObject({ net: { cents: 6_400 }, paid: { cents: 6_400 } });
  });

  it('refuses an order beyond the authorisation and shows it in the reconciliation, with what depends on it', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const fits = orderPlaced(programmeId, { passCount: 90 }); // 936.00
    const tooMuch = orderPlaced(programmeId, { passCount: 10 }); // 104.00: 64.00 are left
    await deliver(service, [OrderPlacedV1, fits], [OrderPlacedV1, tooMuch], [OrderActivatedV1, orderActivated(tooMuch)]);
    const v = await view(programmeId);
    expect(v.commitments).toHaveLength(1);
    expect(v.lines.ORDERS_COMMITTED).toMatchObject({ passes: { cents: 104_000 }, funding: { cents: 93_600 }, difference: { cents: -10_400 } });
    expect(v.lines.ACTIVATIONS_PAID).toMatchObject({ expected: { cents: 10_400 }, funding: { cents: 0 }, difference: { cents: -10_400 } });
    expect(v.reconciliation.reconciled).toBe(false);
    const unsettled = [...v.reconciliation.unsettledFacts].sort((a: { eventType: string }, b: { eventType: string }) => b.eventType.localeCompare(a.eventType));
    expect(unsettled).toEqual([
      { eventType: OrderPlacedV1.type, orderId: tooMuch.orderId, status: 'REFUSED', reasonCode: 'COMMITMENTS_EXCEED_AUTHORISATION', amount: { cents: 10_400 } },
      { eventType: OrderActivatedV1.type, orderId: tooMuch.orderId, status: 'REFUSED', reasonCode: 'ORDER_NOT_COMMITTED', amount: { cents: 10_400 } },
    ]);
  });

  it('under the direct model, pays the fee at activation and places’ statements over the pass orders, oldest first', async () => {
    const { programmeId } = await openTestProgramme(service.url, { settlementModel: 'DIRECT' });
    const first = orderPlaced(programmeId, { passCount: 10, placedAt: '2024-02-01T10:00:00+01:00' }); // 100.00 + 4.00
    const second = orderPlaced(programmeId, { passCount: 10, placedAt: '2024-03-01T10:00:00+01:00' });
    const early = statementPaid(programmeId, { amountCents: 15_000, paidOn: '2024-06-12' });
    // The statement first meets only the first order (104.00): it waits for the second.
    await deliver(service, [OrderPlacedV1, first], [StatementPaidV2, early]);
    expect((await view(programmeId)).reconciliation.unsettledFacts).toMatchObject([{ status: 'PENDING', reasonCode: 'AWAITING_COMMITMENT' }]);
    await deliver(service, [OrderPlacedV1, second], [OrderActivatedV1, orderActivated(first, { activatedAt: '2024-07-01T10:00:00+02:00' })]);
    const v = await view(programmeId);
    // Statements pay face value (100.00 then 50.00); the first order's fee waited for its activation.
    expect(v.commitments.map((c: { paid: { cents: number } }) => c.paid.cents)).toEqual([10_400, 5_000]);
    expect(v.lines.STATEMENTS_PAID).toMatchObject({ passes: { cents: 15_000 }, expected: { cents: 15_000 }, funding: { cents: 15_000 }, difference: { cents: 0 } });
    expect(v.lines.ACTIVATIONS_PAID).toMatchObject({ passes: { cents: 10_400 }, expected: { cents: 400 }, funding: { cents: 400 }, difference: { cents: 0 } });
    expect(v.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0 });
  });

  it('takes a credit note back as a receipt under the prepaid model, and only releases the unpaid order under the direct model', async () => {
    const prepaid = await openTestProgramme(service.url);
    const order = orderPlaced(prepaid.programmeId, { passCount: 50, placedAt: '2024-03-01T10:00:00+01:00' });
    await deliver(service, [OrderPlacedV1, order], [OrderActivatedV1, orderActivated(order)], [CreditNoteIssuedV1, creditNoteIssued(order, 20, '2025-01-01T03:00:00+01:00')]);
    const p = await view(prepaid.programmeId);
    expect(p.payments.map((x: { amount: { cents: number } }) => x.amount.cents)).toEqual([52_000]);
    expect(p.lines.CREDIT_NOTES_RECEIVED).toMatchObject({ passes: { cents: 20_000 }, expected: { cents: 20_000 }, funding: { cents: 20_000 }, difference: { cents: 0 } });
    const [receipt] = await service.dataSource.query(`SELECT kind, issued_on::text, budget_year, amount_cents::int FROM receipt WHERE programme_id = $1`, [prepaid.programmeId]);
    expect(receipt).toEqual({ kind: 'CREDIT_NOTE', issued_on: '2025-01-01', budget_year: 2025, amount_cents: 20_000 });

    const direct = await openTestProgramme(service.url, { settlementModel: 'DIRECT' });
    const directOrder = orderPlaced(direct.programmeId, { passCount: 50 });
    await deliver(service, [OrderPlacedV1, directOrder], [OrderActivatedV1, orderActivated(directOrder)], [CreditNoteIssuedV1, creditNoteIssued(directOrder, 20)]);
    const d = await view(direct.programmeId);
    // Only the fee was paid; the unused passes' face value was never paid: nothing comes back.
    expect(d.commitments[0]).toMatchObject({ net: { cents: 32_000 }, paid: { cents: 2_000 }, reductions: [{ amount: { cents: 20_000 }, refunded: { cents: 0 } }] });
    expect(d.lines.CREDIT_NOTES_RECEIVED).toMatchObject({ expected: { cents: 0 }, funding: { cents: 0 }, difference: { cents: 0 } });
    expect(d.reconciliation.reconciled).toBe(true);
  });

  it('counts the places’ statements approved and not yet paid, in whichever order their events arrive', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const first = statementPaid(programmeId);
    const second = statementPaid(programmeId);
    await deliver(service, [StatementApprovedV1, statementApproved(first, '2024-06-05T10:00:00+02:00')], [StatementPaidV2, second]);
    await deliver(service, [StatementApprovedV1, statementApproved(second, '2024-06-05T10:00:00+02:00')]);
    expect((await view(programmeId)).reconciliation.pendingStatementCount).toBe(1);
    await deliver(service, [StatementPaidV2, first]);
    expect((await view(programmeId)).reconciliation.pendingStatementCount).toBe(0);
  });

  it('under the prepaid model, leaves places’ statements to the operator', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const order = orderPlaced(programmeId);
    await deliver(service, [OrderPlacedV1, order], [OrderActivatedV1, orderActivated(order)], [StatementPaidV2, statementPaid(programmeId)]);
    const v = await view(programmeId);
    expect(v.payments).toHaveLength(1);
    expect(v.lines.STATEMENTS_PAID).toMatchObject({ passes: { cents: 3_000 }, expected: { cents: 0 }, funding: { cents: 0 }, eventCount: 1 });
    expect(v.reconciliation.reconciled).toBe(true);
  });

  it('counts passes used from redemptions, net of cancelled ones', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const order = orderPlaced(programmeId);
    const redemptions = [passRedeemed(order), passRedeemed(order), passRedeemed(order, { redeemedAt: '2024-06-03T10:00:00+02:00' })];
    await deliver(
      service,
      ...redemptions.map((r): [typeof PassRedeemedV1, unknown] => [PassRedeemedV1, r]),
      [PassRedemptionCancelledV1, redemptionCancelled(redemptions[0], '2024-05-11T09:00:00+02:00')],
    );
    expect((await view(programmeId)).reconciliation.passesUsed).toBe(2);
  });

  it('keeps facts about a programme it does not know yet, and applies them once the programme is recorded', async () => {
    const programmeId = randomUUID();
    const order = orderPlaced(programmeId);
    await deliver(service, [OrderPlacedV1, order]);
    const [{ status, reason_code }] = await service.dataSource.query(`SELECT status, reason_code FROM passes_fact WHERE order_id = $1`, [order.orderId]);
    expect([status, reason_code]).toEqual(['PENDING', 'PROGRAMME_UNKNOWN']);

    const { deliberation, authorisation } = FOUNDING_DECISION;
    await service.services.programmes.openProgramme({
      ids: { programme: programmeId },
      code: uniqueCode('LATE'),
      name: 'Programme annoncé après ses commandes',
      ownerOrganisationId: randomUUID(),
      perimeter: { level: 'DEPARTEMENT', code: '80' },
      startsOn: '2024-01-01',
      endsOn: '2025-12-31',
      settlementModel: 'PREPAID_OPERATOR',
      deliberation: { ...deliberation, decidedOn: '2024-01-01', vote: { ...deliberation.vote }, decisions: [...deliberation.decisions], cites: [] },
      authorisation: { kind: 'AE', amount: '1000.00', budgetYear: 2024, imputation: { ...authorisation.imputation }, schedule: [{ budgetYear: 2024, amount: '1000.00' }] },
    }, internalReach('test'));
    await service.services.passesLedger.settlePendingFacts(programmeId);
    expect((await view(programmeId)).reconciliation).toMatchObject({ reconciled: true });
  });

  describe('corrections after payment', () => {
    const REASONS = ['Pass présenté par une autre personne que son bénéficiaire', 'Prestation non réalisée'];

    /**
     * One order of 20 passes (200.00 + 8.00 fee) and one place: 5 passes redeemed in May, paid on
     * 12 June 2024 (first); two of them found invalid on 3 July and recovered; 3 passes redeemed in
     * June, paid on 12 February 2025 by a statement that takes the two recoveries back (second:
     * gross 30.00, recovered 20.00, net 10.00).
     */
    async function corrections(settlementModel: 'DIRECT' | 'PREPAID_OPERATOR') {
      const { programmeId } = await openTestProgramme(service.url, { settlementModel });
      const order = orderPlaced(programmeId, { passCount: 20 });
      const place = { placeId: randomUUID(), placeOrganisationId: randomUUID() };
      const redeemed = [
        ...Array.from({ length: 5 }, () => passRedeemed(order, { ...place, redeemedAt: '2024-05-10T14:00:00+02:00' })),
        ...Array.from({ length: 3 }, () => passRedeemed(order, { ...place, redeemedAt: '2024-06-20T14:00:00+02:00' })),
      ];
      const first = statementPaid(programmeId, { ...place, month: '2024-05', passCount: 5, amountCents: 5_000, paidOn: '2024-06-12' });
      const recoveries = [redeemed[1], redeemed[3]].map((r, i) => redemptionRecovered(r, first, { reason: REASONS[i], recoveredAt: '2024-07-03T11:00:00+02:00' }));
      const second = statementPaid(programmeId, { ...place, month: '2024-06', passCount: 3, amountCents: 1_000, paidOn: '2025-02-12', recoveries: recoveries.map(takenBack) });
      const orderEvents: Array<[typeof OrderPlacedV1 | typeof OrderActivatedV1, unknown]> = [
        [OrderPlacedV1, order],
        [OrderActivatedV1, orderActivated(order)],
      ];
      const redemptionEvents = redeemed.map((r): [typeof PassRedeemedV1, unknown] => [PassRedeemedV1, r]);
      const recoveryEvents = recoveries.map((r): [typeof RedemptionRecoveredV1, unknown] => [RedemptionRecoveredV1, r]);
      return { programmeId, place, first, second, recoveries, orderEvents, redemptionEvents, recoveryEvents };
    }

    async function corrected(programmeId: string) {
      const { data, errors } = await callSubgraph(service.url, CORRECTIONS, { id: programmeId }, managerOf(programmeId));
      expect(errors).toBeUndefined();
      const p = data.programme;
      const nodes = (connection: { edges: Array<{ node: any }> }) => connection.edges.map((e) => e.node);
      return {
        commitments: nodes(p.commitments),
        payments: nodes(p.payments),
        receipts: nodes(p.receipts),
        years: p.budget.years,
        reconciliation: p.reconciliation,
        lines: Object.fromEntries(p.reconciliation.lines.map((l: Line) => [l.topic, l])),
      };
    }

    /** What the direct model records of the constructed case, however its events arrived. */
    async function expectDirectFigures(c: Awaited<ReturnType<typeof corrections>>) {
      const v = await corrected(c.programmeId);
      // The commitment stays whole: the recovered passes are back in hand, to be used or credited.
      expect(v.commitments).toEqual([{ net: { cents: 20_800 }, paid: { cents: 6_800 }, reductions: [] }]);
      expect(v.payments.map((p: { paidOn: string; budgetYear: number; amount: { cents: number }; payee: { id: string } | null }) => [p.paidOn, p.budgetYear, p.amount.cents, p.payee?.id ?? null])).toEqual([
        ['2024-04-02', 2024, 800, null],
        ['2024-06-12', 2024, 5_000, c.place.placeOrganisationId],
        // The second statement is paid its gross; what it took back comes in as receipts.
        ['2025-02-12', 2025, 3_000, c.place.placeOrganisationId],
      ]);
      expect([...v.receipts].sort((a: { reason: string }, b: { reason: string }) => a.reason.localeCompare(b.reason))).toEqual(
        [...c.recoveries].sort((a, b) => a.reason.localeCompare(b.reason)).map(({ reason, recoveryId }) => ({
          kind: 'RECOVERY',
          issuedOn: '2025-02-12',
          budgetYear: 2025,
          amount: { cents: 1_000 },
          reason,
          passCount: 1,
          payer: { id: c.place.placeOrganisationId },
          correctedPayment: { paymentOrderNumber: c.first.paymentReference },
          recoveryId,
          source: 'PASSES_EVENT',
        })),
      );
      expect(v.years).toEqual([
        { budgetYear: 2024, payments: { cents: 5_800 }, receipts: { cents: 0 }, net: { cents: 5_800 } },
        { budgetYear: 2025, payments: { cents: 3_000 }, receipts: { cents: 2_000 }, net: { cents: 1_000 } },
      ]);
      expect(v.lines.STATEMENTS_PAID).toMatchObject({ passes: { cents: 8_000 }, expected: { cents: 8_000 }, funding: { cents: 8_000 }, difference: { cents: 0 } });
      expect(v.lines.STATEMENTS_RECOVERED).toMatchObject({ passes: { cents: 2_000 }, expected: { cents: 2_000 }, funding: { cents: 2_000 }, difference: { cents: 0 } });
      // 8 passes redeemed, 2 of them recovered.
      expect(v.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0, pendingRecoveryCount: 0, passesUsed: 6 });
      return v;
    }

    it('under the direct model, pays a statement its gross and takes each recovery back as a receipt correcting the earlier statement’s payment', async () => {
      const c = await corrections('DIRECT');
      await deliver(service, ...c.orderEvents, ...c.redemptionEvents, [StatementPaidV2, c.first]);
      await deliver(service, ...c.recoveryEvents);
      const owed = await corrected(c.programmeId);
      // Recovered, not taken back yet: the passes count as unused from the day of the recovery, and no money has moved.
      expect(owed.reconciliation).toMatchObject({ reconciled: true, pendingRecoveryCount: 2, passesUsed: 6 });
      expect(owed.receipts).toEqual([]);
      const days = await service.dataSource.query(`SELECT day::text, redeemed, cancelled FROM used_pass_day WHERE programme_id = $1 ORDER BY day`, [c.programmeId]);
      expect(days).toEqual([
        { day: '2024-05-10', redeemed: 5, cancelled: 0 },
        { day: '2024-06-20', redeemed: 3, cancelled: 0 },
        { day: '2024-07-03', redeemed: 0, cancelled: 2 },
      ]);

      await deliver(service, [StatementPaidV2, c.second]);
      const v = await expectDirectFigures(c);
      expect(v.lines.STATEMENTS_PAID.eventCount).toBe(2);
    });

    it('under the prepaid model, records nothing of statements nor of what they take back, and still counts the recovered passes out', async () => {
      const c = await corrections('PREPAID_OPERATOR');
      await deliver(service, ...c.orderEvents, ...c.redemptionEvents, [StatementPaidV2, c.first], ...c.recoveryEvents);
      expect((await corrected(c.programmeId)).reconciliation.pendingRecoveryCount).toBe(2);
      await deliver(service, [StatementPaidV2, c.second]);
      const v = await corrected(c.programmeId);
      expect(v.payments.map((p: { amount: { cents: number } }) => p.amount.cents)).toEqual([20_800]);
      expect(v.receipts).toEqual([]);
      expect(v.lines.STATEMENTS_PAID).toMatchObject({ passes: { cents: 8_000 }, expected: { cents: 0 }, funding: { cents: 0 }, difference: { cents: 0 } });
      expect(v.lines.STATEMENTS_RECOVERED).toMatchObject({ passes: { cents: 2_000 }, expected: { cents: 0 }, funding: { cents: 0 }, difference: { cents: 0 } });
      expect(v.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0, pendingRecoveryCount: 0, passesUsed: 6 });
    });

    it('takes recoveries back whatever the order of arrival, and once each however often they are announced', async () => {
      const c = await corrections('DIRECT');
      const secondId = randomUUID();
      const recoveryId = randomUUID();
      // The statement that takes the recoveries back comes first: it waits for the payment it corrects,
      // which waits for its order; the recoveries are announced after they were taken back.
      await deliver(service, [StatementPaidV2, c.second, secondId], [StatementPaidV2, c.first], ...c.redemptionEvents);
      await deliver(service, [RedemptionRecoveredV1, c.recoveries[0], recoveryId], [RedemptionRecoveredV1, c.recoveries[1]]);
      const waiting = await corrected(c.programmeId);
      expect(waiting.reconciliation.unsettledFacts.map((f: { reasonCode: string; amount: { cents: number } }) => [f.reasonCode, f.amount.cents]).sort()).toEqual([
        ['AWAITING_COMMITMENT', 5_000],
        ['AWAITING_PAID_STATEMENT', 3_000],
      ]);
      expect(waiting.reconciliation).toMatchObject({ pendingRecoveryCount: 0, passesUsed: 6 });

      // Both statements are then settled in one transaction: the receipts correct a payment written in it.
      await deliver(service, ...c.orderEvents);
      await expectDirectFigures(c);

      await deliver(service, [StatementPaidV2, c.second, secondId], [StatementPaidV2, c.second], [StatementPaidV2, c.first]);
      await deliver(service, [RedemptionRecoveredV1, c.recoveries[0], recoveryId], [RedemptionRecoveredV1, c.recoveries[0]], [RedemptionRecoveredV1, c.recoveries[1]]);
      await expectDirectFigures(c);
      const [{ n }] = await service.dataSource.query(`SELECT count(*)::int AS n FROM processed_event WHERE event_id = ANY($1)`, [[secondId, recoveryId]]);
      expect(n).toBe(2);
    });

    /** A statement as the consumer of passes.statement.paid.v1 left it before funding took v2: received, waiting for room on the orders. */
    async function paidThroughV1(statement: ReturnType<typeof statementPaid>) {
      const v1 = statementPaidV1(statement);
      await service.dataSource.transaction((manager) => service.services.passesLedgerRepository.recordStatement(manager, v1, 'paid', v1.paidOn));
      await service.dataSource.query(
        `INSERT INTO passes_fact (source_event_id, event_type, fact_key, programme_id, order_id, amount_cents, pass_count, occurred_on, payload, status, received_at)
         VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, 'PENDING', now())`,
        [randomUUID(), StatementPaidV1.type, `statement-paid:${v1.statementId}`, v1.programmeId, v1.amountCents, v1.passCount, v1.paidOn, JSON.stringify(v1)],
      );
      await service.services.passesLedger.settlePendingFacts(v1.programmeId);
    }

    it('never counts a statement twice when its payment was recorded from v1 before v2 arrives, and still takes its recoveries back', async () => {
      const c = await corrections('DIRECT');
      await deliver(service, ...c.orderEvents, ...c.redemptionEvents, ...c.recoveryEvents);
      // Both statements were paid through v1 (the second with its net only, 10.00), then v2 of each is delivered.
      await paidThroughV1(c.first);
      await paidThroughV1(c.second);
      const fromV1 = await corrected(c.programmeId);
      expect(fromV1.payments.map((p: { amount: { cents: number } }) => p.amount.cents)).toEqual([800, 5_000, 1_000]);
      expect(fromV1.reconciliation.pendingRecoveryCount).toBe(2);

      await deliver(service, [StatementPaidV2, c.first], [StatementPaidV2, c.second]);
      const v = await corrected(c.programmeId);
      // v2 adds to the second statement what v1 left out — the 20.00 taken back, paid and received — and nothing to the first.
      expect(v.payments.map((p: { paidOn: string; amount: { cents: number } }) => `${p.paidOn} ${p.amount.cents}`).sort()).toEqual([
        '2024-04-02 800',
        '2024-06-12 5000',
        '2025-02-12 1000',
        '2025-02-12 2000',
      ]);
      expect(v.receipts.map((r: { amount: { cents: number }; correctedPayment: { paymentOrderNumber: string } }) => [r.amount.cents, r.correctedPayment.paymentOrderNumber])).toEqual([
        [1_000, c.first.paymentReference],
        [1_000, c.first.paymentReference],
      ]);
      expect(v.commitments).toEqual([{ net: { cents: 20_800 }, paid: { cents: 6_800 }, reductions: [] }]);
      expect(v.years[1]).toEqual({ budgetYear: 2025, payments: { cents: 3_000 }, receipts: { cents: 2_000 }, net: { cents: 1_000 } });
      expect(v.lines.STATEMENTS_PAID).toMatchObject({ passes: { cents: 8_000 }, funding: { cents: 8_000 }, difference: { cents: 0 }, eventCount: 4 });
      expect(v.lines.STATEMENTS_RECOVERED).toMatchObject({ passes: { cents: 2_000 }, funding: { cents: 2_000 }, difference: { cents: 0 } });
      expect(v.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0, pendingRecoveryCount: 0, passesUsed: 6 });
      const facts = await service.dataSource.query(`SELECT event_type, fact_key, status, reason_code FROM passes_fact WHERE programme_id = $1 AND event_type LIKE 'passes.statement.paid.%' ORDER BY received_at, fact_key`, [c.programmeId]);
      expect(facts.map((f: { event_type: string; fact_key: string; status: string; reason_code: string | null }) => [f.event_type, f.fact_key.split(':')[0], f.status, f.reason_code])).toEqual([
        [StatementPaidV1.type, 'statement-paid', 'APPLIED', null],
        [StatementPaidV1.type, 'statement-paid', 'APPLIED', null],
        [StatementPaidV2.type, 'statement-recoveries', 'IGNORED', 'NOTHING_TO_PAY'],
        [StatementPaidV2.type, 'statement-recoveries', 'APPLIED', null],
      ]);
    });

    it('splits a recovery over the parts of the payment it corrects only when no part can take it whole', async () => {
      const { programmeId } = await openTestProgramme(service.url, { settlementModel: 'DIRECT' });
      // Two orders not activated yet: their fees stay reserved, so they take 30.00 and 100.00 of statements.
      const small = orderPlaced(programmeId, { passCount: 3, placedAt: '2024-02-01T10:00:00+01:00' });
      const large = orderPlaced(programmeId, { passCount: 10, placedAt: '2024-03-01T10:00:00+01:00' });
      const first = statementPaid(programmeId, { amountCents: 4_500, paidOn: '2024-06-12' }); // 30.00 on the small order, 15.00 on the large one
      const recovery = (amountCents: number) => ({ ...takenBack(redemptionRecovered(passRedeemed(small), first)), amountCents });
      const recoveries = [recovery(1_000), recovery(1_000), recovery(2_500)];
      const second = statementPaid(programmeId, { amountCents: 0, paidOn: '2024-08-12', recoveries });
      await deliver(service, [OrderPlacedV1, small], [OrderPlacedV1, large], [StatementPaidV2, first], [StatementPaidV2, second]);
      const v = await corrected(programmeId);
      const parts = await service.dataSource.query(
        `SELECT x.recovery_id, x.amount_cents::int AS amount, x.pass_count, p.amount_cents::int AS corrected FROM receipt x JOIN payment p ON p.id = x.corrected_payment_id WHERE x.programme_id = $1`,
        [programmeId],
      );
      // The first two fit whole on the small order's 30.00; the third (25.00) finds 10.00 left there and 15.00 on the large order.
      // Each part as "recovery: amount, pass count, the corrected payment's amount".
      const described = parts.map((r: { recovery_id: string; amount: number; pass_count: number; corrected: number }) => `${recoveries.findIndex((x) => x.recoveryId === r.recovery_id)}: ${r.amount} ${r.pass_count} ${r.corrected}`);
      expect(described.sort()).toEqual(['0: 1000 1 3000', '1: 1000 1 3000', '2: 1000 1 3000', '2: 1500 0 1500']);
      expect(v.lines.STATEMENTS_RECOVERED).toMatchObject({ passes: { cents: 4_500 }, funding: { cents: 4_500 }, difference: { cents: 0 } });
      expect(v.reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0 });
    });

    it('refuses, and shows, a recovery larger than what the statement it corrects was paid, writing nothing of its statement', async () => {
      const c = await corrections('DIRECT');
      const tooMuch = { ...takenBack(c.recoveries[0]), amountCents: 6_000 };
      const second = statementPaid(c.programmeId, { ...c.place, month: '2024-06', amountCents: 1_000, paidOn: '2025-02-12', recoveries: [tooMuch] });
      await deliver(service, ...c.orderEvents, [StatementPaidV2, c.first], [StatementPaidV2, second]);
      const v = await corrected(c.programmeId);
      expect(v.payments).toHaveLength(2);
      expect(v.receipts).toEqual([]);
      expect(v.reconciliation.unsettledFacts).toEqual([{ eventType: StatementPaidV2.type, status: 'REFUSED', reasonCode: 'RECOVERY_EXCEEDS_PAYMENT', amount: { cents: 7_000 } }]);
      expect(v.lines.STATEMENTS_PAID).toMatchObject({ passes: { cents: 12_000 }, funding: { cents: 5_000 }, difference: { cents: -7_000 } });
      expect(v.lines.STATEMENTS_RECOVERED).toMatchObject({ passes: { cents: 6_000 }, funding: { cents: 0 }, difference: { cents: -6_000 } });
      expect(v.reconciliation.reconciled).toBe(false);
    });
  });
});
