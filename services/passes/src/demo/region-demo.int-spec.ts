// Integration: the Région's demo history as passes loads it on `npm start` — its passes bought in
// funding's tranches (DEMO_PASS_ORDER_TRANCHES), each placed, delivered and activated (paid) on
// its days, its booklets allocated after each activation, statements approved then paid each
// month, credit notes from the two expiry runs — checked by what passes announces, so that
// funding's budget follows the voted schedule; and the 2019 pilot inside its zone's quota.
import {
  DEMO_IDS,
  DEMO_PASS_ORDER_TRANCHES,
  DEMO_PASSES_HISTORY,
  DEMO_PLACES,
  FOUNDING_DECISION,
  FUNDING_DEMO,
  PASSES_DEMO_IDS,
  PILOT_ZONE,
  trancheCents,
} from '@pass-numerique/demo-programme';
import { ManualClock } from '@pass-numerique/kernel';
import { silentLogger } from '@pass-numerique/service-kit';
import { useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { loadPassesDemo } from './load-passes-demo';

type Announced = { type: string; payload: Record<string, any> };
const parisDay = (instant: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(instant));

describe("the Région's demo history in tranches", () => {
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { expiryEveryMs: 0, funnelCompactionEveryMs: 0 });
  const programmeId = DEMO_IDS.programme;
  let announced: Announced[];
  const load = () =>
    loadPassesDemo({ dataSource: service.dataSource, bus: service.bus, clock: new ManualClock('2026-01-01T00:00:00Z'), logger: silentLogger }, { passCodeKey: passCodeKey(config) }, silentLogger);
  const ofType = (type: string, programme = programmeId) => announced.filter((e) => e.type === type && e.payload.programmeId === programme).map((e) => e.payload);

  beforeAll(async () => {
    expect(await load()).toBe('loaded');
    announced = await service.dataSource.query(`SELECT type, payload FROM outbox_event ORDER BY position`);
  }, 300_000);

  it('places, delivers and activates each tranche on its days, for its passes, and announces its price: face value + 4 %', async () => {
    const placed = ofType('passes.order.placed.v1');
    expect(placed.map((p) => [p.orderId, parisDay(p.placedAt), p.passCount, p.faceValueTotalCents + p.feeCents])).toEqual(
      DEMO_PASS_ORDER_TRANCHES.map((t) => [t.orderId, t.placedOn, t.bookletCount * 10, trancheCents(t.bookletCount).totalCents]),
    );
    const activated = ofType('passes.order.activated.v1');
    expect(activated.map((a) => [a.orderId, parisDay(a.activatedAt), a.paymentOrderNumber, a.faceValueTotalCents + a.feeCents])).toEqual(
      DEMO_PASS_ORDER_TRANCHES.map((t) => [t.orderId, t.activatedOn, t.paymentOrderNumber, trancheCents(t.bookletCount).totalCents]),
    );
    const orders = await service.dataSource.query(
      `SELECT id, to_char(delivered_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS delivered FROM pass_order WHERE programme_id = $1 ORDER BY placed_at`,
      [programmeId],
    );
    expect(orders).toEqual(DEMO_PASS_ORDER_TRANCHES.map((t) => ({ id: t.orderId, delivered: t.deliveredOn })));
    expect(PASSES_DEMO_IDS.order).toBe(DEMO_PASS_ORDER_TRANCHES[0].orderId);
  });

  it('pays within the voted schedule each budget year: the prepaid tranches and the engineering, never a negative year; credit notes come back in 2021 and 2022', async () => {
    const paid = new Map<number, number>();
    for (const a of ofType('passes.order.activated.v1')) {
      const year = Number(parisDay(a.activatedAt).slice(0, 4));
      paid.set(year, (paid.get(year) ?? 0) + a.faceValueTotalCents + a.feeCents);
    }
    for (const p of FUNDING_DEMO.engineering.payments) paid.set(p.budgetYear, (paid.get(p.budgetYear) ?? 0) + p.amountCents);
    expect(Object.fromEntries(paid)).toEqual({ 2020: 23_245_000, 2021: 42_516_000, 2022: 489_000 });
    for (const line of FOUNDING_DECISION.authorisation.schedule) {
      expect(paid.get(line.budgetYear) ?? 0).toBeGreaterThanOrEqual(0);
      expect(paid.get(line.budgetYear) ?? 0).toBeLessThanOrEqual(line.amountCents);
    }
    expect([...paid.keys()].every((year) => FOUNDING_DECISION.authorisation.schedule.some((l) => l.budgetYear === year))).toBe(true);

    const notes = ofType('passes.credit-note.issued.v1');
    expect([...new Set(notes.map((n) => parisDay(n.issuedAt)))].sort()).toEqual(DEMO_PASSES_HISTORY.expiryRunDays);
    const ids = DEMO_PASS_ORDER_TRANCHES.map((t) => t.orderId);
    for (const n of notes) expect(ids).toContain(n.orderId);
    // Never more back than an order's face value, and every pass ends redeemed or credited.
    for (const t of DEMO_PASS_ORDER_TRANCHES) {
      const credited = notes.filter((n) => n.orderId === t.orderId).reduce((sum, n) => sum + n.amountCents, 0);
      expect(credited).toBeGreaterThan(0);
      expect(credited).toBeLessThan(trancheCents(t.bookletCount).faceValueCents);
    }
    const [left] = await service.dataSource.query(`SELECT count(*)::int AS n FROM pass WHERE order_id = ANY($1::uuid[]) AND status IN ('ISSUED', 'HANDED_OUT')`, [ids]);
    expect(left.n).toBe(0);
  });

  it('allocates each tranche’s booklets only after its activation, and hands passes out within the operation', async () => {
    const [late] = await service.dataSource.query(
      `SELECT count(*) FILTER (WHERE b.allocated_at <= o.activated_at)::int AS early, count(b.allocated_at)::int AS allocated,
              (SELECT count(*)::int FROM hand_out h JOIN pass_order ho ON ho.id = h.order_id WHERE h.programme_id = $1 AND (h.handed_out_at <= ho.activated_at OR h.handed_out_at::date > $2::date)) AS out_of_time
         FROM booklet b JOIN pass_order o ON o.id = b.order_id WHERE o.programme_id = $1`,
      [programmeId, FOUNDING_DECISION.programme.endsOn],
    );
    expect(late).toMatchObject({ early: 0, out_of_time: 0 });
    expect(late.allocated).toBeGreaterThan(0);
    const perOrder = await service.dataSource.query(`SELECT order_id, count(*)::int AS n FROM hand_out WHERE programme_id = $1 GROUP BY order_id ORDER BY order_id`, [programmeId]);
    expect(perOrder.map((r: { order_id: string }) => r.order_id)).toEqual([...DEMO_PASS_ORDER_TRANCHES.map((t) => t.orderId)].sort());
  });

  it('approves every statement (passes.statement.approved.v1) before paying it, month by month', async () => {
    const approved = new Map(ofType('passes.statement.approved.v1').map((a) => [a.statementId, a]));
    const paid = ofType('passes.statement.paid.v1');
    const statements = await service.dataSource.query(`SELECT id, status, month FROM statement WHERE programme_id = $1`, [programmeId]);
    expect(statements.length).toBeGreaterThan(100);
    expect(statements.every((s: { status: string }) => s.status === 'PAID')).toBe(true);
    expect(new Set(paid.map((p) => p.statementId))).toEqual(new Set(statements.map((s: { id: string }) => s.id)));
    expect(approved.size).toBe(statements.length);
    for (const p of paid) {
      const a = approved.get(p.statementId)!;
      expect(a).toMatchObject({ month: p.month, amountCents: p.amountCents, passCount: p.passCount });
      expect(parisDay(a.approvedAt) < p.paidOn).toBe(true);
      expect(p.paidOn > `${p.month}-31`).toBe(true);
    }
    const v2 = ofType('passes.statement.paid.v2');
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(v2.map((p) => [p.statementId, p.grossAmountCents, p.recoveredCents, p.amountCents]).sort(byId)).toEqual(paid.map((p) => [p.statementId, p.amountCents, 0, p.amountCents]).sort(byId));
  });

  it('keeps the 2019 pilot on its zone and within its quota: 5,000 passes ordered and handed out there, redeemed at places inside it', async () => {
    const pilot = PASSES_DEMO_IDS.pilotProgramme;
    const [{ ordered, handed, in_zone }] = await service.dataSource.query(
      `SELECT (SELECT sum(pass_count)::int FROM pass_order WHERE programme_id = $1 AND perimeter_level = 'ZONE' AND perimeter_code = $2) AS ordered,
              (SELECT sum(pass_count)::int FROM hand_out WHERE programme_id = $1) AS handed,
              (SELECT sum(pass_count)::int FROM hand_out WHERE programme_id = $1 AND $2::uuid = ANY(zone_ids)) AS in_zone`,
      [pilot, PILOT_ZONE.id],
    );
    expect({ ordered, handed, in_zone }).toEqual({ ordered: PILOT_ZONE.passQuota, handed: PILOT_ZONE.passQuota, in_zone: PILOT_ZONE.passQuota });
    const [{ members }] = await service.dataSource.query(`SELECT member_communes AS members FROM zone WHERE id = $1`, [PILOT_ZONE.id]);
    const places = await service.dataSource.query(`SELECT DISTINCT place_id FROM redemption WHERE programme_id = $1`, [pilot]);
    expect(places.length).toBeGreaterThan(0);
    for (const { place_id } of places) expect(members).toContain(DEMO_PLACES.find((p) => p.id === place_id)!.inseeCode);
    // The Région's own hand-outs in the pact territory do not count against the pilot's quota.
    const [{ region_in_zone }] = await service.dataSource.query(`SELECT count(*)::int AS region_in_zone FROM hand_out WHERE programme_id = $1 AND $2::uuid = ANY(zone_ids)`, [programmeId, PILOT_ZONE.id]);
    expect(region_in_zone).toBe(0);
  });

  it('is loaded once: a second start finds it and announces nothing more', async () => {
    const [before] = await service.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event`);
    expect(await load()).toBe('already-there');
    const [after] = await service.dataSource.query(`SELECT count(*)::int AS n FROM outbox_event`);
    expect(after.n).toBe(before.n);
  });
});
