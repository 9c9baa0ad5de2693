// Integration: the demo programme's budget view — the founding decision, funding's demo plan, the
// State's convention and what it paid, the engineering contract, and a simulated history of the
// passes service's events shaped as its demo must be (the tranches of DEMO_PASS_ORDER_TRANCHES
// with the 4 % fee, some redemptions, credit notes from two expiry runs) — served as the gateway
// would ask for it. The history is checked against the voted schedule, year by year.
import { DEMO_PARTNER_IDS, DEMO_PASS_ORDER_TRANCHES, FOUNDING_DECISION, FUNDING_DEMO, FUNDING_DEMO_IDS, trancheCents } from '@pass-numerique/demo-programme';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
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
  statementApproved,
  StatementApprovedV1,
  statementPaid,
  StatementPaidV2,
} from '../testing/funding-test-kit';

const BUDGET = `query($id: ID!, $asOf: Date) { programme(id: $id) { budget(asOf: $asOf) {
  asOf settlementModel status authorised { amount } committed { amount } payments { amount } receipts { amount } paid { amount } released { amount } remaining { amount } toPay { amount } passesUsed
  years { budgetYear status planned { amount } payments { amount } receipts { amount } net { amount } forecast { amount } }
  forecast { daysElapsed dailyPace { amount } lastScheduledYear unpaidAtScheduleEnd { amount } }
  claims { coFunder { id displayName rule ratePercent rounding status share { amount { amount } of { amount } } convention { base { amount } signedOn advanceRateBasisPoints instalmentCeilingBasisPoints } }
    base { amount } entitlement { amount } received { amount } claimed { amount } owed { amount } claimableNow { amount } toRepay { amount } explanation
    grant { stage grant { amount } base { amount } spent { amount } earned { amount } advance { amount } ceiling { amount } signedOn finalReportOn }
    evidence { passesUsed usedPassesByMonth { month used }
      payments(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { paymentOrderNumber paidOn invoiceReference amount { amount } payee { id } } } }
      receipts { kind issuedOn budgetYear amount { amount } passCount payer { id } } } }
} } }`;
const CSV = `query($id: ID!, $asOf: Date) { programme(id: $id) { budget(asOf: $asOf) { claims { coFunder { rule } csv statementPdfBase64 } } } }`;
const EXPORT = `query($id: ID!, $year: Int) { programme(id: $id) { accountingExport(budgetYear: $year) } }`;
const RECONCILIATION = `query($id: ID!) { passesReconciliation(programmeId: $id) { reconciled unsettledCount passesUsed pendingStatementCount pendingRecoveryCount programme { code }
  lines { topic passes { amount } expected { amount } funding { amount } difference { cents } eventCount } } }`;

const programmeId = FOUNDING_DECISION.programme.id;
/** The programme's finance officer: its figures are theirs to read. */
const finance = caller('finance_officer', { programmeId });
type Claim = { coFunder: { id: string; rule: string }; [k: string]: unknown };
type Year = { budgetYear: number; planned: { amount: string }; payments: { amount: string }; receipts: { amount: string }; net: { amount: string } };
const cents = (amount: string) => Math.round(Number(amount) * 100);

describe('the demo programme’s budget, claims and reconciliation', () => {
  const { config, service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: true });

  beforeAll(async () => {
    // The passes service's demo, in tranches of 10.00 passes with the 4 % fee, prepaid at activation.
    const orders = DEMO_PASS_ORDER_TRANCHES.map((t) =>
      orderPlaced(programmeId, { orderId: t.orderId, passCount: t.bookletCount * 10, bookletCount: t.bookletCount, operatorOrganisationId: DEMO_PARTNER_IDS.operator, placedAt: `${t.placedOn}T10:00:00+01:00` }),
    );
    const [first, second, third] = orders;
    const redemptions = [
      passRedeemed(first, { redeemedAt: '2020-05-12T10:00:00+02:00' }),
      passRedeemed(first, { redeemedAt: '2020-05-20T10:00:00+02:00' }),
      passRedeemed(first, { redeemedAt: '2020-11-03T10:00:00+01:00' }),
      passRedeemed(second, { redeemedAt: '2021-03-15T10:00:00+01:00' }),
      passRedeemed(second, { redeemedAt: '2021-03-16T10:00:00+01:00' }),
      passRedeemed(third, { redeemedAt: '2021-10-01T10:00:00+02:00' }),
    ];
    const statement = statementPaid(programmeId, { month: '2021-10', passCount: 1, amountCents: 1_000, paidOn: '2021-11-12' });
    await deliver(
      service,
      ...orders.map((o): [typeof OrderPlacedV1, unknown] => [OrderPlacedV1, o]),
      ...DEMO_PASS_ORDER_TRANCHES.map((t, i): [typeof OrderActivatedV1, unknown] => [
        OrderActivatedV1,
        orderActivated(orders[i], { paymentOrderNumber: t.paymentOrderNumber, activatedAt: `${t.activatedOn}T10:00:00+01:00` }),
      ]),
      ...redemptions.map((r): [typeof PassRedeemedV1, unknown] => [PassRedeemedV1, r]),
      [PassRedemptionCancelledV1, redemptionCancelled(redemptions[5], '2021-10-02T10:00:00+02:00')],
      [StatementApprovedV1, statementApproved(statement, '2021-11-05T10:00:00+01:00')],
      [StatementPaidV2, statement],
      // Expiry runs: passes of the first tranche handed out in spring 2020, then all that is left at the end.
      [CreditNoteIssuedV1, creditNoteIssued(first, 3_000, '2021-07-01T03:00:00+02:00')],
      [CreditNoteIssuedV1, creditNoteIssued(first, 2_000, '2022-01-01T03:00:00+01:00')],
      [CreditNoteIssuedV1, creditNoteIssued(second, 6_000, '2022-01-01T03:00:00+01:00')],
      [CreditNoteIssuedV1, creditNoteIssued(third, 4_000, '2022-01-01T03:00:00+01:00')],
    );
  });

  it('keeps every budget year’s payments within the voted schedule, never below zero, with credit notes as receipts of their own', async () => {
    const { data, errors } = await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2022-12-31' }, finance);
    expect(errors).toBeUndefined();
    const budget = data.programme.budget;
    // Three tranches (613,600.00) and engineering (48,900.00) paid: 662,500.00; the credit notes
    // give back 150,000.00 of prepaid face value for unused passes, and release it from the AE.
    expect(budget).toMatchObject({
      asOf: '2022-12-31',
      settlementModel: 'PREPAID_OPERATOR',
      status: 'OPEN',
      authorised: { amount: '763900.00' },
      committed: { amount: '512500.00' },
      payments: { amount: '662500.00' },
      receipts: { amount: '150000.00' },
      paid: { amount: '512500.00' },
      released: { amount: '0.00' },
      remaining: { amount: '251400.00' },
      toPay: { amount: '0.00' },
      passesUsed: 5,
    });
    expect(budget.years.map((y: Year & { status: string }) => [y.budgetYear, y.status, y.planned.amount, y.payments.amount, y.receipts.amount, y.net.amount])).toEqual([
      [2020, 'CLOSED', '244450.00', '232450.00', '0.00', '232450.00'],
      [2021, 'CLOSED', '427780.00', '425160.00', '30000.00', '395160.00'],
      [2022, 'CURRENT', '91670.00', '4890.00', '120000.00', '-115110.00'],
    ]);
    for (const year of budget.years as Year[]) {
      expect(cents(year.payments.amount)).toBeGreaterThanOrEqual(0);
      expect(cents(year.payments.amount)).toBeLessThanOrEqual(cents(year.planned.amount));
    }
  });

  it('derives from the demo data a history that fits the schedule: the tranches and the engineering, year by year', () => {
    const byYear = new Map<number, number>();
    for (const t of DEMO_PASS_ORDER_TRANCHES) byYear.set(Number(t.activatedOn.slice(0, 4)), (byYear.get(Number(t.activatedOn.slice(0, 4))) ?? 0) + trancheCents(t.bookletCount).totalCents);
    for (const p of FUNDING_DEMO.engineering.payments) byYear.set(p.budgetYear, (byYear.get(p.budgetYear) ?? 0) + p.amountCents);
    for (const line of FOUNDING_DECISION.authorisation.schedule) expect(byYear.get(line.budgetYear) ?? 0).toBeLessThanOrEqual(line.amountCents);
    expect([...byYear.keys()].every((year) => FOUNDING_DECISION.authorisation.schedule.some((l) => l.budgetYear === year))).toBe(true);
    // No tranche is bought after the operation's end; its last payment falls in 2022.
    expect(DEMO_PASS_ORDER_TRANCHES.every((t) => t.activatedOn <= FOUNDING_DECISION.programme.endsOn)).toBe(true);
    expect(Math.max(...FUNDING_DEMO.engineering.payments.map((p) => p.budgetYear))).toBe(2022);
  });

  it('forecasts the remaining years from the current pace, never beyond the authorisation', async () => {
    const { data } = await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2021-06-30' }, finance);
    const budget = data.programme.budget;
    // By 30 June 2021: 650,275.00 paid over 547 days; at that pace the rest of 2021 would pay more
    // than the 113,625.00 the authorisation leaves, so the forecast stops there.
    expect(budget.paid).toEqual({ amount: '650275.00' });
    expect(budget.forecast).toEqual({ daysElapsed: 547, dailyPace: { amount: '1188.80' }, lastScheduledYear: 2022, unpaidAtScheduleEnd: { amount: '0.00' } });
    expect(budget.years.map((y: { budgetYear: number; status: string; forecast: { amount: string } | null }) => [y.budgetYear, y.status, y.forecast?.amount ?? null])).toEqual([
      [2020, 'CLOSED', null],
      [2021, 'CURRENT', '531450.00'],
      [2022, 'FUTURE', '0.00'],
    ]);
  });

  it('tells what each co-funder owes and may be claimed now, with its evidence and why', async () => {
    const { data } = await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2022-12-31' }, finance);
    const claims = Object.fromEntries(data.programme.budget.claims.map((c: Claim) => [c.coFunder.rule, c]));
    // The State: its convention's 488,900.00 for the 763,900.00 operation, reduced pro rata to the
    // 512,500.00 spent net: 328,002.68 earned; 296,670.00 received (advance and an instalment).
    expect(claims.FIXED_GRANT).toMatchObject({
      coFunder: { id: FUNDING_DEMO_IDS.stateCoFunder, ratePercent: null, rounding: 'DOWN', status: 'SIGNED', convention: { base: { amount: '763900.00' }, signedOn: '2020-02-04', advanceRateBasisPoints: 3000, instalmentCeilingBasisPoints: 8000 } },
      base: { amount: '512500.00' },
      entitlement: { amount: '328002.68' },
      received: { amount: '296670.00' },
      owed: { amount: '31332.68' },
      claimableNow: { amount: '31332.68' },
      toRepay: { amount: '0.00' },
      grant: { stage: 'INSTALMENTS', grant: { amount: '488900.00' }, spent: { amount: '512500.00' }, earned: { amount: '328002.68' }, advance: { amount: '146670.00' }, ceiling: { amount: '391120.00' }, finalReportOn: null },
    });
    expect(claims.FIXED_GRANT.evidence.payments.totalCount).toBe(8);
    expect(claims.FIXED_GRANT.evidence.receipts).toHaveLength(4);
    // FEDER: 125,000.00 of 763,900.00 (16.36 % rounded) of the eligible payments net of eligible
    // receipts: 655,165.00 − 150,000.00 (one launch event is not eligible), rounded down.
    expect(claims.ELIGIBLE_PAID_RATE).toMatchObject({
      coFunder: { ratePercent: '16.36', share: { amount: { amount: '125000.00' }, of: { amount: '763900.00' } } },
      base: { amount: '505165.00' },
      entitlement: { amount: '82662.16' },
      received: { amount: '0.00' },
      owed: { amount: '82662.16' },
    });
    expect(claims.ELIGIBLE_PAID_RATE.explanation).toBe('125000.00 / 763900.00 of 505165.00 = 82662.16 (rounded down to the cent).');
    const credits = claims.ELIGIBLE_PAID_RATE.evidence.receipts.map((r: { kind: string; issuedOn: string; budgetYear: number; amount: { amount: string }; payer: { id: string } }) =>
      [r.kind, r.issuedOn, r.budgetYear, r.amount.amount, r.payer.id].join(' '),
    );
    expect(credits.sort()).toEqual(
      [
        `CREDIT_NOTE 2021-07-01 2021 30000.00 ${DEMO_PARTNER_IDS.operator}`,
        `CREDIT_NOTE 2022-01-01 2022 20000.00 ${DEMO_PARTNER_IDS.operator}`,
        `CREDIT_NOTE 2022-01-01 2022 40000.00 ${DEMO_PARTNER_IDS.operator}`,
        `CREDIT_NOTE 2022-01-01 2022 60000.00 ${DEMO_PARTNER_IDS.operator}`,
      ].sort(),
    );
    const payments = claims.ELIGIBLE_PAID_RATE.evidence.payments;
    expect(payments.totalCount).toBe(7);
    expect(payments.edges.map((e: { node: { paymentOrderNumber: string; payee: { id: string } | null } }) => [e.node.paymentOrderNumber, e.node.payee?.id ?? null])).toEqual([
      ['MANDAT-2020-008412', DEMO_PARTNER_IDS.operator],
      ['2020-004512', null],
      ['2020-009876', null],
    ]);
    // The Région carries what the others leave of the 512,500.00 paid net.
    expect(claims.REMAINDER).toMatchObject({ base: { amount: '512500.00' }, entitlement: { amount: '101835.16' } });
  });

  it('exports a claim as a semicolon CSV with a byte-order mark and as a PDF statement of expenditure', async () => {
    const { data } = await callSubgraph(service.url, CSV, { id: programmeId, asOf: '2022-12-31' }, finance);
    const feder = data.programme.budget.claims.find((c: Claim) => c.coFunder.rule === 'ELIGIBLE_PAID_RATE');
    const csv = feder.csv as string;
    expect(csv.startsWith('\ufeff')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('section;item;date;budget_year;reference;invoice_reference;third_party;pass_count;amount_eur');
    expect(lines).toContain('summary;rate;;;125000.00 / 763900.00 (16.36 %);;;;');
    expect(lines).toContain('summary;claimable_now;;;;;;;82662,16');
    expect(lines).toContain(`payment;2020-004512;2020-07-15;2020;${FUNDING_DEMO.engineering.commitment.reference};FA-2020-0611;;;14670,00`);
    expect(lines.filter((l) => l.startsWith('payment;'))).toHaveLength(7);
    expect(lines.filter((l) => l.startsWith('receipt;')).map((l) => l.split(';').at(-1)).sort()).toEqual(['-20000,00', '-30000,00', '-40000,00', '-60000,00']);
    const pdf = Buffer.from(feder.statementPdfBase64 as string, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2_000);
    const state = data.programme.budget.claims.find((c: Claim) => c.coFunder.rule === 'FIXED_GRANT').csv as string;
    expect(state).toContain('summary;stage;2020-02-04;;INSTALMENTS;;;;');
    expect(state).toContain('summary;earned;;;;;;;328002,68');
  });

  it('exports payment orders and receipt orders per budget year, with imputation, third party and reference', async () => {
    const { data, errors } = await callSubgraph(service.url, EXPORT, { id: programmeId, year: 2022 }, finance);
    expect(errors).toBeUndefined();
    const csv = data.programme.accountingExport as string;
    expect(csv.startsWith('\ufeff')).toBe(true);
    const [header, ...lines] = csv.slice(1).trimEnd().split('\r\n');
    expect(header).toBe(
      'budget_year;entry;number;date;imputation;chapter;function;nature;programme_code;nomenclature;commitment_reference;third_party_id;third_party_name;reference;kind;reason;feder_eligible;amount_eur',
    );
    // By date: the credit notes of 1 January, then the evaluation report's payment order of 18 March.
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(`2022;MANDAT;2022-002107;2022-03-18;935/56/6518/56000017;935;56;6518;56000017;M71 2020;${FUNDING_DEMO.engineering.commitment.reference};;;FA-2022-0301;ENGINEERING;;1;4890,00`);
    expect(lines.slice(0, 3).every((l) => l.startsWith('2022;TITRE;;2022-01-01;935/56/6518/56000017;') && l.includes(`;${DEMO_PARTNER_IDS.operator};;Avoir `) && l.includes(';CREDIT_NOTE;;1;'))).toBe(true);
    const all = (await callSubgraph(service.url, EXPORT, { id: programmeId }, finance)).data.programme.accountingExport as string;
    const entries = all.slice(1).trimEnd().split('\r\n').slice(1);
    expect(entries.filter((l) => l.split(';')[1] === 'MANDAT')).toHaveLength(8);
    expect(entries.filter((l) => l.split(';')[1] === 'TITRE')).toHaveLength(4);
    expect(entries[0]).toBe(`2020;MANDAT;MANDAT-2020-008412;2020-03-16;935/56/6518/56000017;935;56;6518;56000017;M71 2020;Commande de pass ${DEMO_PASS_ORDER_TRANCHES[0].orderId};${DEMO_PARTNER_IDS.operator};;Commande de pass ${DEMO_PASS_ORDER_TRANCHES[0].orderId};PASS_ORDER;;1;208000,00`);
    expect((await callSubgraph(service.url, EXPORT, { id: programmeId, year: 20_222 }, finance)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budgetYear' });
  });

  it('reconciles to zero with the passes service’s totals', async () => {
    const { data, errors } = await callSubgraph(service.url, RECONCILIATION, { id: programmeId }, finance);
    expect(errors).toBeUndefined();
    const reconciliation = data.passesReconciliation;
    expect(reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0, passesUsed: 5, pendingStatementCount: 0, pendingRecoveryCount: 0, programme: { code: FOUNDING_DECISION.programme.code } });
    expect(reconciliation.lines.map((l: { topic: string; passes: { amount: string }; difference: { cents: number }; eventCount: number }) => [l.topic, l.passes.amount, l.difference.cents, l.eventCount])).toEqual([
      ['ORDERS_COMMITTED', '613600.00', 0, 3],
      ['ACTIVATIONS_PAID', '613600.00', 0, 3],
      ['STATEMENTS_PAID', '10.00', 0, 1],
      ['STATEMENTS_RECOVERED', '0.00', 0, 1],
      ['CREDIT_NOTES_REDUCED', '150000.00', 0, 4],
      ['CREDIT_NOTES_RECEIVED', '150000.00', 0, 4],
    ]);
  });

  it('loads the funding plan, the State’s receipts and the engineering contract once, however often the service starts', async () => {
    const again = await startFundingService({ ...config, port: 0 });
    await again.stop();
    const count = async (sql: string) => (await service.dataSource.query(sql, [programmeId]))[0].n as number;
    expect(await count(`SELECT count(*)::int AS n FROM co_funder WHERE programme_id = $1`)).toBe(3);
    expect(await count(`SELECT count(*)::int AS n FROM funding_plan_version WHERE programme_id = $1`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM co_funder_receipt r JOIN co_funder c ON c.id = r.co_funder_id WHERE c.programme_id = $1`)).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM commitment WHERE programme_id = $1 AND kind = 'ENGINEERING'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM payment WHERE programme_id = $1 AND commitment_id = '${FUNDING_DEMO_IDS.engineeringCommitment}'`)).toBe(5);
  });

  it('shows funding figures to funding readers of the programme only', async () => {
    const refused = await callSubgraph(service.url, BUDGET, { id: programmeId }, ANONYMOUS);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data.programme.budget).toBeNull();
    const exported = await callSubgraph(service.url, EXPORT, { id: programmeId }, ANONYMOUS);
    expect(exported.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(exported.data.programme.accountingExport).toBeNull();
    const auditor = caller('funder_auditor', { programmeId });
    expect((await callSubgraph(service.url, RECONCILIATION, { id: programmeId }, auditor)).data.passesReconciliation.reconciled).toBe(true);
    expect((await callSubgraph(service.url, BUDGET, { id: programmeId, asOf: '2022-12-31' }, auditor)).data.programme.budget.paid).toEqual({ amount: '512500.00' });
  });
});
