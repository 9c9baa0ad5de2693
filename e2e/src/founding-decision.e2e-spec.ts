// The demo as a newcomer starts it, through the gateway: the founding decision's programme with its
// simulated 2020–2021 history (passes bought in tranches, handed out, redeemed, statements paid,
// unused passes credited back), the 2019 pilot on its zone, and the Département de la Somme's
// programme next to them. The money must follow the deliberation: every budget year's payments
// within the voted schedule and never negative, co-funders never owed more than their grant or
// rate allows, and funding reconciled with passes to the cent. And each authority's people see
// their own programmes' money only.
import { DEMO_IDS, DEMO_REGION, DEPARTEMENT_DEMO, FOUNDING_DECISION, FUNDING_DEMO, PASSES_DEMO_IDS, PILOT_DEMO, PILOT_ZONE } from '@pass-numerique/demo-programme';
import { eventually, personToken } from '@pass-numerique/testing';
import { startStack, type Stack } from './stack';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const cents = (amount: string) => Math.round(Number(amount) * 100);

const BUDGET = `query($code: String!) {
  programmeByCode(code: $code) {
    id
    reconciliation { reconciled unsettledCount pendingStatementCount lines { topic difference { cents } } }
    budget {
      authorised { cents } committed { cents } paid { cents }
      years { budgetYear planned { cents } payments { cents } receipts { cents } net { cents } }
      claims { coFunder { displayName kind rule planned { cents } } entitlement { cents } received { cents } claimableNow { cents } toRepay { cents } }
    }
  }
}`;

describe('the founding decision, as the demo loads it, through the gateway', () => {
  let stack: Stack;
  let regionFinance: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    regionFinance = bearer(await personToken({ role: 'finance_officer', programmeIds: [DEMO_IDS.programme, PASSES_DEMO_IDS.pilotProgramme], organisationId: DEMO_REGION.organisationId }));
    // Passes loads its history in the background; funding follows by events: wait until both agree.
    await eventually(
      async () => {
        const r = await stack.query(BUDGET, { code: FOUNDING_DECISION.programme.code }, regionFinance);
        const reconciliation = r.data?.programmeByCode?.reconciliation;
        return reconciliation?.reconciled === true && reconciliation.unsettledCount === 0 && r.data.programmeByCode.budget.paid.cents > 0;
      },
      240_000,
      'funding to have applied the demo history of passes',
    );
  }, 300_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it('pays each budget year within the voted schedule, never below zero, with receipts apart', async () => {
    const { data, errors } = await stack.query(BUDGET, { code: FOUNDING_DECISION.programme.code }, regionFinance);
    expect(errors).toBeUndefined();
    const years = data.programmeByCode.budget.years as Array<{ budgetYear: number; planned: { cents: number }; payments: { cents: number }; receipts: { cents: number }; net: { cents: number } }>;
    const schedule = new Map<number, number>(FOUNDING_DECISION.authorisation.schedule.map((line) => [line.budgetYear, line.amountCents]));
    expect(years.map((y) => y.budgetYear)).toEqual([2020, 2021, 2022]);
    for (const year of years) {
      expect({ year: year.budgetYear, planned: year.planned.cents }).toEqual({ year: year.budgetYear, planned: schedule.get(year.budgetYear) });
      expect({ year: year.budgetYear, withinSchedule: year.payments.cents <= year.planned.cents, notNegative: year.payments.cents >= 0 }).toEqual({ year: year.budgetYear, withinSchedule: true, notNegative: true });
      expect(year.net.cents).toBe(year.payments.cents - year.receipts.cents);
    }
    // The passes that were never used came back as credit notes: receipts, not negative payments.
    expect(years.reduce((sum, y) => sum + y.receipts.cents, 0)).toBeGreaterThan(0);
    expect(data.programmeByCode.budget.committed.cents).toBeLessThanOrEqual(cents('763900.00'));
  });

  it("owes no co-funder more than its grant or its rate allows, and reconciles funding with passes to the cent", async () => {
    const { data } = await stack.query(BUDGET, { code: FOUNDING_DECISION.programme.code }, regionFinance);
    type Claim = { coFunder: { kind: string; rule: string; planned: { cents: number } }; entitlement: { cents: number }; received: { cents: number }; claimableNow: { cents: number }; toRepay: { cents: number } };
    const claims = data.programmeByCode.budget.claims as Claim[];
    const state = claims.find((c) => c.coFunder.kind === 'STATE')!;
    const feder = claims.find((c) => c.coFunder.kind === 'EU_FEDER')!;
    expect(state.coFunder).toMatchObject({ rule: 'FIXED_GRANT', planned: { cents: cents('488900.00') } });
    expect(state.entitlement.cents).toBeLessThanOrEqual(cents('488900.00'));
    // The State paid an advance and an instalment on the spending of 2021; the passes credited back
    // in 2022 brought the spending, and the grant pro rata, below what it paid: the programme owes
    // it the difference, and may claim nothing more.
    for (const claim of [state, feder]) {
      expect(claim.toRepay.cents).toBe(Math.max(0, claim.received.cents - claim.entitlement.cents));
      expect(claim.received.cents + claim.claimableNow.cents - claim.toRepay.cents).toBeLessThanOrEqual(claim.entitlement.cents);
    }
    expect(feder.coFunder.planned.cents).toBe(cents('125000.00'));
    expect(feder.entitlement.cents).toBeLessThanOrEqual(cents('125000.00'));
    const { reconciliation } = data.programmeByCode;
    expect(reconciliation).toMatchObject({ reconciled: true, unsettledCount: 0 });
    for (const line of reconciliation.lines) expect({ topic: line.topic, difference: line.difference.cents }).toEqual({ topic: line.topic, difference: 0 });
  });

  it('closes the operation once its last payments of 2022 are made, releasing what was never committed', async () => {
    const CLOSING = `query($id: ID!) { programme(id: $id) { status closing { closedOn reference authorised { cents } committed { cents } payments { cents } receipts { cents } released { cents } } } }`;
    // Funding closes the demo's ended programmes once passes' history has reached it and settled.
    await eventually(
      async () => {
        const [founding, pilot] = await Promise.all([DEMO_IDS.programme, PASSES_DEMO_IDS.pilotProgramme].map((id) => stack.query(CLOSING, { id }, regionFinance)));
        return founding.data?.programme?.status === 'CLOSED' && pilot.data?.programme?.status === 'CLOSED';
      },
      120_000,
      'the demo programmes to be closed',
    );
    for (const [id, expected] of [
      [DEMO_IDS.programme, FUNDING_DEMO.closing],
      [PASSES_DEMO_IDS.pilotProgramme, PILOT_DEMO.closing],
    ] as const) {
      const { data, errors } = await stack.query(CLOSING, { id }, regionFinance);
      expect(errors).toBeUndefined();
      const closing = data.programme.closing;
      expect({ closedOn: closing.closedOn, reference: closing.reference }).toEqual(expected);
      expect(closing.authorised.cents).toBe(closing.committed.cents + closing.released.cents);
      expect(closing.payments.cents - closing.receipts.cents).toBe(closing.committed.cents);
    }
    const founding = (await stack.query(CLOSING, { id: DEMO_IDS.programme }, regionFinance)).data.programme.closing;
    expect(founding.authorised.cents).toBe(FOUNDING_DECISION.authorisation.amountCents);
    // The 9,750 passes never ordered (101,400.00 with their fee) and the credit notes of the unused ones.
    expect(founding.released.cents).toBeGreaterThan(cents('101400.00'));
    // Closed means closed: nothing more is committed on it.
    const regionManager = bearer(await personToken({ role: 'programme_manager', programmeIds: [DEMO_IDS.programme], organisationId: DEMO_REGION.organisationId }));
    const commitment = await stack.query(
      `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`,
      { input: { authorisationId: DEMO_IDS.authorisation, kind: 'ENGINEERING', reference: 'MAPA 2022-ING-099', committedOn: '2022-07-04', amount: '1000.00' } },
      regionManager,
    );
    expect(commitment.errors?.[0].extensions?.code).toBe('PROGRAMME_CLOSED');
  }, 180_000);

  it('opens the 2019 pilot in funding on its pact zone, and the Somme’s programme for its own authority', async () => {
    const pilot = await stack.query(`query($id: ID!) { programme(id: $id) { perimeter { level code } passes { code } } }`, { id: PASSES_DEMO_IDS.pilotProgramme });
    expect(pilot.data.programme).toEqual({ perimeter: { level: 'ZONE', code: PILOT_ZONE.id }, passes: { code: expect.any(String) } });
    const somme = await stack.query(`query($code: String!) { programmeByCode(code: $code) { owner { id } budget { authorised { cents } } } }`, { code: DEPARTEMENT_DEMO.programme.code }, regionFinance);
    // Public: the owner. The Région's finance officer may not read the Somme's money.
    expect(somme.data.programmeByCode).toEqual({ owner: { id: DEPARTEMENT_DEMO.ownerOrganisationId }, budget: null });
    expect(somme.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sommeFinance = bearer(await personToken({ role: 'finance_officer', programmeId: DEPARTEMENT_DEMO.programme.id, organisationId: DEPARTEMENT_DEMO.ownerOrganisationId }));
    const own = await stack.query(`query($code: String!) { programmeByCode(code: $code) { budget { authorised { cents } } } }`, { code: DEPARTEMENT_DEMO.programme.code }, sommeFinance);
    expect(own.data.programmeByCode.budget.authorised.cents).toBe(DEPARTEMENT_DEMO.authorisation.amountCents);
    const region = await stack.query(`query($code: String!) { programmeByCode(code: $code) { budget { paid { cents } } } }`, { code: FOUNDING_DECISION.programme.code }, sommeFinance);
    expect(region.data.programmeByCode.budget).toBeNull();
  });
});
