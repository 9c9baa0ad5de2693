// Integration: corrections after payment — a redemption found invalid once its statement was paid
// is recovered with its reason: the place's next statements take it back (oldest first, whole,
// never paying below zero) and show it; the pass goes back to its beneficiary; payment announces
// the net (v1) and the gross with each recovery (v2). Another programme's redemption answers as
// a missing one.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, distributorOf, financeOf, handedOutPasses, managerOf, openTestProgramme, placeOf, qualifyTestPlace, signTestDistributor, told, type TestPlace } from '../testing/passes-test-kit';

const RECOVER = `mutation($id: ID!, $reason: String!) { recoverRedemption(redemptionId: $id, reason: $reason) {
  id passNumber amount { cents } reason recoveredAt paidStatement { id status } recoveredOn { id } redemption { id status recovery { id } } } }`;
const STATEMENT = `query($id: ID!) { statement(id: $id) { id month passCount grossAmount { cents } recoveredAmount { cents } amount { cents } status
  recoveries { id passNumber amount { cents } reason paidStatement { id } recoveredOn { id } } justificationCsv } }`;
const STATEMENTS = `query($month: String, $placeId: ID) { statements(month: $month, placeId: $placeId) { edges { node { id placeId grossAmount { cents } recoveredAmount { cents } amount { cents } } } } }`;
const GENERATE = `mutation($month: String!, $programmeId: ID!) { generateStatements(month: $month, programmeId: $programmeId) { statementCount passCount amount { cents } } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { redeemed reimbursed } } }`;
const PASS = `query($number: String!) { pass(number: $number) { status } }`;

describe('corrections after payment', () => {
  const clock = new ManualClock('2020-03-10T10:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  let programmeId: string;
  let manager: Identity;
  let p1: TestPlace;
  let p2: TestPlace;
  let passes: string[];
  /** Redemptions of March: four at p1, one at p2. */
  let march: string[];
  let paidMarch: string;
  let approvedMarch: string;
  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => callSubgraph(service.url, query, variables, identity);
  const ok = async (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => {
    const res = await call(query, variables, identity);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const redeem = async (number: string, place: TestPlace, at: string) => {
    clock.set(at);
    return (await ok(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
      input: { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId: place.placeId, idempotencyKey: randomUUID() },
    }, placeOf(place.organisationId))).redeemPass.id as string;
  };
  /** The statement of a place for a month, as the programme lists it. */
  const statementOf = async (month: string, place: TestPlace) => {
    const list = (await ok(STATEMENTS, { month, placeId: place.placeId })).statements.edges;
    return list[0]?.node as { id: string; grossAmount: { cents: number }; recoveredAmount: { cents: number }; amount: { cents: number } } | undefined;
  };
  const funnel = async () => (await ok(FUNNEL, { id: programmeId })).programmePasses.funnel;
  const recoveryCount = async () => (await service.dataSource.query(`SELECT count(*)::int AS n FROM redemption_recovery`))[0].n;

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { startsOn: '2020-01-01', endsOn: '2021-12-31' });
    manager = managerOf(programmeId);
    const orderId = await activatedOrder(service.url, programmeId, { bookletCount: 2 });
    const { organisationId } = await signTestDistributor(service, programmeId);
    passes = await handedOutPasses(service.url, programmeId, orderId, organisationId, 2);
    p1 = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    p2 = await qualifyTestPlace(service, programmeId, { inseeCode: '80001' });
    march = [];
    for (const [i, number] of passes.slice(0, 4).entries()) march.push(await redeem(number, p1, `2020-03-2${i}T14:00:00Z`));
    march.push(await redeem(passes[4], p2, '2020-03-25T14:00:00Z'));
    clock.set('2020-04-02T09:00:00Z');
    await ok(GENERATE, { month: '2020-03', programmeId });
    paidMarch = (await statementOf('2020-03', p1))!.id;
    approvedMarch = (await statementOf('2020-03', p2))!.id;
    for (const id of [paidMarch, approvedMarch]) await ok(`mutation($id: ID!) { approveStatement(statementId: $id) { id } }`, { id });
    await ok(`mutation($id: ID!) { markStatementPaid(statementId: $id, paymentReference: "VIR-2020-03", paidOn: "2020-04-15") { id } }`, { id: paidMarch }, financeOf(programmeId));
  });

  it('refuses a redemption whose statement is not paid, or that is in none, and writes nothing', async () => {
    clock.set('2020-04-16T10:00:00Z');
    const approved = await call(RECOVER, { id: march[4], reason: 'pass scanné deux fois' });
    expect(approved.data).toBeNull();
    expect(approved.errors?.[0].extensions).toMatchObject({ code: 'REDEMPTION_NOT_PAID', field: 'redemptionId', statementStatus: 'APPROVED' });
    const loose = await redeem(passes[10], p2, '2020-04-16T10:00:00Z');
    expect((await call(RECOVER, { id: loose, reason: 'pass scanné deux fois' })).errors?.[0].extensions).toMatchObject({ code: 'REDEMPTION_NOT_PAID', statementStatus: null });
    expect((await call(RECOVER, { id: march[0], reason: 'x' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await recoveryCount()).toBe(0);
  });

  it('answers for another programme’s redemption as for a missing one, and lets no place or distributor recover', async () => {
    const stranger = managerOf(randomUUID());
    const theirs = await call(RECOVER, { id: march[1], reason: 'pass scanné sans accompagnement' }, stranger);
    expect(told(theirs)).toEqual(told(await call(RECOVER, { id: randomUUID(), reason: 'pass scanné sans accompagnement' }, stranger)));
    expect(theirs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'redemptionId' });
    for (const identity of [placeOf(p1.organisationId), distributorOf(randomUUID()), financeOf(programmeId)]) {
      expect((await call(RECOVER, { id: march[1], reason: 'pass scanné sans accompagnement' }, identity)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await recoveryCount()).toBe(0);
    expect((await ok(PASS, { number: passes[1] })).pass.status).toBe('REDEEMED');
  });

  it('recovers a redemption of a paid statement with its reason: announced, counted neither redeemed nor reimbursed, its pass back in hand', async () => {
    clock.set('2020-04-20T10:00:00Z');
    const before = await funnel();
    const recovery = (await ok(RECOVER, { id: march[0], reason: 'pass scanné sans accompagnement' })).recoverRedemption;
    expect(recovery).toMatchObject({
      passNumber: passes[0],
      amount: { cents: 1_000 },
      reason: 'pass scanné sans accompagnement',
      recoveredAt: '2020-04-20T10:00:00.000Z',
      paidStatement: { id: paidMarch, status: 'PAID' },
      recoveredOn: null,
      redemption: { id: march[0], status: 'RECOVERED', recovery: { id: recovery.id } },
    });
    expect(await funnel()).toEqual({ redeemed: before.redeemed - 1, reimbursed: before.reimbursed - 1 });
    expect((await ok(PASS, { number: passes[0] })).pass.status).toBe('HANDED_OUT');
    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.redemption.recovered.v1');
      return e?.payload.recoveryId === recovery.id ? e : undefined;
    }, 10_000, 'passes.redemption.recovered.v1');
    expect(event.payload).toEqual({
      recoveryId: recovery.id, redemptionId: march[0], passNumber: passes[0], programmeId, orderId: expect.any(String), placeId: p1.placeId, placeOrganisationId: p1.organisationId,
      paidStatementId: paidMarch, amountCents: 1_000, reason: 'pass scanné sans accompagnement', recoveredAt: '2020-04-20T10:00:00.000Z',
    });
    // Once: neither recovered again nor cancelled.
    expect((await call(RECOVER, { id: march[0], reason: 'encore' })).errors?.[0].extensions).toMatchObject({ code: 'ALREADY_RECOVERED', field: 'redemptionId' });
    expect((await call(`mutation($id: ID!) { cancelRedemption(redemptionId: $id, reason: "erreur") { id } }`, { id: march[0] })).errors?.[0].extensions?.code).toBe('REDEMPTION_IN_STATEMENT');
    // The statement that paid it stays as it was paid.
    expect((await ok(STATEMENT, { id: paidMarch })).statement).toMatchObject({ passCount: 4, grossAmount: { cents: 4_000 }, recoveredAmount: { cents: 0 }, amount: { cents: 4_000 }, recoveries: [] });
  });

  it('takes recoveries back on the place’s next statements, oldest first and whole, never paying below zero; the place reads them with their reasons', async () => {
    clock.set('2020-04-21T10:00:00Z');
    await ok(RECOVER, { id: march[1], reason: 'bénéficiaire absent ce jour-là' });
    clock.set('2020-04-22T10:00:00Z');
    await ok(RECOVER, { id: march[2], reason: 'lieu hors convention ce jour-là' });
    // April at p1: two passes (20.00) for three recoveries (30.00) waiting.
    await redeem(passes[11], p1, '2020-04-23T10:00:00Z');
    await redeem(passes[12], p1, '2020-04-24T10:00:00Z');
    clock.set('2020-05-02T09:00:00Z');
    expect((await ok(GENERATE, { month: '2020-04', programmeId })).generateStatements).toEqual({ statementCount: 2, passCount: 3, amount: { cents: 1_000 } });
    const april = (await statementOf('2020-04', p1))!;
    const read = (await ok(STATEMENT, { id: april.id })).statement;
    expect(read).toMatchObject({ passCount: 2, grossAmount: { cents: 2_000 }, recoveredAmount: { cents: 2_000 }, amount: { cents: 0 } });
    expect(read.recoveries.map((r: { passNumber: string; reason: string; paidStatement: { id: string }; recoveredOn: { id: string } }) => [r.passNumber, r.reason, r.paidStatement.id, r.recoveredOn.id])).toEqual([
      [passes[0], 'pass scanné sans accompagnement', paidMarch, april.id],
      [passes[1], 'bénéficiaire absent ce jour-là', paidMarch, april.id],
    ]);
    // Its justification: the passes redeemed, then each recovery taken back; the amounts sum to what it pays.
    const rows: Array<Record<string, string>> = parse(read.justificationCsv, { columns: true });
    expect(rows.map((r) => [r.line, r.amount_eur, r.recovery_reason, r.paid_statement_id])).toEqual([
      ['REDEMPTION', '10.00', '', ''],
      ['REDEMPTION', '10.00', '', ''],
      ['RECOVERY', '-10.00', 'pass scanné sans accompagnement', paidMarch],
      ['RECOVERY', '-10.00', 'bénéficiaire absent ce jour-là', paidMarch],
    ]);
    const pdf = (await ok(`query($id: ID!) { statement(id: $id) { justificationPdfBase64 } }`, { id: april.id })).statement.justificationPdfBase64;
    expect(Buffer.from(pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // The place reads its statement and why it is short; p2 owes nothing.
    expect((await ok(STATEMENT, { id: april.id }, placeOf(p1.organisationId))).statement.recoveries).toHaveLength(2);
    expect((await statementOf('2020-04', p2))).toMatchObject({ recoveredAmount: { cents: 0 }, amount: { cents: 1_000 } });

    // May: the third recovery, still waiting, is taken back.
    await redeem(passes[13], p1, '2020-05-04T10:00:00Z');
    await redeem(passes[14], p1, '2020-05-05T10:00:00Z');
    clock.set('2020-06-02T09:00:00Z');
    await ok(GENERATE, { month: '2020-05', programmeId });
    const may = (await statementOf('2020-05', p1))!;
    expect(may).toMatchObject({ grossAmount: { cents: 2_000 }, recoveredAmount: { cents: 1_000 }, amount: { cents: 1_000 } });
    expect((await ok(STATEMENT, { id: may.id })).statement.recoveries.map((r: { passNumber: string }) => r.passNumber)).toEqual([passes[2]]);
  });

  it('pays the net, announcing it (v1) and the gross with each recovery taken back (v2); the recovered pass may be spent again', async () => {
    const may = (await statementOf('2020-05', p1))!;
    const before = await funnel();
    await ok(`mutation($id: ID!) { approveStatement(statementId: $id) { id } }`, { id: may.id });
    await ok(`mutation($id: ID!) { markStatementPaid(statementId: $id, paymentReference: "VIR-2020-05", paidOn: "2020-06-21") { status } }`, { id: may.id }, financeOf(programmeId));
    expect((await funnel()).reimbursed - before.reimbursed).toBe(2);
    const v1 = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.statement.paid.v1');
      return e?.payload.statementId === may.id ? e : undefined;
    }, 10_000, 'passes.statement.paid.v1');
    expect(v1.payload).toMatchObject({ passCount: 2, amountCents: 1_000, paidOn: '2020-06-21' });
    const v2 = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.statement.paid.v2');
      return e?.payload.statementId === may.id ? e : undefined;
    }, 10_000, 'passes.statement.paid.v2');
    const [third] = (await ok(STATEMENT, { id: may.id })).statement.recoveries;
    expect(v2.payload).toMatchObject({
      passCount: 2,
      grossAmountCents: 2_000,
      recoveredCents: 1_000,
      amountCents: 1_000,
      paymentReference: 'VIR-2020-05',
      paidOn: '2020-06-21',
      recoveries: [{ recoveryId: third.id, redemptionId: march[2], passNumber: passes[2], paidStatementId: paidMarch, amountCents: 1_000, reason: 'lieu hors convention ce jour-là' }],
    });
    // Its pass came back to its beneficiary, who spends it elsewhere.
    await redeem(passes[0], p2, '2020-06-22T10:00:00Z');
    expect((await ok(PASS, { number: passes[0] })).pass.status).toBe('REDEEMED');
  });
});
