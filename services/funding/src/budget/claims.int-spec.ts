// Integration: the founding decision's funding plan on a programme of its own, driven through the
// API to the end of its conventions — the State's grant reaching exactly 488,900.00 once all
// 763,900.00 is spent and the final report is filed, never more; FEDER's exact share reaching
// 125,000.00 to the cent; requests for funds refused whole above what the rules allow.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
import { startFundingService } from '../server';
import { managerOf, openTestProgramme } from '../testing/funding-test-kit';

const SET_PLAN = `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { balanced coFunders { id rule } } }`;
const COMMIT = `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;
const RECEIPT = `mutation($input: RecordReceiptInput!) { recordReceipt(input: $input) { id } }`;
const CO_FUNDER_RECEIPT = `mutation($input: RecordCoFunderReceiptInput!) { recordCoFunderReceipt(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitClaimInput!) { submitClaim(input: $input) { id amount { cents } asOf submittedOn entitlement { cents } } }`;
const FINAL_REPORT = `mutation($input: RecordFinalReportInput!) { recordFinalReport(input: $input) { id finalReport { filedOn reference } } }`;
const CLAIMS = `query($id: ID!, $asOf: Date) { programme(id: $id) {
  fundingPlan { coFunders { rule submittedClaims { amount { cents } } } }
  budget(asOf: $asOf) { claims { coFunder { rule } entitlement { cents } received { cents } claimed { cents } claimableNow { cents } toRepay { cents } grant { stage earned { cents } } explanation statementPdfBase64 } } } }`;

const AE = '763900.00';
const state = (overrides: Record<string, unknown> = {}) => ({
  organisationId: randomUUID(),
  displayName: 'État',
  kind: 'STATE',
  rule: 'FIXED_GRANT',
  planned: '488900.00',
  convention: { base: AE, signedOn: '2024-01-20', advanceRateBasisPoints: 3000, instalmentCeilingBasisPoints: 8000 },
  agreementReference: 'Convention 2024-17',
  status: 'SIGNED',
  ...overrides,
});
const feder = (overrides: Record<string, unknown> = {}) => ({
  organisationId: randomUUID(),
  displayName: 'FEDER',
  kind: 'EU_FEDER',
  rule: 'ELIGIBLE_PAID_RATE',
  share: { amount: '125000.00', of: AE },
  planned: '125000.00',
  status: 'GRANTED',
  ...overrides,
});
const region = () => ({ organisationId: randomUUID(), displayName: 'Région', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: '150000.00', status: 'GRANTED' });

describe('claims under the founding decision’s plan, through the API', () => {
  const { service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: false });

  async function programme() {
    const opened = await openTestProgramme(service.url, { amount: AE, schedule: [{ budgetYear: 2024, amount: '500000.00' }, { budgetYear: 2025, amount: '263900.00' }] });
    const manager = managerOf(opened.programmeId);
    const finance = caller('finance_officer', { programmeId: opened.programmeId });
    const call = (identity: typeof manager, query: string, variables: Record<string, unknown>) => callSubgraph(service.url, query, variables, identity);
    return { ...opened, manager, finance, call };
  }

  it('refuses a plan whose grant or rate terms do not hold, naming the field', async () => {
    const p = await programme();
    const cases: Array<[Record<string, unknown>[], string, string]> = [
      [[state({ convention: null }), feder(), region()], 'INVALID_GRANT_TERMS', 'coFunders.0.convention'],
      [[state({ convention: { base: '488899.99', signedOn: '2024-01-20', advanceRateBasisPoints: 3000, instalmentCeilingBasisPoints: 8000 } }), feder(), region()], 'INVALID_GRANT_TERMS', 'coFunders.0.convention.base'],
      [[state({ convention: { base: AE, signedOn: '2024-01-20', advanceRateBasisPoints: 3000, instalmentCeilingBasisPoints: 2999 } }), feder(), region()], 'INVALID_GRANT_TERMS', 'coFunders.0.convention.instalmentCeilingBasisPoints'],
      [[state({ convention: { base: AE, signedOn: null, advanceRateBasisPoints: 3000, instalmentCeilingBasisPoints: 8000 } }), feder(), region()], 'INVALID_GRANT_TERMS', 'coFunders.0.convention.signedOn'],
      [[state({ rateBasisPoints: 6400 }), feder(), region()], 'INVALID_RATE', 'coFunders.0.rateBasisPoints'],
      [[state(), feder({ rateBasisPoints: 1636 }), region()], 'INVALID_RATE', 'coFunders.1.rateBasisPoints'],
      [[state(), feder({ share: { amount: '763900.01', of: AE } }), region()], 'INVALID_RATE', 'coFunders.1.share'],
      [[state(), feder({ convention: { base: AE, advanceRateBasisPoints: 0, instalmentCeilingBasisPoints: 0 } }), region()], 'INVALID_GRANT_TERMS', 'coFunders.1.convention'],
      [[state(), feder({ rounding: 'SOMETIMES' }), region()], 'BAD_USER_INPUT', ''],
    ];
    for (const [coFunders, code, field] of cases) {
      const { errors } = await p.call(p.manager, SET_PLAN, { input: { programmeId: p.programmeId, coFunders } });
      expect({ field, ...errors?.[0].extensions }).toMatchObject({ code, ...(field ? { field } : {}) });
    }
    expect((await service.dataSource.query(`SELECT count(*)::int AS n FROM co_funder WHERE programme_id = $1`, [p.programmeId]))[0].n).toBe(0);
  });

  it('brings the State to exactly 488,900.00 and FEDER to 125,000.00 when all 763,900.00 is spent, and never beyond, however it is claimed', async () => {
    const p = await programme();
    const plan = await p.call(p.manager, SET_PLAN, { input: { programmeId: p.programmeId, coFunders: [state(), feder(), region()] } });
    expect(plan.errors).toBeUndefined();
    const [stateId, federId] = plan.data.setFundingPlan.coFunders.map((c: { id: string }) => c.id);
    const commitmentId = (await p.call(p.finance, COMMIT, { input: { authorisationId: p.authorisationId, kind: 'PASS_ORDER', reference: 'Commande', committedOn: '2024-02-01', faceValue: '734519.23', fee: '29380.77' } })).data.recordCommitment.id;
    for (const [paidOn, amount] of [['2024-06-28', '500000.00'], ['2025-03-31', '263900.00']]) {
      expect((await p.call(p.finance, PAY, { input: { commitmentId, paymentOrderNumber: `M-${paidOn}`, paidOn, federEligible: true, amount } })).errors).toBeUndefined();
    }
    const claims = async (asOf: string) =>
      Object.fromEntries(((await p.call(p.finance, CLAIMS, { id: p.programmeId, asOf })).data.programme.budget.claims as Array<{ coFunder: { rule: string }; [field: string]: any }>).map((c) => [c.coFunder.rule, c]));
    const submit = (coFunderId: string, amount: string, asOf: string) => p.call(p.finance, SUBMIT, { input: { coFunderId, amount, asOf, submittedOn: asOf, reference: `Appel ${asOf}` } });

    // Before the final report the State pays up to its 80 % ceiling; FEDER its whole share; the Région the rest.
    const interim = await claims('2025-04-30');
    expect(interim.FIXED_GRANT).toMatchObject({ entitlement: { cents: 39_112_000 }, grant: { stage: 'INSTALMENTS', earned: { cents: 48_890_000 } } });
    expect(interim.ELIGIBLE_PAID_RATE).toMatchObject({ entitlement: { cents: 12_500_000 } });
    expect(interim.REMAINDER).toMatchObject({ entitlement: { cents: 76_390_000 - 39_112_000 - 12_500_000 } });

    const above = await submit(stateId, '391120.01', '2025-04-30');
    expect(above.errors?.[0].extensions).toMatchObject({ code: 'CLAIM_EXCEEDS_ENTITLEMENT', field: 'amount', claimableCents: 39_112_000, entitlementCents: 39_112_000 });
    expect((await submit(stateId, '391120.00', '2025-04-30')).data.submitClaim).toMatchObject({ amount: { cents: 39_112_000 }, entitlement: { cents: 39_112_000 } });
    expect((await submit(stateId, '0.01', '2025-04-30')).errors?.[0].extensions).toMatchObject({ code: 'CLAIM_EXCEEDS_ENTITLEMENT', claimableCents: 0 });
    expect((await submit(federId, '125000.00', '2025-04-30')).errors).toBeUndefined();
    expect((await submit(federId, '0.01', '2025-05-31')).errors?.[0].extensions).toMatchObject({ code: 'CLAIM_EXCEEDS_ENTITLEMENT', claimableCents: 0 });

    // The final report: the balance becomes due, and the grant is exactly the convention's amount.
    expect((await p.call(p.finance, FINAL_REPORT, { input: { coFunderId: federId, filedOn: '2025-05-15', reference: 'RF' } })).errors?.[0].extensions).toMatchObject({ code: 'NOT_A_FIXED_GRANT', field: 'coFunderId' });
    expect((await p.call(p.finance, FINAL_REPORT, { input: { coFunderId: stateId, filedOn: '2024-01-19', reference: 'RF' } })).errors?.[0].extensions).toMatchObject({ code: 'CONVENTION_NOT_SIGNED', field: 'filedOn' });
    expect((await p.call(p.finance, FINAL_REPORT, { input: { coFunderId: stateId, filedOn: '2025-05-15', reference: 'Rapport final 2025' } })).data.recordFinalReport.finalReport).toEqual({ filedOn: '2025-05-15', reference: 'Rapport final 2025' });
    expect((await p.call(p.finance, FINAL_REPORT, { input: { coFunderId: stateId, filedOn: '2025-05-16', reference: 'RF bis' } })).errors?.[0].extensions).toMatchObject({ code: 'FINAL_REPORT_ALREADY_FILED' });
    const final = await claims('2025-05-31');
    expect(final.FIXED_GRANT).toMatchObject({ entitlement: { cents: 48_890_000 }, claimed: { cents: 39_112_000 }, claimableNow: { cents: 9_778_000 }, grant: { stage: 'BALANCE' } });
    expect(final.ELIGIBLE_PAID_RATE).toMatchObject({ entitlement: { cents: 12_500_000 }, claimableNow: { cents: 0 } });
    expect(final.REMAINDER).toMatchObject({ entitlement: { cents: 15_000_000 } });
    expect((await submit(stateId, '97780.01', '2025-05-31')).errors?.[0].extensions).toMatchObject({ code: 'CLAIM_EXCEEDS_ENTITLEMENT', claimableCents: 9_778_000 });
    expect((await submit(stateId, '97780.00', '2025-05-31')).errors).toBeUndefined();
    const listed = (await p.call(p.finance, CLAIMS, { id: p.programmeId, asOf: '2025-05-31' })).data.programme.fundingPlan.coFunders[0].submittedClaims;
    expect(listed.reduce((sum: number, c: { amount: { cents: number } }) => sum + c.amount.cents, 0)).toBe(48_890_000);
    expect(Buffer.from(final.FIXED_GRANT.statementPdfBase64 as string, 'base64').subarray(0, 5).toString()).toBe('%PDF-');

    // The State pays its whole grant; then a tenth of the spending is recovered: the grant it owes shrinks pro rata, and the excess is to repay.
    expect((await p.call(p.finance, CO_FUNDER_RECEIPT, { input: { coFunderId: stateId, amount: '488900.00', receivedOn: '2025-06-30', reference: 'Paiement État' } })).errors).toBeUndefined();
    expect((await p.call(p.finance, RECEIPT, { input: { commitmentId, kind: 'RECOVERY', issuedOn: '2025-09-01', amount: '76390.00', reference: 'Titre 2025-88', reason: 'Passes payées non livrées' } })).errors).toBeUndefined();
    const after = await claims('2025-12-31');
    expect(after.FIXED_GRANT).toMatchObject({ entitlement: { cents: 44_001_000 }, received: { cents: 48_890_000 }, claimableNow: { cents: 0 }, toRepay: { cents: 4_889_000 } });
    expect(after.FIXED_GRANT.explanation).toContain('reduced pro rata from 488900.00');
  });

  it('asks nothing of a co-funder whose contribution is only requested', async () => {
    const p = await programme();
    const plan = await p.call(p.manager, SET_PLAN, { input: { programmeId: p.programmeId, coFunders: [state(), feder({ status: 'REQUESTED' }), region()] } });
    const federId = plan.data.setFundingPlan.coFunders[1].id;
    const { errors } = await p.call(p.finance, SUBMIT, { input: { coFunderId: federId, amount: '1.00', asOf: '2024-12-31', submittedOn: '2025-01-05', reference: 'Appel' } });
    expect(errors?.[0].extensions).toMatchObject({ code: 'CO_FUNDER_NOT_GRANTED', field: 'coFunderId' });
    const early = await p.call(p.finance, SUBMIT, { input: { coFunderId: federId, amount: '1.00', asOf: '2024-12-31', submittedOn: '2024-12-30', reference: 'Appel' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'submittedOn' });
  });
});
