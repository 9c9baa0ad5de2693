// Integration: the demo programme's budget view — the founding decision, funding's demo plan and
// engineering contract, and a simulated history of the passes service's events shaped like its
// demo (one order of the 68,750 passes with the 4 % fee placed 17 Feb 2020 and activated 16 Mar
// 2020, some redemptions, credit notes from two expiry runs) — served as the gateway would ask for it.
import { FOUNDING_DECISION, FUNDING_DEMO, FUNDING_DEMO_IDS } from '@pass-numerique/demo-programme';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { caller, callSubgraph, deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import {
  creditNoteIssued,
  CreditNoteIssuedV1,
  deliver,
  orderActivated,
  OrderActivatedV1,
  orderPlaced,
  OrderPlacedV1,
  passRedeemed,
  PassRedeemedV1,
  redemptionCancelled,
  PassRedemptionCancelledV1,
} from '../testing/funding-test-kit';

const BUDGET = `query($id: ID!, $asOf: Date) { programme(id: $id) { budget(asOf: $asOf) {
  asOf settlementModel authorised { amount } committed { amount } paid { amount } remaining { amount } toPay { amount } passesUsed
  years { budgetYear status planned { amount } actual { amount } forecast { amount } }
  forecast { daysElapsed dailyPace { amount } lastScheduledYear unpaidAtScheduleEnd { amount } }
  claims { coFunder { id displayName rule ratePercent status } base { amount } entitlement { amount } received { amount } owed { amount }
    evidence { passesUsed usedFaceValue { amount } usedFee { amount } usedPassesByMonth { month used }
      payments(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { paymentOrderNumber paidOn invoiceReference amount { amount } } } }
      refunds { reference refunded { amount } } } }
} } }`;
const CSV = `query($id: ID!, $asOf: Date) { programme(id: $id) { budget(asOf: $asOf) { claims { coFunder { rule } csv } } } }`;
const RECONCILIATION = `query($id: ID!) { passesReconciliation(programmeId: $id) { reconciled unsettledCount passesUsed programme { code }
  lines { topic passes { amount } expected { amount } funding { amount } difference { cents } eventCount } } }`;

const programmeId = FOUNDING_DECISION.programme.id;
/** The programme's finance officer: its figures are theirs to read. */
const finance = caller('finance_officer', { programmeId });
type Claim = { coFunder: { id: string; rule: string }; [k: string]: unknown };

describe('the demo programme’s budget, claims and reconciliation', () => {
  const config = { ...testServiceConfig('funding', { logLevel: 'error' }), loadDemoData: true };
  let service: Awaited<ReturnType<typeof startFundingService>>;

  beforeAll(async () => {
    service = await startFundingService(config);
    // The passes service's demo: 68,750 passes of 10.00 with the 4 % fee (687,500 + 27,500).
    const order = orderPlaced(programmeId, { passCount: 68_750, bookletCount: 6_875, placedAt: '2020-02-17T10:00:00+01:00' });
    const redemptions = [
      passRedeemed(order, { redeemedAt: '2020-05-12T10:00:00+02:00' }),
      passRedeemed(order, { redeemedAt: '2020-05-20T10:00:00+02:00' }),
      passRedeemed(order, { redeemedAt: '2020-11-03T10:00:00+01:00' }),
      passRedeemed(order, { redeemedAt: '2021-03-15T10:00:00+01:00' }),
      passRedeemed(order, { redeemedAt: '2021-03-16T10:00:00+01:00' }),
      passRedeemed(order, { redeemedAt: '2021-10-01T10:00:00+02:00' }),
    ];
    await deliver(
      service,
      [OrderPlacedV1, order],
      [OrderActivatedV1, orderActivated(order, { paymentOrderNumber: 'MANDAT-2020-008412', activatedAt: '2020-03-16T10:00:00+01:00' })],
      ...redemptions.map((r): [typeof PassRedeemedV1, unknown] => [PassRedeemedV1, r]),
      [PassRedemptionCancelledV1, redemptionCancelled(redemptions[5], '2021-10-02T10:00:00+02:00')],
      [CreditNoteIssuedV1, creditNoteIssued(order, 10_000, '2021-07-01T03:00:00+02:00')],
      [CreditNoteIssuedV1, creditNoteIssued(order, 20_000, '2022-01-01T03:00:00+01:00')],
    );
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it('shows authorised / committed / paid / remaining and 2020–2022 planned against actual', async () => {
    const { data, errors } = await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2022-12-31' }, finance);
    expect(errors).toBeUndefined();
    const budget = data.programme.budget;
    // The pass order (715,000: face value + 4 %) and engineering (48,900) fill the 763,900
    // envelope; the credit notes give back 300,000 of prepaid face value for unused passes.
    expect(budget).toMatchObject({
      asOf: '2022-12-31',
      settlementModel: 'PREPAID_OPERATOR',
      authorised: { amount: '763900.00' },
      committed: { amount: '463900.00' },
      paid: { amount: '463900.00' },
      remaining: { amount: '300000.00' },
      toPay: { amount: '0.00' },
      passesUsed: 5,
    });
    expect(budget.years).toEqual([
      { budgetYear: 2020, status: 'CLOSED', planned: { amount: '244450.00' }, actual: { amount: '739450.00' }, forecast: null },
      { budgetYear: 2021, status: 'CLOSED', planned: { amount: '427780.00' }, actual: { amount: '-80440.00' }, forecast: null },
      { budgetYear: 2022, status: 'CURRENT', planned: { amount: '91670.00' }, actual: { amount: '-195110.00' }, forecast: { amount: '-195110.00' } },
    ]);
  });

  it('forecasts the remaining years from the current pace, never beyond the authorisation', async () => {
    const { data } = await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2021-06-30' }, finance);
    const budget = data.programme.budget;
    // By 30 June 2021: 751,675.00 paid over 547 days; at that pace the rest of 2021 would pay more
    // than the 12,225.00 the authorisation leaves, so the forecast stops there: 12,225 + 12,225.
    expect(budget.paid).toEqual({ amount: '751675.00' });
    expect(budget.forecast).toEqual({ daysElapsed: 547, dailyPace: { amount: '1374.18' }, lastScheduledYear: 2022, unpaidAtScheduleEnd: { amount: '0.00' } });
    expect(budget.years.map((y: { budgetYear: number; status: string; forecast: { amount: string } | null }) => [y.budgetYear, y.status, y.forecast?.amount ?? null])).toEqual([
      [2020, 'CLOSED', null],
      [2021, 'CURRENT', '24450.00'],
      [2022, 'FUTURE', '0.00'],
    ]);
  });

  it('tells what each co-funder owes now, with its evidence', async () => {
    const { data } = await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2022-12-31' }, finance);
    const claims = Object.fromEntries(data.programme.budget.claims.map((c: Claim) => [c.coFunder.rule, c]));
    // State: 50 % of the purchase of the 5 passes used: 50.00 face value + 2.00 of their order's 4 % fee.
    expect(claims.USED_PASSES_SHARE).toMatchObject({
      coFunder: { id: FUNDING_DEMO_IDS.stateCoFunder, ratePercent: '50.00', status: 'SIGNED' },
      base: { amount: '52.00' },
      entitlement: { amount: '26.00' },
      owed: { amount: '26.00' },
      evidence: { passesUsed: 5, usedFaceValue: { amount: '50.00' }, usedFee: { amount: '2.00' }, refunds: [] },
    });
    expect(claims.USED_PASSES_SHARE.evidence.usedPassesByMonth).toEqual([
      { month: '2020-05', used: 2 },
      { month: '2020-11', used: 1 },
      { month: '2021-03', used: 2 },
      { month: '2021-10', used: 0 },
    ]);
    expect(claims.USED_PASSES_SHARE.evidence.payments.totalCount).toBe(1);
    // FEDER: 16.36 % of eligible expenses paid — the activation and the eligible engineering
    // invoices (one launch event is not eligible), less the eligible refunds.
    expect(claims.ELIGIBLE_PAID_RATE).toMatchObject({
      base: { amount: '456565.00' },
      entitlement: { amount: '74694.03' },
      received: { amount: '0.00' },
      owed: { amount: '74694.03' },
      evidence: { refunds: [{ refunded: { amount: '100000.00' } }, { refunded: { amount: '200000.00' } }] },
    });
    const payments = claims.ELIGIBLE_PAID_RATE.evidence.payments;
    expect(payments.totalCount).toBe(5);
    expect(payments.pageInfo.hasNextPage).toBe(true);
    expect(payments.edges.map((e: { node: { paymentOrderNumber: string } }) => e.node.paymentOrderNumber)).toEqual(['MANDAT-2020-008412', '2020-004512', '2020-009876']);
    // The Region carries the rest of what was paid.
    expect(claims.REMAINDER).toMatchObject({ base: { amount: '463900.00' }, entitlement: { amount: '389179.97' } });
  });

  it('exports a claim as CSV with its evidence', async () => {
    const { data } = await callSubgraph(service.url, CSV, { id: programmeId, asOf: '2022-12-31' }, finance);
    const feder = data.programme.budget.claims.find((c: Claim) => c.coFunder.rule === 'ELIGIBLE_PAID_RATE').csv as string;
    const lines = feder.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,item,date,budget_year,reference,invoice_reference,pass_count,amount_eur');
    expect(lines).toContain('summary,rule,,,ELIGIBLE_PAID_RATE 16.36 %,,,');
    expect(lines).toContain('summary,owed,,,,,,74694.03');
    expect(lines).toContain(`payment,2020-004512,2020-07-15,2020,${FUNDING_DEMO.engineering.commitment.reference},FA-2020-0611,,14670.00`);
    expect(lines.filter((l) => l.startsWith('payment,'))).toHaveLength(5);
    expect(lines.filter((l) => l.startsWith('refund,'))).toEqual([
      expect.stringMatching(/^refund,Avoir [0-9a-f-]+,2021-07-01,2021,,,10000,-100000\.00$/),
      expect.stringMatching(/^refund,Avoir [0-9a-f-]+,2022-01-01,2022,,,20000,-200000\.00$/),
    ]);
    const state = data.programme.budget.claims.find((c: Claim) => c.coFunder.rule === 'USED_PASSES_SHARE').csv as string;
    expect(state).toContain('passes_used,2020-05,,,,,2,20.00');
  });

  it('reconciles to zero with the passes service’s totals', async () => {
    const { data, errors } = await callSubgraph(service.url, RECONCILIATION, { id: programmeId }, finance);
    expect(errors).toBeUndefined();
    const reconciliation = data.passesReconciliation;
    expect(reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0, passesUsed: 5, programme: { code: FOUNDING_DECISION.programme.code } });
    expect(reconciliation.lines.map((l: { topic: string; passes: { amount: string }; difference: { cents: number }; eventCount: number }) => [l.topic, l.passes.amount, l.difference.cents, l.eventCount])).toEqual([
      ['ORDERS_COMMITTED', '715000.00', 0, 1],
      ['ACTIVATIONS_PAID', '715000.00', 0, 1],
      ['STATEMENTS_PAID', '0.00', 0, 0],
      ['CREDIT_NOTES_REDUCED', '300000.00', 0, 2],
    ]);
  });

  it('loads the funding plan and the engineering contract once, however often the service starts', async () => {
    const again = await startFundingService({ ...config, port: 0 });
    await again.stop();
    const count = async (sql: string) => (await service.dataSource.query(sql, [programmeId]))[0].n as number;
    expect(await count(`SELECT count(*)::int AS n FROM co_funder WHERE programme_id = $1`)).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM commitment WHERE programme_id = $1 AND kind = 'ENGINEERING'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM payment WHERE programme_id = $1 AND commitment_id = '${FUNDING_DEMO_IDS.engineeringCommitment}'`)).toBe(5);
  });

  it('shows funding figures to funding readers of the programme only', async () => {
    const refused = await callSubgraph(service.url, BUDGET, { id: programmeId }, ANONYMOUS);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data.programme.budget).toBeNull();
    const auditor = caller('funder_auditor', { programmeId });
    expect((await callSubgraph(service.url, RECONCILIATION, { id: programmeId }, auditor)).data.passesReconciliation.reconciled).toBe(true);
    expect((await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2022-12-31' }, auditor)).data.programme.budget.paid).toEqual({ amount: '463900.00' });
  });
});
