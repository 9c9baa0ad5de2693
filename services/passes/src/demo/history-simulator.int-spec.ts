// Integration: the demo history simulator on a small programme — its funnel must agree with the
// passes themselves at every stage, and every month it touched must be stated and paid.
import { ManualClock } from '@pass-numerique/kernel';
import { DEMO_PASSES_HISTORY, DEMO_PILOT_HISTORY, FOUNDING_DECISION, PILOT_ZONE } from '@pass-numerique/demo-programme';
import { deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
import { silentLogger } from '@pass-numerique/service-kit';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { createPassesServices } from '../context';
import { openTestProgramme, qualifyTestPlace, signTestDistributor } from '../testing/passes-test-kit';
import { HistorySimulator } from './history-simulator';

describe('demo history simulator', () => {
  const config = { ...testServiceConfig('passes', { logLevel: 'error' }), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startPassesService>>;

  beforeAll(async () => {
    service = await startPassesService(config, { expiryEveryMs: 0 });
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it('describes the founding decision: 68,750 passes in 6,875 booklets, and the 5,000 of the pilot', () => {
    expect(DEMO_PASSES_HISTORY.order.bookletCount * DEMO_PASSES_HISTORY.order.bookletSize).toBe(FOUNDING_DECISION.programme.passCount);
    expect(DEMO_PASSES_HISTORY.order.bookletCount).toBe(6_875);
    expect(DEMO_PILOT_HISTORY.order.bookletCount * 10).toBe(PILOT_ZONE.passQuota);
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
    const history = { ...DEMO_PASSES_HISTORY, programmeId, order: { ...DEMO_PASSES_HISTORY.order, id: crypto.randomUUID(), bookletCount: 60 } };
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
         FROM pass p WHERE p.order_id = $1`,
      [history.order.id],
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
