// Integration: orders, their booklets and passes, on a real PostgreSQL and NATS, called as the gateway would.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { auditorOf, managerOf, openTestProgramme, PLACE_ORDER } from '../testing/passes-test-kit';
import { hasValidCheckDigit, verificationCode } from './pass-numbers';

const ORDER = `query($id: ID!) { passOrder(id: $id) { id status paymentOrderNumber printFileExport { exportedBy passCount }
  booklets(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { number size state passes { number status validUntil faceValue { cents } } } } } } }`;
const FUNNEL = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { ordered activated } } }`;

describe('orders: placing, issuing booklets and passes, activation, print file', () => {
  const clock = new ManualClock('2024-03-01T10:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock });
  let programmeId: string;
  let manager: Identity;
  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => callSubgraph(service.url, query, variables, identity);

  beforeAll(async () => {
    programmeId = await openTestProgramme(service);
    manager = managerOf(programmeId);
  });

  it('places an order of 10-pass booklets with a 4 % fee, issuing unique check-digit numbers, and announces it', async () => {
    const { data, errors } = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 5, targetPublics: ['FAR_FROM_EMPLOYMENT'] } });
    expect(errors).toBeUndefined();
    expect(data.placeOrder).toMatchObject({
      status: 'PLACED',
      bookletCount: 5,
      bookletSize: 10,
      passCount: 50,
      passFaceValue: { cents: 1_000 },
      faceValueTotal: { cents: 50_000 },
      fee: { cents: 2_000 },
      feeRateBasisPoints: 400,
      perimeter: { level: 'DEPARTEMENT', code: '80' },
    });
    const orderId = data.placeOrder.id;
    const order = (await call(ORDER, { id: orderId })).data.passOrder;
    expect(order.booklets.totalCount).toBe(5);
    expect(order.booklets.pageInfo.hasNextPage).toBe(true);
    const passes = order.booklets.edges.flatMap((e: { node: { passes: Array<{ number: string; status: string }> } }) => e.node.passes);
    expect(passes).toHaveLength(30);
    expect(new Set(passes.map((p: { number: string }) => p.number)).size).toBe(30);
    for (const p of passes) {
      expect(p.number).toMatch(/^\d{12}$/);
      expect(hasValidCheckDigit(p.number)).toBe(true);
      expect(p).toMatchObject({ status: 'ISSUED', validUntil: null, faceValue: { cents: 1_000 } });
    }
    for (const e of order.booklets.edges) expect(e.node).toMatchObject({ size: 10, state: 'IN_STOCK' });

    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.order.placed.v1');
      return e?.payload.orderId === orderId ? e : undefined;
    }, 10_000, 'passes.order.placed.v1');
    expect(event.payload).toMatchObject({ programmeId, passCount: 50, faceValueTotalCents: 50_000, feeCents: 2_000, feeRateBasisPoints: 400, targetPublics: ['FAR_FROM_EMPLOYMENT'] });
    const funnel = (await call(FUNNEL, { id: programmeId })).data.programmePasses.funnel;
    expect(funnel.ordered).toBeGreaterThanOrEqual(50);
  });

  it('pages booklets with cursors, never repeating one', async () => {
    const { data } = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 7, bookletSize: 5 } });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await call(`query($id: ID!, $after: String) { passOrder(id: $id) { booklets(first: 3, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { number size } } } } }`, { id: data.placeOrder.id, after })).data.passOrder.booklets;
      seen.push(...page.edges.map((e: { node: { number: string } }) => e.node.number));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('activates only a delivered order, on a payment-order number, and counts it as activated', async () => {
    const { data } = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } });
    const id = data.placeOrder.id;
    const early = await call(`mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "M-1") { status } }`, { id });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'INVALID_ORDER_STATE', status: 'PLACED' });
    const before = (await call(FUNNEL, { id: programmeId })).data.programmePasses.funnel.activated;
    await call(`mutation($id: ID!) { markOrderDelivered(orderId: $id) { status } }`, { id });
    const blank = await call(`mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "  ") { status } }`, { id });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paymentOrderNumber' });
    const activated = await call(`mutation($id: ID!) { activateOrder(orderId: $id, paymentOrderNumber: "2020-MANDAT-4512") { status paymentOrderNumber activatedAt } }`, { id });
    expect(activated.data.activateOrder).toMatchObject({ status: 'ACTIVATED', paymentOrderNumber: '2020-MANDAT-4512' });
    const after = (await call(FUNNEL, { id: programmeId })).data.programmePasses.funnel.activated;
    expect(after - before).toBe(10);
    const event = await eventually(async () => {
      const e = await lastPublishedEvent(service.bus, 'passes.order.activated.v1');
      return e?.payload.orderId === id ? e : undefined;
    }, 10_000, 'passes.order.activated.v1');
    expect(event.payload).toMatchObject({ passCount: 10, faceValueTotalCents: 10_000, feeCents: 400, paymentOrderNumber: '2020-MANDAT-4512' });
  });

  it('exports the print file once, logged, with codes that are stored nowhere', async () => {
    const { data } = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 2, bookletSize: 5 } });
    const id = data.placeOrder.id;
    const exported = await call(`mutation($id: ID!) { exportPrintFile(orderId: $id) { passCount csv } }`, { id }, managerOf(programmeId, 'operator-alice'));
    expect(exported.errors).toBeUndefined();
    const lines = exported.data.exportPrintFile.csv.trim().split('\n');
    expect(lines[0]).toBe('booklet_number,pass_number,verification_code,qr_payload');
    expect(lines).toHaveLength(11);
    const [, passNumber, code, qr] = lines[1].split(',');
    expect(code).toBe(verificationCode(passCodeKey(config), passNumber));
    expect(qr).toBe(`PN1.${passNumber}.${code}`);
    const again = await call(`mutation($id: ID!) { exportPrintFile(orderId: $id) { passCount } }`, { id });
    expect(again.errors?.[0].extensions?.code).toBe('PRINT_FILE_ALREADY_EXPORTED');
    const order = (await call(ORDER, { id })).data.passOrder;
    expect(order.printFileExport).toEqual({ exportedBy: 'operator-alice', passCount: 10 });
    // No table holds the code, in any form we could write it.
    const [{ dump }] = await service.dataSource.query(`SELECT string_agg(t::text, ' ') AS dump FROM pass t WHERE order_id = $1`, [id]);
    expect(dump).not.toContain(code);
  });

  it('refuses bad orders with their own codes and writes nothing', async () => {
    const count = async () => (await service.dataSource.query(`SELECT count(*)::int AS n FROM pass_order`))[0].n;
    const before = await count();
    const attempt = async (input: Record<string, unknown>) => (await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1, ...input } })).errors?.[0].extensions;
    expect(await attempt({ bookletSize: 7 })).toMatchObject({ code: 'INVALID_BOOKLET_SIZE', field: 'bookletSize' });
    expect(await attempt({ bookletCount: 0 })).toMatchObject({ code: 'INVALID_QUANTITY' });
    expect(await attempt({ passFaceValue: '10.001' })).toMatchObject({ code: 'INVALID_AMOUNT' });
    expect(await attempt({ feeRateBasisPoints: 10_001 })).toMatchObject({ code: 'INVALID_RATE' });
    expect(await attempt({ programmeId: randomUUID() })).toMatchObject({ code: 'PROGRAMME_UNKNOWN', field: 'programmeId' });
    expect(await attempt({ perimeter: { level: 'DEPARTEMENT', code: '59' } })).toMatchObject({ code: 'OUTSIDE_PROGRAMME_PERIMETER', field: 'perimeter' });
    expect(await attempt({ perimeter: { level: 'COMMUNE', code: '99999' } })).toMatchObject({ code: 'UNKNOWN_TERRITORY', field: 'perimeter' });
    expect(await attempt({ validFrom: '2025-06-01', validUntil: '2025-01-01' })).toMatchObject({ code: 'INVALID_PERIOD', field: 'validUntil' });
    expect(await count()).toBe(before);
    const denied = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } }, caller('distributor', { organisationId: randomUUID() }));
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const auditor = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1 } }, auditorOf(programmeId));
    expect(auditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('refuses an order for a programme that has ended, by the service clock, and writes nothing', async () => {
    const ended = await openTestProgramme(service, { startsOn: '2023-01-01', endsOn: '2024-02-29' });
    const count = async () => (await service.dataSource.query(`SELECT count(*)::int AS n FROM pass_order WHERE programme_id = $1`, [ended]))[0].n;
    const refused = await call(PLACE_ORDER, { input: { programmeId: ended, bookletCount: 1 } }, managerOf(ended));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'PROGRAMME_ENDED', field: 'programmeId' });
    expect(refused.data).toBeNull();
    expect(await count()).toBe(0);
    clock.set('2024-02-29T23:00:00Z'); // its last day: still open
    try {
      expect((await call(PLACE_ORDER, { input: { programmeId: ended, bookletCount: 1 } }, managerOf(ended))).errors).toBeUndefined();
    } finally {
      clock.set('2024-03-01T10:00:00Z');
    }
    expect(await count()).toBe(1);
  });

  it('accepts an order restricted to a commune of the programme perimeter', async () => {
    const { data, errors } = await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1, perimeter: { level: 'COMMUNE', code: '80021' } } });
    expect(errors).toBeUndefined();
    expect(data.placeOrder.perimeter).toEqual({ level: 'COMMUNE', code: '80021' });
  });

  it('keeps an audit trail of its mutations: who, what, outcome — no arguments', async () => {
    const someone = managerOf(programmeId, `manager-${randomUUID().slice(0, 6)}`);
    await call(PLACE_ORDER, { input: { programmeId, bookletCount: 1, bookletSize: 7 } }, someone);
    const { data, errors } = await call(`{ passesAuditTrail(first: 20) { edges { node { operation subject outcome targets programmeIds } } } }`, {}, someone);
    expect(errors).toBeUndefined();
    const mine = data.passesAuditTrail.edges.map((e: { node: unknown }) => e.node).filter((n: { subject: string }) => n.subject === someone.subject);
    expect(mine).toEqual([{ operation: 'placeOrder', subject: someone.subject, outcome: 'INVALID_BOOKLET_SIZE', targets: [programmeId], programmeIds: [programmeId] }]);
  });
});
