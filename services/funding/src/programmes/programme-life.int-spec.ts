// Integration: a programme's life after its vote — amendments that change the authorisation, its
// schedule, the dates and the funding plan with the history of each figure kept, and the closing
// of its accounts — refused whole, with a code and the field, when a rule would break.
import { randomUUID } from 'node:crypto';
import { FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import {
  deliver,
  managerOf,
  openTestProgramme,
  orderActivated,
  OrderActivatedV1,
  orderPlaced,
  OrderPlacedV1,
  passRedeemed,
  redemptionRecovered,
  RedemptionRecoveredV1,
  statementApproved,
  StatementApprovedV1,
  statementPaid,
  StatementPaidV2,
  takenBack,
} from '../testing/funding-test-kit';

const AMEND = `mutation($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id endsOn passesValidUntil status } }`;
const CLOSE = `mutation($input: CloseProgrammeInput!) { closeProgramme(input: $input) { id status } }`;
const SET_PLAN = `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { balanced } }`;
const COMMIT = `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;
const RECEIPT = `mutation($input: RecordReceiptInput!) { recordReceipt(input: $input) { id amount { cents } } }`;
const HISTORY = `query($id: ID!) { programme(id: $id) {
  endsOn passesValidUntil status authorised { cents }
  deliberations { number kind decidedOn }
  periods { version deliberation { number } endsOn passesValidUntil }
  authorisations { id amount { cents } released { cents } schedule { budgetYear amount { cents } } versions { version deliberation { number } amount { cents } schedule { budgetYear amount { cents } } } }
  fundingPlan { balanced coFunders { displayName planned { cents } } versions { version deliberation { number } shares { displayName planned { cents } } } }
  closing { closedOn reference authorised { cents } committed { cents } payments { cents } receipts { cents } released { cents } }
  budget(asOf: "2026-12-31") { status committed { cents } released { cents } remaining { cents } }
  reconciliation { reconciled pendingStatementCount pendingRecoveryCount unsettledFacts { status reasonCode } }
} }`;

const plan = (programmeId: string, organisations: string[], amounts: [string, string, string], base = '1000.00') => ({
  programmeId,
  coFunders: [
    {
      organisationId: organisations[0],
      displayName: 'État',
      kind: 'STATE',
      rule: 'FIXED_GRANT',
      planned: amounts[0],
      convention: { base, signedOn: '2024-01-20', advanceRateBasisPoints: 3000, instalmentCeilingBasisPoints: 8000 },
      status: 'SIGNED',
    },
    { organisationId: organisations[1], displayName: 'FEDER', kind: 'EU_FEDER', rule: 'ELIGIBLE_PAID_RATE', share: { amount: amounts[1], of: base }, planned: amounts[1], status: 'GRANTED' },
    { organisationId: organisations[2], displayName: 'Région', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: amounts[2], status: 'GRANTED' },
  ],
});

function deliberation(number: string, decidedOn: string, overrides: Record<string, unknown> = {}) {
  const d = FOUNDING_DECISION.deliberation;
  return { number, decidedOn, body: d.body, place: d.place, chair: d.chair, subject: `Avenant ${number}`, vote: { ...d.vote }, outcome: 'ADOPTED', decisions: ['Modifier le programme.'], cites: [], ...overrides };
}

describe('a programme’s life after the vote', () => {
  const { service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: false });

  /** A programme of 1,000.00 (600.00 in 2024, 400.00 in 2025) with a plan, 700.00 committed and 600.00 paid. */
  async function programmeWithMoney() {
    const opened = await openTestProgramme(service.url);
    const manager = managerOf(opened.programmeId, opened.ownerOrganisationId);
    const finance = caller('finance_officer', { programmeId: opened.programmeId });
    const call = (identity: typeof manager, query: string, variables: Record<string, unknown>) => callSubgraph(service.url, query, variables, identity);
    const organisations = [randomUUID(), randomUUID(), opened.ownerOrganisationId];
    expect((await call(manager, SET_PLAN, { input: plan(opened.programmeId, organisations, ['500.00', '200.00', '300.00']) })).errors).toBeUndefined();
    const commitmentId = (await call(finance, COMMIT, { input: { authorisationId: opened.authorisationId, kind: 'ENGINEERING', reference: 'Marché 2024-01', committedOn: '2024-02-01', amount: '700.00' } })).data
      .recordCommitment.id as string;
    expect((await call(finance, PAY, { input: { commitmentId, paymentOrderNumber: 'M-1', paidOn: '2024-03-01', federEligible: true, amount: '600.00' } })).errors).toBeUndefined();
    const history = async () => {
      const { data, errors } = await call(manager, HISTORY, { id: opened.programmeId });
      expect(errors).toBeUndefined();
      return data.programme;
    };
    return { ...opened, manager, finance, call, organisations, commitmentId, history };
  }

  const amendedEvents = async (programmeId: string) =>
    (await service.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'funding.programme.amended.v1' AND payload->>'programmeId' = $1`, [programmeId])).map(
      (row: { payload: unknown }) => row.payload,
    );

  it('amends the authorisation, its schedule, the dates and the plan in one deliberation, and keeps every earlier figure', async () => {
    const p = await programmeWithMoney();
    const { data, errors } = await p.call(p.manager, AMEND, {
      input: {
        programmeId: p.programmeId,
        deliberation: deliberation('AVENANT-1', '2024-06-01'),
        authorisations: [{ authorisationId: p.authorisationId, amount: '1500.00', schedule: [{ budgetYear: 2024, amount: '600.00' }, { budgetYear: 2025, amount: '900.00' }] }],
        endsOn: '2026-06-30',
        passesValidUntil: '2026-07-31',
        coFunders: plan(p.programmeId, p.organisations, ['750.00', '300.00', '450.00'], '1500.00').coFunders,
      },
    });
    expect(errors).toBeUndefined();
    expect(data.amendProgramme).toMatchObject({ endsOn: '2026-06-30', passesValidUntil: '2026-07-31', status: 'OPEN' });
    const programme = await p.history();
    expect(programme.authorised).toEqual({ cents: 150_000 });
    expect(programme.deliberations.map((d: { number: string; kind: string }) => [d.number, d.kind])).toEqual([
      [FOUNDING_DECISION.deliberation.number, 'OPENING'],
      ['AVENANT-1', 'AMENDMENT'],
    ]);
    expect(programme.periods).toEqual([
      { version: 1, deliberation: { number: FOUNDING_DECISION.deliberation.number }, endsOn: '2025-12-31', passesValidUntil: null },
      { version: 2, deliberation: { number: 'AVENANT-1' }, endsOn: '2026-06-30', passesValidUntil: '2026-07-31' },
    ]);
    const [authorisation] = programme.authorisations;
    expect(authorisation.schedule).toEqual([{ budgetYear: 2024, amount: { cents: 60_000 } }, { budgetYear: 2025, amount: { cents: 90_000 } }]);
    expect(authorisation.versions).toEqual([
      { version: 1, deliberation: { number: FOUNDING_DECISION.deliberation.number }, amount: { cents: 100_000 }, schedule: [{ budgetYear: 2024, amount: { cents: 60_000 } }, { budgetYear: 2025, amount: { cents: 40_000 } }] },
      { version: 2, deliberation: { number: 'AVENANT-1' }, amount: { cents: 150_000 }, schedule: [{ budgetYear: 2024, amount: { cents: 60_000 } }, { budgetYear: 2025, amount: { cents: 90_000 } }] },
    ]);
    expect(programme.fundingPlan.balanced).toBe(true);
    expect(programme.fundingPlan.versions.map((v: { version: number; deliberation: { number: string } | null; shares: Array<{ planned: { cents: number } }> }) => [v.version, v.deliberation?.number ?? null, v.shares.map((s) => s.planned.cents)])).toEqual([
      [1, null, [50_000, 20_000, 30_000]],
      [2, 'AVENANT-1', [75_000, 30_000, 45_000]],
    ]);
    expect(await amendedEvents(p.programmeId)).toEqual([
      expect.objectContaining({ deliberationNumber: 'AVENANT-1', decidedOn: '2024-06-01', endsOn: '2026-06-30', passesValidUntil: '2026-07-31', authorisedCents: 150_000 }),
    ]);
    // A further authorisation voted by a later amendment, with the plan that shares it out.
    const further = await p.call(p.manager, AMEND, {
      input: {
        programmeId: p.programmeId,
        deliberation: deliberation('AVENANT-2', '2024-09-01'),
        newAuthorisation: { kind: 'AE', amount: '100.00', budgetYear: 2024, imputation: FOUNDING_DECISION.authorisation.imputation, schedule: [{ budgetYear: 2025, amount: '100.00' }] },
        coFunders: plan(p.programmeId, p.organisations, ['750.00', '300.00', '550.00'], '1500.00').coFunders,
      },
    });
    expect(further.errors).toBeUndefined();
    expect((await p.history()).authorised).toEqual({ cents: 160_000 });
  });

  it('records a deliberation that changes no figure as such, and a validity extension on its own', async () => {
    const p = await programmeWithMoney();
    expect((await p.call(p.manager, AMEND, { input: { programmeId: p.programmeId, deliberation: deliberation('INFO-1', '2024-03-01') } })).errors).toBeUndefined();
    expect((await p.call(p.manager, AMEND, { input: { programmeId: p.programmeId, deliberation: deliberation('PROLONGATION', '2024-11-15'), passesValidUntil: '2026-01-31' } })).errors).toBeUndefined();
    const programme = await p.history();
    expect(programme.deliberations.map((d: { kind: string }) => d.kind)).toEqual(['OPENING', 'AMENDMENT', 'AMENDMENT']);
    expect(programme.periods.map((v: { version: number; endsOn: string; passesValidUntil: string | null }) => [v.version, v.endsOn, v.passesValidUntil])).toEqual([
      [1, '2025-12-31', null],
      [2, '2025-12-31', '2026-01-31'],
    ]);
    expect(programme.authorisations[0].versions).toHaveLength(1);
    expect(await amendedEvents(p.programmeId)).toHaveLength(2);
  });

  it('refuses an amendment that would break a rule, whole, with its code and field, and writes nothing', async () => {
    const p = await programmeWithMoney();
    const before = await p.history();
    const input = (overrides: Record<string, unknown>) => ({ programmeId: p.programmeId, deliberation: deliberation('AVENANT-X', '2024-06-01'), ...overrides });
    const schedule = (a: string, b: string) => [{ budgetYear: 2024, amount: a }, { budgetYear: 2025, amount: b }];
    const cases: Array<[Record<string, unknown>, string, string, Record<string, unknown>?]> = [
      // 700.00 is committed: the authorisation may not go below it.
      [{ authorisations: [{ authorisationId: p.authorisationId, amount: '699.99', schedule: schedule('600.00', '99.99') }], coFunders: plan(p.programmeId, p.organisations, ['300.00', '100.00', '299.99'], '699.99').coFunders }, 'COMMITMENTS_EXCEED_AUTHORISATION', 'authorisations.0.amount', { committedCents: 70_000 }],
      [{ authorisations: [{ authorisationId: p.authorisationId, amount: '1200.00', schedule: schedule('600.00', '599.99') }] }, 'SCHEDULE_DOES_NOT_SUM', 'authorisations.0.schedule', { scheduledCents: 119_999 }],
      // The total changes: the plan must say how it is shared.
      [{ authorisations: [{ authorisationId: p.authorisationId, amount: '1200.00', schedule: schedule('600.00', '600.00') }] }, 'PLAN_DOES_NOT_BALANCE', 'coFunders', { plannedCents: 100_000, authorisedCents: 120_000 }],
      [{ authorisations: [{ authorisationId: p.authorisationId, amount: '1200.00', schedule: schedule('600.00', '600.00') }], coFunders: plan(p.programmeId, p.organisations, ['500.00', '200.00', '499.99']).coFunders }, 'PLAN_DOES_NOT_BALANCE', 'coFunders'],
      [{ newAuthorisation: { kind: 'AE', amount: '10.00', budgetYear: 2024, imputation: FOUNDING_DECISION.authorisation.imputation, schedule: [{ budgetYear: 2024, amount: '9.00' }] } }, 'SCHEDULE_DOES_NOT_SUM', 'newAuthorisation.schedule'],
      [{ deliberation: deliberation('AVENANT-X', '2024-01-14') }, 'DELIBERATION_OUT_OF_ORDER', 'deliberation.decidedOn'],
      [{ deliberation: deliberation('AVENANT-X', '2024-06-01', { outcome: 'REJECTED' }) }, 'DELIBERATION_NOT_ADOPTED', 'deliberation.outcome'],
      [{ deliberation: deliberation('AVENANT-X', '2024-06-01', { vote: { for: 60, against: 0, abstention: 0, present: 41, proxies: 11, absent: 0, notVoting: 0 } }) }, 'INVALID_VOTE', 'deliberation.vote'],
      [{ endsOn: '2025-06-30', passesValidUntil: '2025-05-31' }, 'INVALID_PERIOD', 'passesValidUntil'],
      [{ endsOn: '2023-12-31' }, 'INVALID_PERIOD', 'endsOn'],
      [{ authorisations: [{ authorisationId: randomUUID(), amount: '1000.00', schedule: schedule('600.00', '400.00') }] }, 'NOT_FOUND', ''],
      [{ authorisations: [{ authorisationId: p.authorisationId, amount: '1000.001', schedule: schedule('600.00', '400.00') }] }, 'INVALID_AMOUNT', 'authorisations.0.amount'],
    ];
    for (const [overrides, code, field, details] of cases) {
      const { data, errors } = await p.call(p.manager, AMEND, { input: input(overrides) });
      expect(data).toBeNull();
      expect({ case: code, ...errors?.[0].extensions }).toMatchObject({ case: code, code, ...(field ? { field } : {}), ...(details ?? {}) });
    }
    expect(await p.history()).toEqual(before);
    expect(await amendedEvents(p.programmeId)).toEqual([]);
    expect((await p.call(p.finance, AMEND, { input: input({}) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('closes the accounts only once nothing is pending, releases what was left uncommitted, and takes no more commitment or payment', async () => {
    const p = await programmeWithMoney();
    const close = (closedOn = '2026-01-15') => p.call(p.manager, CLOSE, { input: { programmeId: p.programmeId, closedOn, reference: 'Arrêté de clôture 2026-004' } });
    // 100.00 of the commitment is still to pay.
    expect((await close()).errors?.[0].extensions).toMatchObject({ code: 'COMMITMENTS_TO_PAY', field: 'programmeId', commitmentCount: 1, toPayCents: 10_000 });
    expect((await p.call(p.finance, PAY, { input: { commitmentId: p.commitmentId, paymentOrderNumber: 'M-2', paidOn: '2025-12-20', federEligible: true, amount: '100.00' } })).errors).toBeUndefined();
    // A place's statement approved by passes and not yet paid holds the closing back.
    const statement = statementPaid(p.programmeId, { paidOn: '2026-01-10' });
    await deliver(service, [StatementApprovedV1, statementApproved(statement, '2025-12-28T10:00:00+01:00')]);
    expect((await close()).errors?.[0].extensions).toMatchObject({ code: 'STATEMENTS_PENDING', field: 'programmeId', pendingStatementCount: 1 });
    await deliver(service, [StatementPaidV2, statement]);
    // So does a redemption of that statement found invalid after its payment, until a paid statement takes it back.
    const recovery = redemptionRecovered(passRedeemed(orderPlaced(p.programmeId)), statement, { recoveredAt: '2026-01-11T10:00:00+01:00' });
    await deliver(service, [RedemptionRecoveredV1, recovery]);
    expect((await close()).errors?.[0].extensions).toMatchObject({ code: 'RECOVERIES_PENDING', field: 'programmeId', pendingRecoveryCount: 1 });
    expect((await p.history()).reconciliation).toMatchObject({ pendingStatementCount: 0, pendingRecoveryCount: 1 });
    const next = statementPaid(p.programmeId, { placeId: statement.placeId, placeOrganisationId: statement.placeOrganisationId, month: '2025-12', paidOn: '2026-01-12', recoveries: [takenBack(recovery)] });
    await deliver(service, [StatementPaidV2, next]);
    expect((await p.history()).reconciliation.pendingRecoveryCount).toBe(0);
    // So does a money fact of passes that waits for its order.
    const stray = orderPlaced(p.programmeId);
    await deliver(service, [OrderActivatedV1, orderActivated(stray)]);
    expect((await close()).errors?.[0].extensions).toMatchObject({ code: 'PASSES_FACTS_UNSETTLED', field: 'programmeId', unsettledCount: 1 });
    await deliver(service, [OrderPlacedV1, { ...stray, passCount: 10, faceValueTotalCents: 10_000, feeCents: 400 }]);
    // Now the order is committed and paid: 104.00 more, still nothing to pay.
    expect((await close('2025-12-30')).errors?.[0].extensions).toMatchObject({ code: 'CLOSING_TOO_EARLY', field: 'closedOn' });
    const before = await p.history();
    expect(before.status).toBe('OPEN');

    const { errors } = await close();
    expect(errors).toBeUndefined();
    const programme = await p.history();
    expect(programme.status).toBe('CLOSED');
    expect(programme.closing).toEqual({
      closedOn: '2026-01-15',
      reference: 'Arrêté de clôture 2026-004',
      authorised: { cents: 100_000 },
      committed: { cents: 80_400 },
      payments: { cents: 80_400 },
      receipts: { cents: 0 },
      released: { cents: 19_600 },
    });
    expect(programme.authorisations[0].released).toEqual({ cents: 19_600 });
    expect(programme.budget).toEqual({ status: 'CLOSED', committed: { cents: 80_400 }, released: { cents: 19_600 }, remaining: { cents: 0 } });
    const [closed] = await service.dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'funding.programme.closed.v1' AND payload->>'programmeId' = $1`, [p.programmeId]);
    expect(closed.payload).toEqual({ programmeId: p.programmeId, closedOn: '2026-01-15', releasedCents: 19_600 });

    // Nothing more can be committed, paid, amended or closed; a late order from passes is refused and shown.
    const commit = await p.call(p.finance, COMMIT, { input: { authorisationId: p.authorisationId, kind: 'OTHER', reference: 'Tard', committedOn: '2026-02-01', amount: '1.00' } });
    expect(commit.errors?.[0].extensions?.code).toBe('PROGRAMME_CLOSED');
    const pay = await p.call(p.finance, PAY, { input: { commitmentId: p.commitmentId, paymentOrderNumber: 'M-3', paidOn: '2026-02-01', federEligible: true, amount: '0.01' } });
    expect(pay.errors?.[0].extensions?.code).toBe('PROGRAMME_CLOSED');
    expect((await p.call(p.manager, AMEND, { input: { programmeId: p.programmeId, deliberation: deliberation('APRES', '2026-02-01') } })).errors?.[0].extensions?.code).toBe('PROGRAMME_CLOSED');
    expect((await close('2026-02-01')).errors?.[0].extensions?.code).toBe('PROGRAMME_CLOSED');
    await deliver(service, [OrderPlacedV1, orderPlaced(p.programmeId, { placedAt: '2026-02-01T10:00:00+01:00' })]);
    expect((await p.history()).reconciliation.unsettledFacts).toEqual([{ status: 'REFUSED', reasonCode: 'PROGRAMME_CLOSED' }]);
    // Money may still come back after the closing: a recovery on a place's paid redemption, with its reason.
    const recovered = await p.call(p.finance, RECEIPT, {
      input: { commitmentId: p.commitmentId, kind: 'RECOVERY', issuedOn: '2026-03-02', amount: '10.00', reference: 'Titre 2026-51', reason: 'Prestation facturée deux fois' },
    });
    expect(recovered.errors).toBeUndefined();
  });
});
