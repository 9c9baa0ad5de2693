// Integration: commitments and payments on a real PostgreSQL, called as the gateway would.
// The ceilings hold under concurrency: many writers at once, each alone within the ceiling,
// together above it — exactly those that fit are accepted.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import { managerOf, openTestProgramme } from '../testing/funding-test-kit';

const COMMIT = `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) {
  id kind amount { cents } faceValue { cents } fee { cents } net { cents } paid { cents } toPay { cents } source authorisation { id } } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id amount { cents } budgetYear federEligible source commitment { id paid { cents } } } }`;
const REDUCE = `mutation($input: RecordCommitmentReductionInput!) { recordCommitmentReduction(input: $input) { amount { cents } refunded { cents } federEligible } }`;
const RECEIPT = `mutation($input: RecordReceiptInput!) { recordReceipt(input: $input) {
  kind titleNumber budgetYear amount { cents } federEligible reason payerName source correctedPayment { id } reduction { amount { cents } } } }`;
const COMMITMENT = `query($id: ID!) { commitment(id: $id) { net { cents } reduced { cents } paymentTotal { cents } receiptTotal { cents } paid { cents } toPay { cents }
  reductions { amount { cents } refunded { cents } } payments(first: 10) { totalCount edges { node { paymentOrderNumber amount { cents } } } } } }`;
const SETTLEMENT = `mutation($input: ChangeSettlementModelInput!) { changeSettlementModel(input: $input) { settlementModel } }`;

function engineering(authorisationId: string, amount: string, overrides: Record<string, unknown> = {}) {
  return { authorisationId, kind: 'ENGINEERING', reference: 'Marché 2024-01', committedOn: '2024-02-01', amount, ...overrides };
}

function payment(commitmentId: string, amount: string, overrides: Record<string, unknown> = {}) {
  return { commitmentId, paymentOrderNumber: `2024-${Math.random().toString().slice(2, 8)}`, paidOn: '2024-03-15', federEligible: true, invoiceReference: 'FA-1', amount, ...overrides };
}

describe('commitments and payments', () => {
  const { service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: false });

  /** Opens a test programme and calls as its manager. */
  const openProgramme = async () => {
    const opened = await openTestProgramme(service.url);
    const manager = managerOf(opened.programmeId);
    return { ...opened, call: (query: string, variables: Record<string, unknown>) => callSubgraph(service.url, query, variables, manager) };
  };

  const count = async (table: string, programmeId: string) =>
    (await service.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE programme_id = $1`, [programmeId]))[0].n as number;

  it('records a pass order as face value plus fee, and refuses an amount that is not their sum', async () => {
    const { authorisationId, call } = await openProgramme();
    const input = { authorisationId, kind: 'PASS_ORDER', reference: 'Commande 1', committedOn: '2024-02-01', faceValue: '500.00', fee: '20.00', passCount: 50 };
    const { data, errors } = await call(COMMIT, { input });
    expect(errors).toBeUndefined();
    expect(data.recordCommitment).toMatchObject({ kind: 'PASS_ORDER', amount: { cents: 52_000 }, faceValue: { cents: 50_000 }, fee: { cents: 2_000 }, net: { cents: 52_000 }, toPay: { cents: 52_000 }, source: 'MANUAL' });
    const mismatch = await call(COMMIT, { input: { ...input, amount: '500.00' } });
    expect(mismatch.errors?.[0].extensions).toMatchObject({ code: 'PASS_ORDER_AMOUNT_MISMATCH', field: 'amount', expectedCents: 52_000 });
  });

  it('refuses a commitment beyond the authorisation, naming the rule, and writes nothing', async () => {
    const { programmeId, authorisationId, call } = await openProgramme();
    expect((await call(COMMIT, { input: engineering(authorisationId, '700.00') })).errors).toBeUndefined();
    const { errors } = await call(COMMIT, { input: engineering(authorisationId, '300.01') });
    expect(errors?.[0].extensions).toMatchObject({ code: 'COMMITMENTS_EXCEED_AUTHORISATION', field: 'amount', remainingCents: 30_000 });
    expect(await count('commitment', programmeId)).toBe(1);
    expect((await call(COMMIT, { input: engineering(authorisationId, '300.00') })).errors).toBeUndefined();
  });

  it('keeps commitments within the authorisation when many are recorded at once', async () => {
    const { programmeId, authorisationId, call } = await openProgramme();
    // Twelve commitments of 100.00 against 1,000.00: each fits alone, ten fit together.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call(COMMIT, { input: engineering(authorisationId, '100.00', { reference: `Lot ${i}` }) })),
    );
    const refused = results.filter((r) => r.errors);
    expect(results.length - refused.length).toBe(10);
    expect(refused.every((r) => r.errors?.[0].extensions?.code === 'COMMITMENTS_EXCEED_AUTHORISATION')).toBe(true);
    const [{ total }] = await service.dataSource.query(`SELECT sum(amount_cents)::int AS total FROM commitment WHERE programme_id = $1`, [programmeId]);
    expect(total).toBe(100_000);
  });

  it('keeps payments within the commitment when many are recorded at once', async () => {
    const { authorisationId, call } = await openProgramme();
    const commitment = (await call(COMMIT, { input: engineering(authorisationId, '250.00') })).data.recordCommitment;
    const results = await Promise.all(Array.from({ length: 8 }, () => call(PAY, { input: payment(commitment.id, '50.00') })));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    expect(results.filter((r) => r.errors).every((r) => r.errors?.[0].extensions?.code === 'PAYMENTS_EXCEED_COMMITMENT')).toBe(true);
    const { data } = await call(COMMITMENT, { id: commitment.id });
    expect(data.commitment).toMatchObject({ paid: { cents: 25_000 }, toPay: { cents: 0 } });
    expect(data.commitment.payments.totalCount).toBe(5);
  });

  it('refuses a payment before its commitment, and a budget year that is not the payment date’s', async () => {
    const { authorisationId, call } = await openProgramme();
    const commitment = (await call(COMMIT, { input: engineering(authorisationId, '100.00') })).data.recordCommitment;
    const early = await call(PAY, { input: payment(commitment.id, '10.00', { paidOn: '2024-01-20' }) });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'PAYMENT_BEFORE_COMMITMENT', field: 'paidOn' });
    const wrongYear = await call(PAY, { input: payment(commitment.id, '10.00', { paidOn: '2024-03-15', budgetYear: 2023 }) });
    expect(wrongYear.errors?.[0].extensions).toMatchObject({ code: 'BUDGET_YEAR_MISMATCH', field: 'budgetYear' });
    // January's complementary day: a payment order of 20 January may still be charged to the year before.
    const late = await call(PAY, { input: payment(commitment.id, '10.00', { paidOn: '2025-01-20', budgetYear: 2024 }) });
    expect(late.data?.recordPayment.budgetYear).toBe(2024);
  });

  it('refuses a commitment dated before the deliberation that authorised it', async () => {
    const { authorisationId, call } = await openProgramme();
    const { errors } = await call(COMMIT, { input: engineering(authorisationId, '10.00', { committedOn: '2024-01-14' }) });
    expect(errors?.[0].extensions).toMatchObject({ code: 'COMMITMENT_BEFORE_DECISION', field: 'committedOn' });
  });

  it('reduces a commitment by what is still unpaid only: money already paid comes back as a receipt', async () => {
    const { programmeId, authorisationId, call } = await openProgramme();
    const commitment = (await call(COMMIT, { input: engineering(authorisationId, '100.00') })).data.recordCommitment;
    await call(PAY, { input: payment(commitment.id, '80.00') });
    const reduce = (amount: string) => call(REDUCE, { input: { commitmentId: commitment.id, amount, reducedOn: '2024-06-01', reference: 'Avenant 1' } });
    const refused = await reduce('30.00');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'REDUCTION_EXCEEDS_UNPAID', field: 'amount', unpaidCents: 2_000 });
    expect(await count('commitment_reduction', programmeId)).toBe(0);
    expect((await reduce('20.00')).data.recordCommitmentReduction).toEqual({ amount: { cents: 2_000 }, refunded: { cents: 0 }, federEligible: true });
    expect((await reduce('0.01')).errors?.[0].extensions).toMatchObject({ code: 'REDUCTION_EXCEEDS_UNPAID', unpaidCents: 0 });
    // The operator gives 10.00 back for that part of the contract: a receipt, and the commitment goes down with it.
    const { data, errors } = await call(RECEIPT, {
      input: { commitmentId: commitment.id, kind: 'CREDIT_NOTE', titleNumber: 'T-2024-118', issuedOn: '2024-06-10', amount: '10.00', reference: 'Avoir 7', releasesCommitment: true },
    });
    expect(errors).toBeUndefined();
    expect(data.recordReceipt).toMatchObject({ kind: 'CREDIT_NOTE', titleNumber: 'T-2024-118', budgetYear: 2024, amount: { cents: 1_000 }, federEligible: true, source: 'MANUAL', reduction: { amount: { cents: 1_000 } } });
    const after = (await call(COMMITMENT, { id: commitment.id })).data.commitment;
    expect(after).toMatchObject({ net: { cents: 7_000 }, reduced: { cents: 3_000 }, paymentTotal: { cents: 8_000 }, receiptTotal: { cents: 1_000 }, paid: { cents: 7_000 }, toPay: { cents: 0 } });
    expect(after.payments.edges.map((e: { node: { amount: { cents: number } } }) => e.node.amount.cents)).toEqual([8_000]);
  });

  it('records receipts within what was paid, after it was paid, a recovery with its reason, a correction naming its payment', async () => {
    const { programmeId, authorisationId, call } = await openProgramme();
    const commitment = (await call(COMMIT, { input: engineering(authorisationId, '100.00') })).data.recordCommitment;
    const paid = (await call(PAY, { input: payment(commitment.id, '60.00', { paidOn: '2024-03-15' }) })).data.recordPayment;
    const other = (await call(COMMIT, { input: engineering(authorisationId, '10.00', { reference: 'Autre marché' }) })).data.recordCommitment;
    const otherPayment = (await call(PAY, { input: payment(other.id, '10.00') })).data.recordPayment;
    const receipt = (overrides: Record<string, unknown>) =>
      call(RECEIPT, { input: { commitmentId: commitment.id, kind: 'RECOVERY', issuedOn: '2024-09-01', amount: '5.00', reference: 'Décision 12', reason: 'Prestation non réalisée', ...overrides } });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ amount: '60.01' }, 'RECEIPTS_EXCEED_PAYMENTS', 'amount'],
      [{ issuedOn: '2024-03-14' }, 'RECEIPT_BEFORE_PAYMENT', 'issuedOn'],
      [{ reason: '  ' }, 'REASON_REQUIRED', 'reason'],
      [{ correctsPaymentId: otherPayment.id }, 'CORRECTED_PAYMENT_NOT_OF_COMMITMENT', 'correctsPaymentId'],
      [{ issuedOn: '2024-09-01', budgetYear: 2023 }, 'BUDGET_YEAR_MISMATCH', 'budgetYear'],
      [{ amount: '0' }, 'INVALID_AMOUNT', 'amount'],
    ];
    for (const [overrides, code, field] of cases) {
      expect({ overrides, ...(await receipt(overrides)).errors?.[0].extensions }).toMatchObject({ code, field });
    }
    expect(await count('receipt', programmeId)).toBe(0);
    // A place's redemption found invalid after its statement was paid: recovered with the reason, the commitment left whole.
    const recovered = await receipt({ correctsPaymentId: paid.id, payerName: 'Médiathèque de Péronne', issuedOn: '2025-01-20', budgetYear: 2025 });
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data.recordReceipt).toMatchObject({ kind: 'RECOVERY', budgetYear: 2025, reason: 'Prestation non réalisée', payerName: 'Médiathèque de Péronne', correctedPayment: { id: paid.id }, reduction: null });
    expect((await call(COMMITMENT, { id: commitment.id })).data.commitment).toMatchObject({ net: { cents: 10_000 }, paid: { cents: 5_500 }, toPay: { cents: 4_500 } });
    // What came back may be paid again, within the commitment.
    expect((await call(PAY, { input: payment(commitment.id, '45.00', { paidOn: '2025-02-10' }) })).errors).toBeUndefined();
    expect((await call(PAY, { input: payment(commitment.id, '0.01', { paidOn: '2025-02-10' }) })).errors?.[0].extensions?.code).toBe('PAYMENTS_EXCEED_COMMITMENT');
  });

  it('changes the settlement model only while the programme has no commitment', async () => {
    const { programmeId, authorisationId, call } = await openProgramme();
    const change = (settlementModel: string) => call(SETTLEMENT, { input: { programmeId, settlementModel } });
    expect((await change('DIRECT')).data.changeSettlementModel).toEqual({ settlementModel: 'DIRECT' });
    await call(COMMIT, { input: engineering(authorisationId, '10.00') });
    const { errors } = await change('PREPAID_OPERATOR');
    expect(errors?.[0].extensions).toMatchObject({ code: 'SETTLEMENT_MODEL_LOCKED', field: 'settlementModel', commitmentCount: 1 });
    const [{ settlement_model }] = await service.dataSource.query(`SELECT settlement_model FROM programme WHERE id = $1`, [programmeId]);
    expect(settlement_model).toBe('DIRECT');
  });

  it('lets only finance roles write, and only funding readers see commitments', async () => {
    const { programmeId, authorisationId } = await openProgramme();
    const auditor = caller('funder_auditor', { programmeId });
    expect((await callSubgraph(service.url, COMMIT, { input: engineering(authorisationId, '10.00') }, auditor)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const finance = caller('finance_officer', { programmeId });
    const { data } = await callSubgraph(service.url, COMMIT, { input: engineering(authorisationId, '10.00') }, finance);
    expect((await callSubgraph(service.url, COMMITMENT, { id: data.recordCommitment.id }, auditor)).data.commitment.net.cents).toBe(1_000);
    const place = caller('place', { organisationId: randomUUID() });
    expect((await callSubgraph(service.url, COMMITMENT, { id: data.recordCommitment.id }, place)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(service.url, SETTLEMENT, { input: { programmeId, settlementModel: 'DIRECT' } }, finance)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses malformed input with the field at fault', async () => {
    const { authorisationId, call } = await openProgramme();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [engineering(authorisationId, '10.001'), 'INVALID_AMOUNT', 'amount'],
      [engineering(authorisationId, '0'), 'INVALID_AMOUNT', 'amount'],
      [engineering(authorisationId, '10.00', { faceValue: '10.00' }), 'BAD_USER_INPUT', 'faceValue'],
      [engineering(authorisationId, '10.00', { reference: '  ' }), 'BAD_USER_INPUT', 'reference'],
      [engineering('not-an-id', '10.00'), 'INVALID_ID', 'authorisationId'],
    ];
    for (const [input, code, field] of cases) {
      const { errors } = await call(COMMIT, { input });
      expect({ input, ...errors?.[0].extensions }).toMatchObject({ code, field });
    }
  });
});
