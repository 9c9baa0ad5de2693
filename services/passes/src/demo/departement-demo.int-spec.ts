// Integration: the Département de la Somme's part of the demo in passes — its programme next to
// the Région's, its order and first months through the services on the given days, the same on
// every run and written once.
import { randomUUID } from 'node:crypto';
import { DEMO_PLACES, DEPARTEMENT_DEMO, FOUNDING_DECISION } from '@pass-numerique/demo-programme';
import { Geography } from '@pass-numerique/geography';
import { ManualClock } from '@pass-numerique/kernel';
import { silentLogger } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { managerOf } from '../testing/passes-test-kit';
import { loadDemoFacts, loadDepartementHistory } from './load-passes-demo';

describe("the Département's demo programme", () => {
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock: new ManualClock('2021-06-15T10:00:00Z'), expiryEveryMs: 0 });
  const { programme, order, history } = DEPARTEMENT_DEMO;
  const load = () => loadDepartementHistory({ dataSource: service.dataSource, bus: service.bus, clock: new ManualClock('2026-01-01T00:00:00Z'), logger: silentLogger }, { passCodeKey: passCodeKey(config) }, silentLogger);

  /** Everything passes holds of the Département's programme, to compare two loads. */
  const stateOf = async () =>
    (
      await service.dataSource.query(
        `SELECT (SELECT json_agg(json_build_object('status', status, 'placed', placed_at, 'delivered', delivered_at, 'activated', activated_at, 'mandat', payment_order_number)) FROM pass_order WHERE programme_id = $1) AS orders,
                (SELECT json_agg(json_build_object('number', number, 'distributor', distributor_organisation_id, 'at', allocated_at, 'handed', handed_out_count, 'redeemed', redeemed_count) ORDER BY number)
                   FROM booklet WHERE programme_id = $1 AND distributor_organisation_id IS NOT NULL) AS booklets,
                (SELECT json_agg(json_build_object('commune', residence_insee_code, 'at', handed_out_at, 'zones', zone_ids, 'situation', situation) ORDER BY handed_out_at) FROM hand_out WHERE programme_id = $1) AS hand_outs,
                (SELECT json_agg(json_build_object('pass', pass_number, 'place', place_id, 'at', redeemed_at) ORDER BY redeemed_at) FROM redemption WHERE programme_id = $1) AS redemptions,
                (SELECT json_object_agg(stage, n) FROM (SELECT unnest(ARRAY['ordered', 'activated', 'allocated', 'handed_out', 'redeemed']) AS stage,
                        unnest(ARRAY[sum(ordered), sum(activated), sum(allocated), sum(handed_out), sum(redeemed)])::int AS n
                   FROM funnel_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME') f) AS funnel`,
        [programme.id],
      )
    )[0];

  beforeAll(async () => {
    await loadDemoFacts(service.dataSource);
  });

  it('knows the Département’s programme next to the Région’s, and the places each qualified', async () => {
    const programmes = await service.dataSource.query(`SELECT id, owner_organisation_id, perimeter_code, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM programme WHERE id = ANY($1::uuid[]) ORDER BY starts_on`, [
      [FOUNDING_DECISION.programme.id, programme.id],
    ]);
    expect(programmes).toEqual([
      expect.objectContaining({ id: FOUNDING_DECISION.programme.id }),
      { id: programme.id, owner_organisation_id: DEPARTEMENT_DEMO.ownerOrganisationId, perimeter_code: '80', ends_on: programme.endsOn },
    ]);
    const qualified: Array<{ place_id: string }> = await service.dataSource.query(`SELECT place_id FROM place_qualification WHERE programme_id = $1 AND status = 'QUALIFIED' ORDER BY place_id`, [programme.id]);
    expect(qualified.map((q) => q.place_id)).toEqual([...DEPARTEMENT_DEMO.sharedPlaceIds].sort());
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place_qualification WHERE programme_id = $1`, [FOUNDING_DECISION.programme.id]);
    expect(count).toBe(DEMO_PLACES.length);
  });

  it('writes its order and first months on the given days: 30 booklets to the shared distributor, 6 handed out in its zone, 22 passes redeemed at the shared places', async () => {
    expect(await load()).toBe(true);
    const state = await stateOf();
    expect(state.orders).toEqual([
      { status: 'ACTIVATED', placed: `${order.placedOn}T09:00:00+00:00`, delivered: `${order.deliveredOn}T09:00:00+00:00`, activated: `${order.activatedOn}T09:00:00+00:00`, mandat: order.paymentOrderNumber },
    ]);
    expect(state.funnel).toEqual({ ordered: 2_000, activated: 2_000, allocated: 300, handed_out: 60, redeemed: 22 });
    expect(state.booklets).toHaveLength(history.bookletsAllocated);
    expect(new Set(state.booklets.map((b: { distributor: string }) => b.distributor))).toEqual(new Set([DEPARTEMENT_DEMO.sharedDistributorId]));
    expect(state.booklets.every((b: { at: string }) => b.at.startsWith(history.allocatedOn))).toBe(true);
    expect(state.booklets.filter((b: { handed: number }) => b.handed === 10)).toHaveLength(history.bookletsHandedOut);
    const zone = new Set(DEPARTEMENT_DEMO.zone.epcis.flatMap((e) => Geography.load().membersOfEpci(e)));
    expect(state.hand_outs).toHaveLength(history.bookletsHandedOut);
    for (const h of state.hand_outs) {
      expect(h.at.startsWith(history.handedOutOn)).toBe(true);
      expect(zone.has(h.commune)).toBe(true);
      expect(h.zones).toEqual([DEPARTEMENT_DEMO.zone.id]);
    }
    expect(state.redemptions).toHaveLength(history.passesRedeemed);
    const byPlace = new Map<string, number>();
    for (const r of state.redemptions) {
      expect(r.at.startsWith(history.redeemedOn)).toBe(true);
      byPlace.set(r.place, (byPlace.get(r.place) ?? 0) + 1);
    }
    expect(Object.fromEntries(byPlace)).toEqual(Object.fromEntries(DEPARTEMENT_DEMO.sharedPlaceIds.map((id, i) => [id, i === 0 ? 8 : 7])));
  });

  it('writes it once: a second load changes nothing', async () => {
    const before = await stateOf();
    const [{ events }] = await service.dataSource.query(`SELECT count(*)::int AS events FROM outbox_event`);
    expect(await load()).toBe(false);
    expect(await stateOf()).toEqual(before);
    expect((await service.dataSource.query(`SELECT count(*)::int AS events FROM outbox_event`))[0].events).toBe(events);
  });

  it('refuses its passes at the place only the Région qualified', async () => {
    const [{ number }] = await service.dataSource.query(
      `SELECT p.number::text AS number FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1 AND p.status = 'HANDED_OUT' ORDER BY p.number LIMIT 1`,
      [programme.id],
    );
    const redeem = (placeId: string) =>
      callSubgraph(
        service.url,
        `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`,
        { input: { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId, idempotencyKey: randomUUID() } },
        managerOf(programme.id),
      );
    expect((await redeem(DEPARTEMENT_DEMO.regionOnlyPlaceId)).errors?.[0].extensions?.code).toBe('PLACE_NOT_QUALIFIED');
    expect((await redeem(DEPARTEMENT_DEMO.sharedPlaceIds[1])).errors).toBeUndefined();
  });
});
