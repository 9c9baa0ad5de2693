// Integration: monthly statements (generated once, approved, paid, justified in CSV and PDF) and
// the expiry job with its credit notes, driven by an injected clock.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, lastPublishedEvent, pdfTextLines, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, financeOf, managerOf, openTestProgramme, placeOf, qualifyTestPlace, signTestDistributor, type TestPlace } from '../testing/passes-test-kit';

const STATEMENTS = `query($month: String) { statements(month: $month) { totalCount edges { node { id placeId month passCount amount { cents } status } } } }`;
const GENERATE = `mutation($month: String!, $programmeId: ID!) { generateStatements(month: $month, programmeId: $programmeId) { month statementCount passCount amount { cents } } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { handedOut redeemed reimbursed expired credited } } }`;
const RUN_EXPIRY = `mutation($programmeId: ID!) { runExpiry(programmeId: $programmeId) { runOn expired creditNotes { passCount amount { cents } order { id } } } }`;

describe('monthly statements, expiry and credit notes', () => {
  const clock = new ManualClock('2020-03-10T09:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  let programmeId: string;
  let orderId: string;
  let p1: TestPlace;
  let p2: TestPlace;
  let handedA: string[];
  let redemptionIds: string[] = [];
  let manager: Identity;
  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => callSubgraph(service.url, query, variables, identity);

  const funnel = async () => (await call(FUNNEL, { id: programmeId })).data.programmePasses.funnel;
  const redeem = async (number: string, place: TestPlace) => {
    const r = await call(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
      input: { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId: place.placeId, idempotencyKey: randomUUID() },
    }, placeOf(place.organisationId));
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.redeemPass.id as string;
  };

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'DEPARTEMENT', code: '80' }, endsOn: '2021-12-31' });
    manager = managerOf(programmeId);
    orderId = await activatedOrder(service.url, programmeId, { bookletCount: 3 });
    const { organisationId } = await signTestDistributor(service, programmeId);
    const booklets = (await call(`mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id passes { number } } }`, {
      input: { distributorOrganisationId: organisationId, orderId, count: 3 },
    })).data.allocateBooklets;
    const profile = { ageBand: 'FROM_60_TO_74', situation: 'RETIRED', residenceInseeCode: '80021', consent: true };
    handedA = (await call(`mutation($input: HandOutInput!) { handOut(input: $input) { passes { number } } }`, { input: { bookletId: booklets[0].id, profile } }))
      .data.handOut.passes.map((p: { number: string }) => p.number);
    await call(`mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, { input: { passNumber: booklets[1].passes[0].number, profile } });
    p1 = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    p2 = await qualifyTestPlace(service, programmeId, { inseeCode: '80001' });
    clock.set('2020-03-20T14:00:00Z');
    redemptionIds = [await redeem(handedA[0], p1), await redeem(handedA[1], p1), await redeem(handedA[2], p1), await redeem(handedA[3], p2)];
    clock.set('2020-04-01T10:00:00Z');
    await redeem(handedA[4], p1);
  });

  it('generates the statements of an ended month once: one per place and programme, for that month only', async () => {
    clock.set('2020-03-31T22:00:00Z');
    expect((await call(GENERATE, { month: '2020-03', programmeId })).errors?.[0].extensions?.code).toBe('MONTH_NOT_ENDED');
    expect((await call(GENERATE, { month: '2020-13', programmeId })).errors?.[0].extensions?.code).toBe('INVALID_MONTH');
    clock.set('2020-04-02T06:00:00Z');
    const first = await call(GENERATE, { month: '2020-03', programmeId });
    expect(first.data.generateStatements).toEqual({ month: '2020-03', statementCount: 2, passCount: 4, amount: { cents: 4_000 } });
    const again = await call(GENERATE, { month: '2020-03', programmeId });
    expect(again.data.generateStatements).toEqual(first.data.generateStatements);
    const list = (await call(STATEMENTS, { month: '2020-03' })).data.statements;
    expect(list.totalCount).toBe(2);
    const byPlace = Object.fromEntries(list.edges.map((e: { node: { placeId: string } }) => [e.node.placeId, e.node]));
    expect(byPlace[p1.placeId]).toMatchObject({ passCount: 3, amount: { cents: 3_000 }, status: 'PENDING' });
    expect(byPlace[p2.placeId]).toMatchObject({ passCount: 1, amount: { cents: 1_000 }, status: 'PENDING' });
    const cancel = await call(`mutation($id: ID!) { cancelRedemption(redemptionId: $id, reason: "erreur de saisie") { id } }`, { id: redemptionIds[0] });
    expect(cancel.errors?.[0].extensions?.code).toBe('REDEMPTION_IN_STATEMENT');
  });

  it('shows a place only its own statements', async () => {
    const asP2 = placeOf(p2.organisationId);
    const mine = await call(STATEMENTS, { month: '2020-03' }, asP2);
    expect(mine.data.statements.edges.map((e: { node: { placeId: string } }) => e.node.placeId)).toEqual([p2.placeId]);
    // Another organisation's statement reads as a missing one, by id or by place.
    const theirs = (await call(STATEMENTS, { month: '2020-03' })).data.statements.edges.find((e: { node: { placeId: string } }) => e.node.placeId === p1.placeId).node.id;
    const ONE = `query($id: ID!) { statement(id: $id) { id } }`;
    expect(await call(ONE, { id: theirs }, asP2)).toEqual(await call(ONE, { id: randomUUID() }, asP2));
    expect((await call(ONE, { id: theirs }, asP2)).data).toEqual({ statement: null });
    const BY_PLACE = `query($placeId: ID) { statements(placeId: $placeId) { totalCount } }`;
    expect((await call(BY_PLACE, { placeId: p1.placeId }, asP2)).data).toEqual({ statements: { totalCount: 0 } });
    expect((await call(BY_PLACE, { placeId: p2.placeId }, asP2)).data).toEqual({ statements: { totalCount: 1 } });
    // A place acting in another programme only reads none of this programme's.
    expect((await call(BY_PLACE, { placeId: p2.placeId }, placeOf(p2.organisationId, { programmeIds: [randomUUID()] }))).data).toEqual({ statements: { totalCount: 0 } });
  });

  it('approves then pays a statement with a payment reference; its passes count as reimbursed', async () => {
    const list = (await call(STATEMENTS, { month: '2020-03' })).data.statements.edges.map((e: { node: { id: string; placeId: string } }) => e.node);
    const s1 = list.find((s: { placeId: string }) => s.placeId === p1.placeId).id;
    const s2 = list.find((s: { placeId: string }) => s.placeId === p2.placeId).id;
    const finance = financeOf(programmeId);
    expect((await call(`mutation($id: ID!) { markStatementPaid(statementId: $id, paymentReference: "VIR-1") { id } }`, { id: s2 }, finance)).errors?.[0].extensions?.code).toBe('STATEMENT_NOT_APPROVED');
    const before = await funnel();
    const approved = await call(`mutation($id: ID!) { approveStatement(statementId: $id) { status approvedAt } }`, { id: s1 });
    expect(approved.data.approveStatement.status).toBe('APPROVED');
    expect((await call(`mutation($id: ID!) { approveStatement(statementId: $id) { status } }`, { id: s1 })).errors?.[0].extensions?.code).toBe('STATEMENT_NOT_PENDING');
    const paid = await call(`mutation($id: ID!) { markStatementPaid(statementId: $id, paymentReference: "VIR-2020-04-0042", paidOn: "2020-04-15") { status paidOn paymentReference } }`, { id: s1 }, finance);
    expect(paid.data.markStatementPaid).toEqual({ status: 'PAID', paidOn: '2020-04-15', paymentReference: 'VIR-2020-04-0042' });
    expect((await funnel()).reimbursed - before.reimbursed).toBe(3);
    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.statement.paid.v1');
      return e?.payload.statementId === s1 ? e : undefined;
    }, 10_000, 'passes.statement.paid.v1');
    expect(event.payload).toMatchObject({ programmeId, placeId: p1.placeId, month: '2020-03', passCount: 3, amountCents: 3_000, paymentReference: 'VIR-2020-04-0042', paidOn: '2020-04-15' });

    const justified = (await call(`query($id: ID!) { statement(id: $id) { justificationCsv justificationPdfBase64 } }`, { id: s1 })).data.statement;
    const lines = justified.justificationCsv.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('pass_number');
    for (const number of handedA.slice(0, 3)) expect(justified.justificationCsv).toContain(number);
    expect(justified.justificationCsv).not.toContain(handedA[3]);
    expect(lines[1]).toContain('10.00');
    expect(Buffer.from(justified.justificationPdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("numbers statements for people and writes a treasurer's PDF: payer, payee and commune by name, a table of the passes, totals", async () => {
    const list = (await call(`query { statements(month: "2020-03", first: 10) { edges { node { id placeId number } } } }`)).data.statements.edges.map((e: { node: { id: string; placeId: string; number: string } }) => e.node);
    const code = (await service.dataSource.query(`SELECT code FROM programme WHERE id = $1`, [programmeId]))[0].code;
    expect(list.map((s: { number: string }) => s.number).sort()).toEqual([`${code}-2020-03-0001`, `${code}-2020-03-0002`]);
    const s1 = list.find((s: { placeId: string }) => s.placeId === p1.placeId);
    const pdf = (await call(`query($id: ID!) { statement(id: $id) { justificationPdfBase64 } }`, { id: s1.id }, placeOf(p1.organisationId))).data.statement.justificationPdfBase64;
    const text = pdfTextLines(Buffer.from(pdf, 'base64')).join('\n');
    expect(text).toContain(`Relevé n° ${s1.number}`);
    expect(text).toContain('Relevé mensuel de remboursement — mars 2020');
    expect(text).toContain('Payeur');
    expect(text).toContain('Territoire : Somme');
    expect(text).toContain('Bénéficiaire');
    expect(text).toContain('80000 Amiens');
    expect(text).not.toContain('80021');
    for (const number of handedA.slice(0, 3)) expect(text).toContain(number);
    expect(text).toContain('20/03/2020 à 15:00');
    expect(text).toMatch(/Reprises : 0,00 €\nNet à payer : 30,00 €/);
    expect(text).toContain('Payé le 15 avril 2020, référence de paiement VIR-2020-04-0042');
  });

  it('expires passes at the end of their validity, once, and credits the buyer at face value', async () => {
    clock.set('2021-04-11T03:00:00Z'); // hand-out on 2020-03-10 → valid until 2021-04-10
    const before = await funnel();
    const run = (await call(RUN_EXPIRY, { programmeId })).data.runExpiry;
    // Booklet A: 10 handed out, 5 redeemed; plus the single pass of booklet B.
    expect(run).toEqual({ runOn: '2021-04-11', expired: 6, creditNotes: [{ passCount: 6, amount: { cents: 6_000 }, order: { id: orderId } }] });
    expect(await funnel()).toEqual({ ...before, expired: before.expired + 6, credited: before.credited + 6 });
    const rerun = (await call(RUN_EXPIRY, { programmeId })).data.runExpiry;
    expect(rerun).toMatchObject({ expired: 0, creditNotes: [] });
    const late = await call(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
      input: { pass: { passNumber: handedA[9], code: verificationCode(passCodeKey(config), handedA[9]) }, placeId: p1.placeId, idempotencyKey: randomUUID() },
    });
    expect(late.errors?.[0].extensions?.code).toBe('EXPIRED');
    const credit = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.credit-note.issued.v1');
      return e?.payload.orderId === orderId ? e : undefined;
    }, 10_000, 'passes.credit-note.issued.v1');
    expect(credit.payload).toMatchObject({ programmeId, passCount: 6, amountCents: 6_000 });
  });

  it("expires passes never handed out once the programme has ended, and credits them too", async () => {
    clock.set('2022-01-01T01:00:00Z');
    const run = (await call(RUN_EXPIRY, { programmeId })).data.runExpiry;
    expect(run).toMatchObject({ expired: 19, creditNotes: [{ passCount: 19, amount: { cents: 19_000 } }] });
    const notes = (await call(`query($id: ID!) { creditNotes(programmeId: $id) { totalCount edges { node { passCount } } } }`, { id: programmeId })).data.creditNotes;
    expect(notes.totalCount).toBe(2);
    const expired = await lastPublishedEvent(service.bus, 'passes.pass.expired.v1');
    expect(expired?.payload).toMatchObject({ orderId, passCount: 19, neverHandedOutCount: 19, faceValueTotalCents: 19_000 });
    expect((await funnel()).expired).toBe(25);
  });
});
