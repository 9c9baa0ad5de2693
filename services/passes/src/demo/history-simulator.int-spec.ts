// Integration: the demo history simulator on a small programme — its funnel must agree with the
// passes themselves at every stage, and every month it touched must be stated and paid.
import { ManualClock } from '@pass-numerique/kernel';
import { DEMO_PASS_ORDER_TRANCHES, DEMO_PASSES_HISTORY, DEMO_PILOT_HISTORY, FOUNDING_DECISION, PILOT_ZONE } from '@pass-numerique/demo-programme';
import { useTestService } from '@pass-numerique/testing';
import { silentLogger } from '@pass-numerique/service-kit';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { createPassesServices } from '../context';
import { openTestProgramme, qualifyTestPlace, signTestDistributor } from '../testing/passes-test-kit';
import { HistorySimulator } from './history-simulator';

describe('demo history simulator', () => {
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { expiryEveryMs: 0 });

  it('buys the founding decision’s passes in funding’s tranches, within its 68,750, each allocated after its activation; and the 5,000 of the pilot', () => {
    expect(DEMO_PASSES_HISTORY.orders.map((o) => [o.id, o.bookletCount, o.placedOn, o.deliveredOn, o.activatedOn, o.paymentOrderNumber])).toEqual(
      DEMO_PASS_ORDER_TRANCHES.map((t) => [t.orderId, t.bookletCount, t.placedOn, t.deliveredOn, t.activatedOn, t.paymentOrderNumber]),
    );
    const passes = DEMO_PASSES_HISTORY.orders.reduce((sum, o) => sum + o.bookletCount * o.bookletSize, 0);
    expect(passes).toBeLessThanOrEqual(FOUNDING_DECISION.programme.passCount);
    for (const o of DEMO_PASSES_HISTORY.orders) expect(o.allocationDays.every((d) => d > o.activatedOn && d <= FOUNDING_DECISION.programme.endsOn)).toBe(true);
    expect(DEMO_PILOT_HISTORY.orders.reduce((sum, o) => sum + o.bookletCount * o.bookletSize, 0)).toBe(PILOT_ZONE.passQuota);
  });

  it('writes a history whose funnel agrees with the passes, stated, paid and credited', async () => {
    const programmeId = await openTestProgramme(service, { perimeter: { level: 'DEPARTEMENT', code: '80' }, startsOn: '2020-02-04', endsOn: '2021-12-31' });
    const distributors = [
      { ...(await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' })), scope: { level: 'DEPARTEMENT', code: '80' } },
      { ...(await signTestDistributor(service, programmeId, { level: 'EPCI', code: '248000531' })), scope: { level: 'EPCI', code: '248000531' } },
    ];
    const places = [await qualifyTestPlace(service, programmeId, { inseeCode: '80021' }), await qualifyTestPlace(service, programmeId, { inseeCode: '80001' })].map((p) => ({
      id: p.placeId,
      organisationId: p.organisationId,
      inseeCode: p.inseeCode,
    }));
    // Every tranche, a few booklets each.
    const history = { ...DEMO_PASSES_HISTORY, programmeId, orders: DEMO_PASSES_HISTORY.orders.map((o) => ({ ...o, id: crypto.randomUUID(), bookletCount: 20 })) };
    const clock = new ManualClock('2020-02-01T00:00:00Z');
    const services = createPassesServices({ dataSource: service.dataSource, bus: service.bus, clock, logger: silentLogger }, { passCodeKey: passCodeKey(config) });
    await new HistorySimulator(services, clock, history, distributors, places, silentLogger).run();

    const [funnel] = await service.dataSource.query(
      `SELECT sum(ordered)::int AS ordered, sum(handed_out)::int AS "handedOut", sum(redeemed)::int AS redeemed, sum(reimbursed)::int AS reimbursed,
              sum(expired)::int AS expired, sum(credited)::int AS credited
         FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`,
      [programmeId],
    );
    const [actual] = await service.dataSource.query(
      `SELECT count(*)::int AS ordered, count(p.hand_out_id)::int AS "handedOut", count(*) FILTER (WHERE p.status = 'REDEEMED')::int AS redeemed,
              count(*) FILTER (WHERE p.status = 'EXPIRED')::int AS expired, count(p.credit_note_id)::int AS credited
         FROM pass p WHERE p.order_id = ANY($1::uuid[])`,
      [history.orders.map((o) => o.id)],
    );
    const [{ paid }] = await service.dataSource.query(
      `SELECT COALESCE(sum(pass_count), 0)::int AS paid FROM statement WHERE programme_id = $1 AND status = 'PAID'`,
      [programmeId],
    );
    expect(funnel).toEqual({ ...actual, reimbursed: paid });
    expect(funnel.ordered).toBe(600);
    expect(funnel.handedOut).toBeGreaterThan(300);
    expect(funnel.redeemed).toBeGreaterThan(100);
    // Everything ends redeemed (and paid) or expired (and credited) once the programme is over.
    expect(funnel.redeemed + funnel.expired).toBe(600);
    expect(funnel.reimbursed).toBe(funnel.redeemed);
    expect(funnel.credited).toBe(funnel.expired);
  });
});
