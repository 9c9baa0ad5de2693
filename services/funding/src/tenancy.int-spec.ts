// Integration: two authorities on one funding service. Whatever programme A's people hold, programme
// B's objects answer them exactly as objects that do not exist — same data, same code, same
// message, same field — and nothing of B changes; B's money reads as it reads for the public.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, type GraphQLResponse, identityOf, useTestService } from '@pass-numerique/testing';
import { startFundingService } from './server';
import { managerOf, openTestProgramme } from './testing/funding-test-kit';

const COMMITMENT = `query($id: ID!) { commitment(id: $id) { id net { cents } } }`;
const RECONCILIATION = `query($id: ID!) { passesReconciliation(programmeId: $id) { reconciled programme { id } } }`;
const MONEY = `query($id: ID!) { programme(id: $id) { id code
  commitments { totalCount } payments { totalCount } budget(asOf: "2024-12-31") { paid { cents } } reconciliation { reconciled }
  receipts { totalCount } closing { closedOn } accountingExport
  fundingPlan { coFunders { displayName received { cents } receipts { amount { cents } } submittedClaims { amount { cents } } } } } }`;
const ENTITIES = `query($id: ID!) { _entities(representations: [{ __typename: "Programme", id: $id }]) { ... on Programme { id budget { paid { cents } } commitments { totalCount } } } }`;
const SET_PLAN = `mutation($input: SetFundingPlanInput!) { setFundingPlan(input: $input) { balanced coFunders { id } } }`;
const SETTLEMENT = `mutation($input: ChangeSettlementModelInput!) { changeSettlementModel(input: $input) { settlementModel } }`;
const RECEIPT = `mutation($input: RecordCoFunderReceiptInput!) { recordCoFunderReceipt(input: $input) { id } }`;
const COMMIT = `mutation($input: RecordCommitmentInput!) { recordCommitment(input: $input) { id } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;
const REDUCE = `mutation($input: RecordCommitmentReductionInput!) { recordCommitmentReduction(input: $input) { id } }`;
const RECORD_RECEIPT = `mutation($input: RecordReceiptInput!) { recordReceipt(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitClaimInput!) { submitClaim(input: $input) { id } }`;
const FINAL_REPORT = `mutation($input: RecordFinalReportInput!) { recordFinalReport(input: $input) { id } }`;
const AMEND = `mutation($input: AmendProgrammeInput!) { amendProgramme(input: $input) { id } }`;
const CLOSE = `mutation($input: CloseProgrammeInput!) { closeProgramme(input: $input) { id } }`;
const TRAIL = `{ fundingAuditTrail(first: 200) { totalCount edges { node { operation programmeIds outcome } } } }`;

const plan = (programmeId: string, organisationId: string) => ({
  programmeId,
  coFunders: [{ organisationId, displayName: 'Fonds propres', kind: 'OWN_FUNDS', rule: 'REMAINDER', planned: '1000.00', status: 'GRANTED' }],
});
const engineering = (authorisationId: string) => ({ authorisationId, kind: 'ENGINEERING', reference: 'Marché 2024-02', committedOn: '2024-02-01', amount: '100.00' });
const payment = (commitmentId: string) => ({ commitmentId, paymentOrderNumber: `M-${randomUUID().slice(0, 6)}`, paidOn: '2024-03-15', federEligible: false, amount: '10.00' });
const reduction = (commitmentId: string) => ({ commitmentId, amount: '5.00', reducedOn: '2024-06-01', reference: 'Avenant 2' });
const receipt = (coFunderId: string) => ({ coFunderId, amount: '10.00', receivedOn: '2024-09-30', reference: 'Avis 7' });
const recovery = (commitmentId: string) => ({ commitmentId, kind: 'RECOVERY', issuedOn: '2024-06-15', amount: '1.00', reference: 'Titre 3', reason: 'Trop payé', releasesCommitment: true });
const claim = (coFunderId: string) => ({ coFunderId, amount: '1.00', asOf: '2024-06-30', submittedOn: '2024-07-01', reference: 'Appel 1' });
const finalReport = (coFunderId: string) => ({ coFunderId, filedOn: '2025-01-31', reference: 'Rapport final' });
const amendment = (programmeId: string) => ({
  programmeId,
  deliberation: { number: 'AVENANT', decidedOn: '2024-06-01', body: 'STANDING_COMMITTEE', place: 'Amiens', chair: 'La présidence', subject: 'Avenant', outcome: 'ADOPTED', decisions: ['Prolonger.'], cites: [], vote: { for: 10, against: 0, abstention: 0, present: 10, proxies: 0, absent: 0, notVoting: 0 } },
  endsOn: '2026-06-30',
});
const closing = (programmeId: string) => ({ programmeId, closedOn: '2026-01-31', reference: 'Arrêté de clôture' });

/** What a caller is told, the id it named written as <id>, without the path: two answers that read alike are the same to a prober. */
function told(response: GraphQLResponse, id: string) {
  return JSON.parse(
    JSON.stringify({ data: response.data ?? null, errors: response.errors?.map((e) => ({ message: e.message, extensions: e.extensions })) }).replaceAll(id, '<id>'),
  );
}

describe('funding: one authority never reaches another’s programme', () => {
  const { service } = useTestService('funding', startFundingService, { logLevel: 'error', loadDemoData: false });
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, identity);

  /** One authority's programme with a plan, a receipt, a commitment, a payment and a reduction. */
  async function authority() {
    const { programmeId, authorisationId, ownerOrganisationId } = await openTestProgramme(service.url);
    const manager = managerOf(programmeId, ownerOrganisationId);
    const finance = caller('finance_officer', { programmeId, organisationId: ownerOrganisationId });
    const auditor = caller('funder_auditor', { programmeId });
    const planned = await call(manager, SET_PLAN, { input: plan(programmeId, ownerOrganisationId) });
    const coFunderId: string = planned.data.setFundingPlan.coFunders[0].id;
    expect((await call(finance, RECEIPT, { input: receipt(coFunderId) })).errors).toBeUndefined();
    const commitmentId: string = (await call(finance, COMMIT, { input: engineering(authorisationId) })).data.recordCommitment.id;
    expect((await call(finance, PAY, { input: payment(commitmentId) })).errors).toBeUndefined();
    expect((await call(finance, REDUCE, { input: reduction(commitmentId) })).errors).toBeUndefined();
    return { programmeId, authorisationId, coFunderId, commitmentId, manager, finance, auditor };
  }

  /** Everything funding holds of a programme, to show that a refused call changed nothing. */
  async function stateOf(programmeId: string) {
    const [row] = await service.dataSource.query(
      `SELECT p.settlement_model,
              (SELECT count(*)::int FROM co_funder WHERE programme_id = p.id) AS co_funders,
              (SELECT count(*)::int FROM co_funder_receipt r JOIN co_funder c ON c.id = r.co_funder_id WHERE c.programme_id = p.id) AS receipts,
              (SELECT count(*)::int FROM commitment WHERE programme_id = p.id) AS commitments,
              (SELECT count(*)::int FROM payment WHERE programme_id = p.id) AS payments,
              (SELECT count(*)::int FROM commitment_reduction WHERE programme_id = p.id) AS reductions,
              (SELECT count(*)::int FROM receipt WHERE programme_id = p.id) AS receipts_back,
              (SELECT count(*)::int FROM co_funder_claim WHERE programme_id = p.id) AS claims,
              (SELECT count(*)::int FROM co_funder_final_report WHERE programme_id = p.id) AS final_reports,
              (SELECT count(*)::int FROM deliberation WHERE programme_id = p.id) AS deliberations,
              (SELECT count(*)::int FROM programme_period WHERE programme_id = p.id) AS periods,
              (SELECT count(*)::int FROM programme_closing WHERE programme_id = p.id) AS closings,
              p.status, p.ends_on::text,
              (SELECT count(*)::int FROM outbox_event) AS events
         FROM programme p WHERE p.id = $1`,
      [programmeId],
    );
    return row;
  }

  let a: Awaited<ReturnType<typeof authority>>;
  let b: Awaited<ReturnType<typeof authority>>;

  beforeAll(async () => {
    a = await authority();
    b = await authority();
  });

  it("reads another programme's commitment and reconciliation as ones that do not exist: null", async () => {
    type Side = typeof a;
    const reads: Array<[string, string, (side: Side) => string, (side: Side) => unknown]> = [
      [COMMITMENT, 'commitment', (side) => side.commitmentId, (side) => ({ id: side.commitmentId, net: { cents: 9_500 } })],
      [RECONCILIATION, 'passesReconciliation', (side) => side.programmeId, (side) => ({ reconciled: true, programme: { id: side.programmeId } })],
    ];
    for (const [query, field, idOf, ownAnswer] of reads) {
      for (const reader of [a.manager, a.finance, a.auditor]) {
        const theirs = await call(reader, query, { id: idOf(b) });
        const missing = randomUUID();
        expect(told(theirs, idOf(b))).toEqual(told(await call(reader, query, { id: missing }), missing));
        expect(theirs.data).toEqual({ [field]: null });
        expect((await call(reader, query, { id: idOf(a) })).data[field]).toEqual(ownAnswer(a));
      }
      expect((await call(b.auditor, query, { id: idOf(b) })).data[field]).toEqual(ownAnswer(b));
    }
  });

  it("shows another programme as voted, but its money as it shows it to the public: FORBIDDEN and null, field by field", async () => {
    const moneyFields = ['commitments', 'payments', 'budget', 'reconciliation', 'received', 'receipts', 'closing', 'accountingExport', 'submittedClaims'];
    const publicAnswer = await call(ANONYMOUS, MONEY, { id: b.programmeId });
    const shape = (response: GraphQLResponse) => ({
      data: response.data,
      errors: response.errors?.map((e) => [e.extensions?.code, e.path?.join('.')]).sort(),
    });
    expect(publicAnswer.data.programme).toMatchObject({ id: b.programmeId, commitments: null, payments: null, budget: null, reconciliation: null, receipts: null, closing: null, accountingExport: null });
    expect(publicAnswer.data.programme.fundingPlan.coFunders).toEqual([{ displayName: 'Fonds propres', received: null, receipts: null, submittedClaims: null }]);
    expect(new Set(publicAnswer.errors?.map((e) => e.path?.at(-1)))).toEqual(new Set(moneyFields));
    for (const reader of [a.manager, a.finance, a.auditor]) {
      const theirs = await call(reader, MONEY, { id: b.programmeId });
      expect(shape(theirs)).toEqual(shape(publicAnswer));
      expect(theirs.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
      const own = await call(reader, MONEY, { id: a.programmeId });
      expect(own.errors).toBeUndefined();
      expect(own.data.programme).toMatchObject({ commitments: { totalCount: 1 }, payments: { totalCount: 1 }, budget: { paid: { cents: 1_000 } }, reconciliation: { reconciled: true }, receipts: { totalCount: 0 }, closing: null });
      expect(own.data.programme.accountingExport).toContain('2024;MANDAT;');
      expect(own.data.programme.fundingPlan.coFunders).toEqual([{ displayName: 'Fonds propres', received: { cents: 1_000 }, receipts: [{ amount: { cents: 1_000 } }], submittedClaims: [] }]);
    }
    // Resolved by reference, as the gateway asks for it on behalf of another service's answer.
    const byReference = await call(a.manager, ENTITIES, { id: b.programmeId });
    expect(shape(byReference)).toEqual(shape(await call(ANONYMOUS, ENTITIES, { id: b.programmeId })));
    expect(byReference.data._entities).toEqual([{ id: b.programmeId, budget: null, commitments: null }]);
  });

  it("answers a change to another programme's plan or settlement model as one to a programme that does not exist, and changes nothing", async () => {
    const before = await stateOf(b.programmeId);
    const missing = randomUUID();
    const writes: Array<[string, (programmeId: string) => Record<string, unknown>]> = [
      [SET_PLAN, (programmeId) => ({ input: plan(programmeId, randomUUID()) })],
      [SETTLEMENT, (programmeId) => ({ input: { programmeId, settlementModel: 'DIRECT' } })],
      [AMEND, (programmeId) => ({ input: amendment(programmeId) })],
      [CLOSE, (programmeId) => ({ input: closing(programmeId) })],
    ];
    for (const [mutation, variables] of writes) {
      const theirs = await call(a.manager, mutation, variables(b.programmeId));
      expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(told(theirs, b.programmeId)).toEqual(told(await call(a.manager, mutation, variables(missing)), missing));
    }
    expect(await stateOf(b.programmeId)).toEqual(before);
    expect((await call(b.manager, SETTLEMENT, { input: { programmeId: b.programmeId, settlementModel: 'DIRECT' } })).errors?.[0].extensions?.code).toBe('SETTLEMENT_MODEL_LOCKED');
    // B's own manager reaches it: its closing is refused for a rule (money is left to pay), not as a missing programme.
    expect((await call(b.manager, CLOSE, { input: closing(b.programmeId) })).errors?.[0].extensions?.code).toBe('COMMITMENTS_TO_PAY');
  });

  it("answers money recorded against another programme's co-funder, authorisation or commitment as against one that does not exist, and writes nothing", async () => {
    const before = await stateOf(b.programmeId);
    const writes: Array<[string, () => string, (id: string) => Record<string, unknown>]> = [
      [RECEIPT, () => b.coFunderId, (id) => ({ input: receipt(id) })],
      [COMMIT, () => b.authorisationId, (id) => ({ input: engineering(id) })],
      [PAY, () => b.commitmentId, (id) => ({ input: payment(id) })],
      [REDUCE, () => b.commitmentId, (id) => ({ input: reduction(id) })],
      [RECORD_RECEIPT, () => b.commitmentId, (id) => ({ input: recovery(id) })],
      [SUBMIT, () => b.coFunderId, (id) => ({ input: claim(id) })],
      [FINAL_REPORT, () => b.coFunderId, (id) => ({ input: finalReport(id) })],
    ];
    // A funder auditor of B holds no role in B that writing admits: B is out of its reach for writes.
    const managerOfAAuditorOfB = identityOf({ grants: [{ role: 'programme_manager', programmeId: a.programmeId }, { role: 'funder_auditor', programmeId: b.programmeId }] });
    for (const writer of [a.manager, a.finance, managerOfAAuditorOfB]) {
      for (const [mutation, idOf, variables] of writes) {
        const theirs = await call(writer, mutation, variables(idOf()));
        const missing = randomUUID();
        expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(told(theirs, idOf())).toEqual(told(await call(writer, mutation, variables(missing)), missing));
      }
    }
    expect(await stateOf(b.programmeId)).toEqual(before);
    // B's own staff reach them: a rule answers, not a missing object.
    expect((await call(b.finance, RECORD_RECEIPT, { input: recovery(b.commitmentId) })).errors).toBeUndefined();
    expect((await call(b.finance, FINAL_REPORT, { input: finalReport(b.coFunderId) })).errors?.[0].extensions?.code).toBe('NOT_A_FIXED_GRANT');
    // The same caller reads B's commitment, which its auditor role admits.
    expect((await call(managerOfAAuditorOfB, COMMITMENT, { id: b.commitmentId })).data.commitment.id).toBe(b.commitmentId);
  });

  it("shows each programme's staff the audit trail of their own programme only", async () => {
    const trailOf = async (identity: Identity) => (await call(identity, TRAIL)).data.fundingAuditTrail.edges.map((e: { node: { operation: string; programmeIds: string[]; outcome: string } }) => e.node);
    const ofA = await trailOf(a.finance);
    expect(ofA.length).toBeGreaterThanOrEqual(5);
    expect(ofA.every((entry: { programmeIds: string[] }) => entry.programmeIds.includes(a.programmeId) && !entry.programmeIds.includes(b.programmeId))).toBe(true);
    expect(ofA.map((entry: { operation: string }) => entry.operation)).toEqual(expect.arrayContaining(['setFundingPlan', 'recordCoFunderReceipt', 'recordCommitment', 'recordPayment', 'recordCommitmentReduction']));
    const ofB = await trailOf(b.manager);
    expect(ofB.every((entry: { programmeIds: string[] }) => entry.programmeIds.includes(b.programmeId) && !entry.programmeIds.includes(a.programmeId))).toBe(true);
    expect((await call(a.auditor, TRAIL)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
