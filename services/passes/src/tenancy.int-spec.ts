// Integration: two authorities on one passes service, sharing a distributor. Whatever programme
// A's people hold, programme B's orders, booklets, passes, statements and credit notes answer them
// exactly as objects that do not exist — same data, same code, same message, same field — and
// nothing of B changes. The jobs run per programme; the scheduled one over every programme.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity, Logger } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPassesService } from './server';
import { passCodeKey } from './config';
import { verificationCode } from './orders/pass-numbers';
import type { ExpiryRun } from './expiry/expiry.service';
import {
  activatedOrder,
  auditorOf,
  distributorOf,
  financeOf,
  managerOf,
  openTestProgramme,
  placeOf,
  qualifyTestPlace,
  signTestDistributor,
  told,
  PLACE_ORDER,
} from './testing/passes-test-kit';

const ALLOCATE = `mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id number passes { number } } }`;
const HAND_OUT = `mutation($input: HandOutInput!) { handOut(input: $input) { passes { number } } }`;
const REDEEM = `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`;
const GENERATE = `mutation($month: String!, $id: ID!) { generateStatements(month: $month, programmeId: $id) { statementCount passCount } }`;
const RUN_EXPIRY = `mutation($id: ID!) { runExpiry(programmeId: $id) { expired creditNotes { passCount } } }`;
const STATEMENTS = `query($programmeId: ID) { statements(programmeId: $programmeId) { totalCount edges { node { id programme { id } } } } }`;
const profile = { ageBand: 'FROM_45_TO_59', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true };

describe('passes: one authority never reaches another’s programme', () => {
  const clock = new ManualClock('2020-03-10T09:00:00Z');
  const logged: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  const logger: Logger = { debug: () => undefined, info: (message, fields) => logged.push({ message, fields }), warn: () => undefined, error: () => undefined };
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0, logger });
  const call = (identity: Identity, query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, identity);
  const ok = async (identity: Identity, query: string, variables: Record<string, unknown> = {}) => {
    const r = await call(identity, query, variables);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const shared = randomUUID();

  /**
   * One authority's programme: an order activated (6 booklets), another placed whose print file
   * is not exported, its own distributor and the shared one with two booklets each (one handed
   * out), a place of its own where three passes were redeemed in March 2020.
   */
  async function authority() {
    const programmeId = await openTestProgramme(service, { perimeter: { level: 'DEPARTEMENT', code: '80' }, startsOn: '2020-01-01', endsOn: '2021-12-31' });
    const manager = managerOf(programmeId);
    const [finance, auditor] = [financeOf(programmeId), auditorOf(programmeId)];
    const orderId = await activatedOrder(service.url, programmeId, { bookletCount: 6 });
    const placedOrderId: string = (await ok(manager, PLACE_ORDER, { input: { programmeId, bookletCount: 1 } })).placeOrder.id;
    const distributor = (await signTestDistributor(service, programmeId)).organisationId;
    await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' }, shared);
    const place = await qualifyTestPlace(service, programmeId, { place: { placeId: randomUUID(), organisationId: randomUUID(), inseeCode: '80021', name: '=HYPERLINK("https://example.org/x","relevé")' } });
    type Booklet = { id: string; number: string; passes: Array<{ number: string }> };
    const own: Booklet[] = (await ok(manager, ALLOCATE, { input: { distributorOrganisationId: distributor, orderId, count: 2 } })).allocateBooklets;
    const sharedBooklets: Booklet[] = (await ok(manager, ALLOCATE, { input: { distributorOrganisationId: shared, orderId, count: 2 } })).allocateBooklets;
    const handed: string[] = [];
    for (const b of [own[0], sharedBooklets[0]]) handed.push(...(await ok(manager, HAND_OUT, { input: { bookletId: b.id, profile } })).handOut.passes.map((p: { number: string }) => p.number));
    clock.set('2020-03-20T10:00:00Z');
    const redemptionIds: string[] = [];
    for (const number of handed.slice(0, 3)) {
      const input = { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId: place.placeId, idempotencyKey: randomUUID() };
      redemptionIds.push((await ok(placeOf(place.organisationId), REDEEM, { input })).redeemPass.id);
    }
    clock.set('2020-03-10T09:00:00Z');
    const [{ id: inStockBookletId }] = await service.dataSource.query(`SELECT id FROM booklet WHERE order_id = $1 AND distributor_organisation_id IS NULL ORDER BY number LIMIT 1`, [orderId]);
    return { programmeId, manager, finance, auditor, orderId, placedOrderId, distributor, place, own, sharedBooklets, handed, redemptionIds, inStockBookletId: inStockBookletId as string, statementId: '' };
  }

  /** Everything passes holds of a programme, to show that a refused call changed nothing. */
  async function stateOf(programmeId: string) {
    const [row] = await service.dataSource.query(
      `SELECT (SELECT json_agg(json_build_object('id', id, 'status', status, 'mandat', payment_order_number) ORDER BY id) FROM pass_order WHERE programme_id = $1) AS orders,
              (SELECT count(*)::int FROM print_file_export e JOIN pass_order o ON o.id = e.order_id WHERE o.programme_id = $1) AS exports,
              (SELECT json_agg(json_build_object('id', id, 'distributor', distributor_organisation_id, 'handed', handed_out_count) ORDER BY id) FROM booklet WHERE programme_id = $1) AS booklets,
              (SELECT count(*)::int FROM hand_out WHERE programme_id = $1) AS hand_outs,
              (SELECT json_agg(json_build_object('id', id, 'status', status) ORDER BY id) FROM redemption WHERE programme_id = $1) AS redemptions,
              (SELECT json_agg(json_build_object('id', id, 'status', status) ORDER BY id) FROM statement WHERE programme_id = $1) AS statements,
              (SELECT count(*)::int FROM credit_note WHERE programme_id = $1) AS credit_notes,
              (SELECT count(*)::int FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.status = 'EXPIRED') AS expired,
              (SELECT count(*)::int FROM outbox_event) AS events`,
      [programmeId],
    );
    return row;
  }

  let a: Awaited<ReturnType<typeof authority>>;
  let b: Awaited<ReturnType<typeof authority>>;
  let generatedForA: { statementCount: number; passCount: number };
  let bUnstatedAfterA: number;
  let expiredForA: { expired: number };
  let bExpiredAfterA: number;
  let scheduled: ExpiryRun[];

  beforeAll(async () => {
    a = await authority();
    b = await authority();
    clock.set('2020-04-02T08:00:00Z');
    generatedForA = (await ok(a.finance, GENERATE, { month: '2020-03', id: a.programmeId })).generateStatements;
    [{ count: bUnstatedAfterA }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM redemption WHERE programme_id = $1 AND statement_id IS NULL`, [b.programmeId]);
    await ok(b.manager, GENERATE, { month: '2020-03', id: b.programmeId });
    for (const side of [a, b]) side.statementId = (await ok(side.manager, STATEMENTS, { programmeId: side.programmeId })).statements.edges[0].node.id;
    // April 2021: the passes handed out in March 2020 have reached the end of their validity.
    clock.set('2021-04-11T03:00:00Z');
    expiredForA = (await ok(a.manager, RUN_EXPIRY, { id: a.programmeId })).runExpiry;
    [{ count: bExpiredAfterA }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.status = 'EXPIRED'`, [b.programmeId]);
    logged.length = 0;
    scheduled = await service.services.expiry.runAll();
    clock.set('2021-04-12T09:00:00Z');
  }, 120_000);

  it('reads another programme’s order, booklet, pass and statement as ones that do not exist: null', async () => {
    type Side = typeof a;
    const reads: Array<[string, string, (side: Side) => string, string]> = [
      [`query($id: ID!) { passOrder(id: $id) { id } }`, 'passOrder', (side) => side.orderId, randomUUID()],
      [`query($id: ID!) { booklet(id: $id) { id } }`, 'booklet', (side) => side.own[1].id, randomUUID()],
      [`query($id: String!) { bookletByNumber(number: $id) { id } }`, 'bookletByNumber', (side) => side.own[1].number, '9999999999'],
      [`query($id: String!) { pass(number: $id) { number } }`, 'pass', (side) => side.handed[0], '999999999996'],
      [`query($id: ID!) { statement(id: $id) { id } }`, 'statement', (side) => side.statementId, randomUUID()],
    ];
    for (const [query, field, idOf, missing] of reads) {
      for (const reader of [a.manager, a.finance, a.auditor]) {
        const theirs = await call(reader, query, { id: idOf(b) });
        expect(told(theirs)).toEqual(told(await call(reader, query, { id: missing })));
        expect(theirs.data).toEqual({ [field]: null });
        expect((await call(reader, query, { id: idOf(a) })).data[field]).not.toBeNull();
      }
      expect((await call(b.auditor, query, { id: idOf(b) })).data[field]).not.toBeNull();
    }
  });

  it('lists only the objects of the programmes the caller reads, and a distributor its own', async () => {
    const lists: Array<[string, string]> = [
      [`query($id: ID!) { passOrders(programmeId: $id) { totalCount edges { node { id } } } }`, 'passOrders'],
      [`query($id: ID!) { creditNotes(programmeId: $id) { totalCount edges { node { id } } } }`, 'creditNotes'],
      [`query($id: ID) { statements(programmeId: $id) { totalCount edges { node { id } } } }`, 'statements'],
    ];
    for (const [query, field] of lists) {
      for (const reader of [a.manager, a.finance, a.auditor]) {
        const theirs = await call(reader, query, { id: b.programmeId });
        expect(told(theirs)).toEqual(told(await call(reader, query, { id: randomUUID() })));
        expect(theirs.data[field].totalCount).toBe(0);
        expect((await call(reader, query, { id: a.programmeId })).data[field].totalCount).toBeGreaterThan(0);
      }
    }
    const all = (await call(a.auditor, STATEMENTS)).data.statements;
    expect(all.edges.map((e: { node: { programme: { id: string } } }) => e.node.programme.id)).toEqual([a.programmeId]);
    // The shared distributor's booklets: A's readers see A's; the distributor sees all of its own, or those of the programmes its grants are limited to.
    const BOOKLETS = `query($org: ID!) { distributorBooklets(organisationId: $org) { totalCount edges { node { id } } } }`;
    const ids = async (identity: Identity, org: string) => (await call(identity, BOOKLETS, { org })).data.distributorBooklets.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    expect(await ids(a.manager, shared)).toEqual(a.sharedBooklets.map((x) => x.id).sort());
    expect(await ids(distributorOf(shared), shared)).toEqual([...a.sharedBooklets, ...b.sharedBooklets].map((x) => x.id).sort());
    expect(await ids(distributorOf(shared, { programmeIds: [a.programmeId] }), shared)).toEqual(a.sharedBooklets.map((x) => x.id).sort());
    expect(told(await call(a.manager, BOOKLETS, { org: b.distributor }))).toEqual(told(await call(a.manager, BOOKLETS, { org: randomUUID() })));
    expect(told(await call(distributorOf(a.distributor), BOOKLETS, { org: shared }))).toEqual(told(await call(distributorOf(a.distributor), BOOKLETS, { org: randomUUID() })));
  });

  it('answers another programme’s changes as changes of missing objects, and changes nothing of it', async () => {
    const before = await stateOf(b.programmeId);
    const missingPass = '999999999996';
    type Attempt = [Identity, string, (side: typeof a | null) => Record<string, unknown>];
    const attempts: Attempt[] = [
      [a.manager, `mutation($id: ID!) { markOrderDelivered(orderId: $id) { id } }`, (side) => ({ id: side?.placedOrderId ?? randomUUID() })],
      [a.manager, `mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "M-9") { id } }`, (side) => ({ id: side?.placedOrderId ?? randomUUID() })],
      [a.manager, `mutation($id: ID!) { exportPrintFile(orderId: $id) { csv } }`, (side) => ({ id: side?.placedOrderId ?? randomUUID() })],
      [a.manager, ALLOCATE, (side) => ({ input: { distributorOrganisationId: shared, orderId: side?.orderId ?? randomUUID(), count: 1 } })],
      [a.manager, ALLOCATE, (side) => ({ input: { distributorOrganisationId: shared, bookletIds: [side?.inStockBookletId ?? randomUUID()] } })],
      [a.manager, `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id } }`, (side) => ({ ids: [side?.sharedBooklets[1].id ?? randomUUID()] })],
      [a.manager, HAND_OUT, (side) => ({ input: { bookletId: side?.sharedBooklets[1].id ?? randomUUID(), profile } })],
      [a.manager, HAND_OUT, (side) => ({ input: { passNumber: side?.sharedBooklets[1].passes[0].number ?? missingPass, profile } })],
      [distributorOf(shared, { programmeIds: [a.programmeId] }), HAND_OUT, (side) => ({ input: { bookletId: side?.sharedBooklets[1].id ?? randomUUID(), profile } })],
      [distributorOf(shared, { programmeIds: [a.programmeId] }), `mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id } }`, (side) => ({ ids: [side?.sharedBooklets[1].id ?? randomUUID()] })],
      [a.manager, `mutation($id: ID!) { cancelRedemption(redemptionId: $id, reason: "essai") { id } }`, (side) => ({ id: side?.redemptionIds[2] ?? randomUUID() })],
      [a.manager, `mutation($id: ID!) { approveStatement(statementId: $id) { id } }`, (side) => ({ id: side?.statementId ?? randomUUID() })],
      [a.finance, `mutation($id: ID!) { markStatementPaid(statementId: $id, paymentReference: "VIR-1") { id } }`, (side) => ({ id: side?.statementId ?? randomUUID() })],
      [a.finance, GENERATE, (side) => ({ month: '2020-03', id: side?.programmeId ?? randomUUID() })],
      [a.manager, RUN_EXPIRY, (side) => ({ id: side?.programmeId ?? randomUUID() })],
      [a.manager, PLACE_ORDER, (side) => ({ input: { programmeId: side?.programmeId ?? randomUUID(), bookletCount: 1 } })],
    ];
    for (const [identity, mutation, variables] of attempts) {
      const theirs = await call(identity, mutation, variables(b));
      const missing = await call(identity, mutation, variables(null));
      expect({ mutation, ...told(theirs) }).toEqual({ mutation, ...told(missing) });
      expect(theirs.errors?.[0].extensions?.code).toMatch(/^(NOT_FOUND|UNKNOWN_PASS|PROGRAMME_UNKNOWN)$/);
    }
    expect(await stateOf(b.programmeId)).toEqual(before);
    // B's manager still exports its print file once, and its distributor still hands out its booklet.
    const exported = await call(b.manager, `mutation($id: ID!) { exportPrintFile(orderId: $id) { passCount } }`, { id: b.placedOrderId });
    expect(exported.data).toEqual({ exportPrintFile: { passCount: 10 } });
    expect((await call(distributorOf(shared), HAND_OUT, { input: { bookletId: b.sharedBooklets[1].id, profile } })).errors).toBeUndefined();
  });

  it('generates one programme’s statements only', () => {
    expect(generatedForA).toEqual({ statementCount: 1, passCount: 3 });
    expect(bUnstatedAfterA).toBe(3);
  });

  it('runs the expiry job for one programme, and the scheduled run through every programme with a log line each', async () => {
    expect(expiredForA.expired).toBeGreaterThan(0);
    expect(bExpiredAfterA).toBe(0);
    const byProgramme = new Map(scheduled.map((run) => [run.programmeId, run]));
    expect(byProgramme.get(a.programmeId)).toMatchObject({ expired: 0, creditNotes: [] });
    expect(byProgramme.get(b.programmeId)).toMatchObject({ expired: expiredForA.expired, creditNotes: [expect.objectContaining({ passCount: expiredForA.expired })] });
    const lines = logged.filter((l) => l.message === 'expiry run');
    expect(lines.map((l) => l.fields?.programmeId).sort()).toEqual(scheduled.map((run) => run.programmeId).sort());
    expect(lines.find((l) => l.fields?.programmeId === b.programmeId)?.fields).toMatchObject({ expired: expiredForA.expired, creditNotes: 1, runOn: '2021-04-11' });
    // Run again, it changes nothing.
    const again = await service.services.expiry.runAll();
    expect(again.every((run) => run.expired === 0 && run.creditNotes.length === 0)).toBe(true);
  });

  it('shows each programme’s staff the audit trail of their programme only', async () => {
    const TRAIL = `{ passesAuditTrail(first: 200) { edges { node { operation programmeIds outcome } } } }`;
    const entries = (await ok(a.manager, TRAIL)).passesAuditTrail.edges.map((e: { node: { operation: string; programmeIds: string[] } }) => e.node);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.programmeIds).toContain(a.programmeId);
    expect(entries.some((entry: { programmeIds: string[] }) => entry.programmeIds.includes(b.programmeId))).toBe(false);
    expect(entries.map((entry: { operation: string }) => entry.operation)).toContain('generateStatements');
  });

  it('writes the justification of a statement with a place name that reads as a formula as text', async () => {
    const { justificationCsv } = (await ok(a.auditor, `query($id: ID!) { statement(id: $id) { justificationCsv } }`, { id: a.statementId })).statement;
    const rows: Array<Record<string, string>> = parse(justificationCsv, { columns: true });
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.place_name).toBe(`'=HYPERLINK("https://example.org/x","relevé")`);
  });
});
