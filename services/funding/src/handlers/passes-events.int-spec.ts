// Integration: the passes service's money events, consumed from a real JetStream into a real
// PostgreSQL, become commitments, payments and reductions — once each, in any arrival order.
import { randomUUID } from 'node:crypto';
import { FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { internalReach } from '@pass-numerique/service-kit';
import { callSubgraph, deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
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
  statementApproved,
  StatementApprovedV1,
  statementPaid,
  StatementPaidV1,
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

type Line = { topic: string; passes: { cents: number }; expected: { cents: number }; funding: { cents: number }; difference: { cents: number }; eventCount: number };

describe('passes events → commitments and payments', () => {
  const config = { ...testServiceConfig('funding', { logLevel: 'error' }), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startFundingService>>;

  beforeAll(async () => {
    service = await startFundingService(config);
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

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
    await deliver(service, [OrderPlacedV1, first], [StatementPaidV1, early]);
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
    await deliver(service, [StatementApprovedV1, statementApproved(first, '2024-06-05T10:00:00+02:00')], [StatementPaidV1, second]);
    await deliver(service, [StatementApprovedV1, statementApproved(second, '2024-06-05T10:00:00+02:00')]);
    expect((await view(programmeId)).reconciliation.pendingStatementCount).toBe(1);
    await deliver(service, [StatementPaidV1, first]);
    expect((await view(programmeId)).reconciliation.pendingStatementCount).toBe(0);
  });

  it('under the prepaid model, leaves places’ statements to the operator', async () => {
    const { programmeId } = await openTestProgramme(service.url);
    const order = orderPlaced(programmeId);
    await deliver(service, [OrderPlacedV1, order], [OrderActivatedV1, orderActivated(order)], [StatementPaidV1, statementPaid(programmeId)]);
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
});
