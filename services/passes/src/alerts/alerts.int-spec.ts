// Integration: alerts on a constructed programme (région 32, ends 30 Sep 2021, "today" 1 June
// 2021), built through the service's own API on a manual clock:
//  - sleepy (Somme): 10 booklets of order A, 3 handed out in January in Abbeville, 3 passes used;
//    and order C's only booklet (valid until 5 June), one pass handed out on 1 June;
//  - busy (Somme): 2 booklets of A handed out in May in Amiens (16 used), and one of order B
//    (valid until 12 June) handed out on 1 June (2 used); the other booklet of B stays in stock;
//  - nordiste (Nord): order D (perimeter Nord), 2 booklets handed out in May in Lille, 18 used;
//  - places: P1 Amiens (redemptions), P2 Amiens (none), P3 Lille (redemptions), P4 Paris (outside).
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, auditorOf, distributorOf, financeOf, managerOf, openTestProgramme, qualifyTestPlace, signTestDistributor } from '../testing/passes-test-kit';

const ALERTS = `query($id: ID!, $asOf: Date, $by: FunnelBreakdown!, $minHandedOut: Int!) { programmePasses(programmeId: $id) { alerts(asOf: $asOf) {
  asOf
  lowUsage(by: $by, below: 0.5, minHandedOut: $minHandedOut) { threshold programmeUsageRate totalCount rows { key funnel { handedOut redeemed usageRate } peopleHelped { count } } }
  expiring: expiringPasses(by: $by) { totals { horizonDays endsBy handedOutNotRedeemed allocatedNotHandedOut inStock } totalCount
    rows { key horizons { horizonDays handedOutNotRedeemed allocatedNotHandedOut } } }
  placesWithoutRedemption { totalCount edges { node { place { id } commune { code } } } }
  reallocationSuggestions(minHandedOut: 20) { daysLeft suggestions { from { id } to { id } bookletIds passCount fromUsageRate toUsageRate fromSurplus toShortfall expectedRedeemed expectedLostAtSource expectedGain } }
} } }`;

describe('alerts', () => {
  const clock = new ManualClock('2021-01-05T09:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  const key = passCodeKey(config);
  let programmeId: string;
  const ids = {} as Record<'sleepy' | 'busy' | 'nordiste', string>;
  const places = {} as Record<'p1' | 'p2' | 'p3' | 'p4', string>;

  const api = async (query: string, variables: Record<string, unknown>) => {
    const r = await callSubgraph(service.url, query, variables, managerOf(programmeId));
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const allocate = async (distributor: string, orderId: string, count: number): Promise<string[]> =>
    (await api(`mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id } }`, { input: { distributorOrganisationId: distributor, orderId, count } })).allocateBooklets.map(
      (b: { id: string }) => b.id,
    );
  const handOut = async (target: { bookletId?: string; passNumber?: string }, commune: string): Promise<string[]> =>
    (
      await api(`mutation($input: HandOutInput!) { handOut(input: $input) { passes { number } } }`, {
        input: { ...target, profile: { ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: commune, consent: true } },
      })
    ).handOut.passes.map((p: { number: string }) => p.number);
  const redeem = async (numbers: string[], placeId: string) => {
    for (const number of numbers) {
      await api(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
        input: { pass: { passNumber: number, code: verificationCode(key, number) }, placeId, idempotencyKey: randomUUID() },
      });
    }
  };
  const passesOfBooklet = async (bookletId: string): Promise<string[]> => (await api(`query($id: ID!) { booklet(id: $id) { passes { number } } }`, { id: bookletId })).booklet.passes.map((p: { number: string }) => p.number);

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, endsOn: '2021-09-30' });
    ids.sleepy = (await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' })).organisationId;
    ids.busy = (await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' })).organisationId;
    ids.nordiste = (await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '59' })).organisationId;
    places.p1 = (await qualifyTestPlace(service, programmeId, { inseeCode: '80021' })).placeId;
    places.p2 = (await qualifyTestPlace(service, programmeId, { inseeCode: '80021' })).placeId;
    places.p3 = (await qualifyTestPlace(service, programmeId, { inseeCode: '59350' })).placeId;
    places.p4 = (await qualifyTestPlace(service, programmeId, { inseeCode: '75056' })).placeId;
    // A place of Amiens qualified by another programme only: not one of this programme's.
    await qualifyTestPlace(service, await openTestProgramme(service), { inseeCode: '80021' });

    const somme = { level: 'DEPARTEMENT', code: '80' };
    const orderA = await activatedOrder(service.url, programmeId, { bookletCount: 12, perimeter: somme });
    const orderB = await activatedOrder(service.url, programmeId, { bookletCount: 2, perimeter: somme, validUntil: '2021-06-12' });
    const orderC = await activatedOrder(service.url, programmeId, { bookletCount: 1, perimeter: somme, validUntil: '2021-06-05' });
    const orderD = await activatedOrder(service.url, programmeId, { bookletCount: 2, perimeter: { level: 'DEPARTEMENT', code: '59' } });

    // January: sleepy hands 3 of its 10 booklets out in Abbeville; 3 passes are used.
    const sleepyBooklets = await allocate(ids.sleepy, orderA, 10);
    const sleepyHanded: string[] = [];
    for (const b of sleepyBooklets.slice(0, 3)) sleepyHanded.push(...(await handOut({ bookletId: b }, '80001')));
    clock.set('2021-02-10T09:00:00Z');
    await redeem(sleepyHanded.slice(0, 3), places.p1);

    // May: busy and nordiste hand out, and their beneficiaries use most passes.
    clock.set('2021-05-15T09:00:00Z');
    const busyHanded: string[] = [];
    for (const b of await allocate(ids.busy, orderA, 2)) busyHanded.push(...(await handOut({ bookletId: b }, '80021')));
    const nordHanded: string[] = [];
    for (const b of await allocate(ids.nordiste, orderD, 2)) nordHanded.push(...(await handOut({ bookletId: b }, '59350')));
    clock.set('2021-05-20T09:00:00Z');
    await redeem(busyHanded.slice(0, 16), places.p1);
    await redeem(nordHanded.slice(0, 18), places.p3);

    // 1 June: one pass of order C by sleepy; a booklet of order B by busy, 2 used.
    clock.set('2021-06-01T09:00:00Z');
    const [cBooklet] = await allocate(ids.sleepy, orderC, 1);
    await handOut({ passNumber: (await passesOfBooklet(cBooklet))[0] }, '80001');
    const [bBooklet] = await allocate(ids.busy, orderB, 1);
    const bHanded = await handOut({ bookletId: bBooklet }, '80021');
    await redeem(bHanded.slice(0, 2), places.p1);
    // Hand-outs reach the people-helped read model through the service's own events.
    await eventually(async () => {
      const [row] = await service.dataSource.query(`SELECT people FROM people_helped_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`, [programmeId]);
      return Number(row?.people) === 9;
    }, 10_000, 'people helped');
  }, 60_000);

  const alerts = async (by: string, minHandedOut = 20) => (await api(ALERTS, { id: programmeId, asOf: '2021-06-01', by, minHandedOut })).programmePasses.alerts;

  it('flags the distributors and territories whose beneficiaries use few passes, worst first', async () => {
    const byDistributor = await alerts('DISTRIBUTOR');
    expect(byDistributor.lowUsage).toMatchObject({ threshold: 0.5, programmeUsageRate: 0.4815, totalCount: 1 });
    // 3 used of the 31 passes sleepy handed out (30 in booklets + 1 single pass), to 4 people.
    expect(byDistributor.lowUsage.rows).toEqual([{ key: ids.sleepy, funnel: { handedOut: 31, redeemed: 3, usageRate: 0.0968 }, peopleHelped: { count: 4 } }]);
    const byCommune = await alerts('COMMUNE');
    expect(byCommune.lowUsage.rows.map((r: { key: string }) => r.key)).toEqual(['80001']);
    // Below the minimum of passes handed out, a rate says too little to alert on.
    expect((await alerts('COMMUNE', 40)).lowUsage.totalCount).toBe(0);
  });

  it('counts passes at risk of expiring unused at J-30, J-15 and J-7, by distributor and where beneficiaries live', async () => {
    const { expiring } = await alerts('DISTRIBUTOR');
    expect(expiring.totals).toEqual([
      { horizonDays: 30, endsBy: '2021-07-01', handedOutNotRedeemed: 9, allocatedNotHandedOut: 9, inStock: 10 },
      { horizonDays: 15, endsBy: '2021-06-16', handedOutNotRedeemed: 9, allocatedNotHandedOut: 9, inStock: 10 },
      { horizonDays: 7, endsBy: '2021-06-08', handedOutNotRedeemed: 1, allocatedNotHandedOut: 9, inStock: 0 },
    ]);
    // Order A's passes (valid to the programme's end, 30 September) are not at risk yet.
    expect(expiring.rows).toEqual([
      {
        key: ids.sleepy,
        horizons: [
          { horizonDays: 30, handedOutNotRedeemed: 1, allocatedNotHandedOut: 9 },
          { horizonDays: 15, handedOutNotRedeemed: 1, allocatedNotHandedOut: 9 },
          { horizonDays: 7, handedOutNotRedeemed: 1, allocatedNotHandedOut: 9 },
        ],
      },
      {
        key: ids.busy,
        horizons: [
          { horizonDays: 30, handedOutNotRedeemed: 8, allocatedNotHandedOut: 0 },
          { horizonDays: 15, handedOutNotRedeemed: 8, allocatedNotHandedOut: 0 },
          { horizonDays: 7, handedOutNotRedeemed: 0, allocatedNotHandedOut: 0 },
        ],
      },
    ]);
    // By commune: handed-out passes where their beneficiaries live; allocated ones at the
    // distributors' scope (the Somme), which is not inside one commune: in the totals only.
    const byCommune = (await alerts('COMMUNE')).expiring;
    expect(byCommune.rows.map((r: { key: string; horizons: Array<{ handedOutNotRedeemed: number }> }) => [r.key, r.horizons[0].handedOutNotRedeemed])).toEqual([
      ['80021', 8],
      ['80001', 1],
    ]);
    const byDepartement = (await alerts('DEPARTEMENT')).expiring;
    expect(byDepartement.rows).toEqual([{ key: '80', horizons: expect.arrayContaining([{ horizonDays: 30, handedOutNotRedeemed: 9, allocatedNotHandedOut: 9 }]) }]);
  });

  it('lists qualified places inside the perimeter where nothing was redeemed', async () => {
    const { placesWithoutRedemption } = await alerts('DISTRIBUTOR');
    expect(placesWithoutRedemption.totalCount).toBe(1);
    expect(placesWithoutRedemption.edges).toEqual([{ node: { place: { id: places.p2 }, commune: { code: '80021' } } }]);
  });

  it('suggests moving a low-usage distributor’s idle booklets to a high-demand one inside the perimeter, with the expected effect', async () => {
    const { reallocationSuggestions } = await alerts('DISTRIBUTOR');
    // 122 days left; busy hands out 30 passes per 90 days (40 by the end) and holds none: 4 booklets.
    // nordiste uses more (0.9) and will run short too, but order A's booklets are for the Somme only.
    expect(reallocationSuggestions.daysLeft).toBe(122);
    expect(reallocationSuggestions.suggestions).toEqual([
      {
        from: { id: ids.sleepy },
        to: { id: ids.busy },
        bookletIds: expect.any(Array),
        passCount: 40,
        fromUsageRate: 0.0968,
        toUsageRate: 0.6,
        fromSurplus: 78,
        toShortfall: 40,
        expectedRedeemed: 24,
        expectedLostAtSource: 0,
        expectedGain: 24,
      },
    ]);
    // The suggested booklets can be moved as suggested.
    const bookletIds: string[] = reallocationSuggestions.suggestions[0].bookletIds;
    expect(bookletIds).toHaveLength(4);
    await api(`mutation($ids: [ID!]!) { returnBooklets(bookletIds: $ids) { id } }`, { ids: bookletIds });
    const moved = await api(`mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id distributor { id } } }`, {
      input: { distributorOrganisationId: ids.busy, bookletIds },
    });
    expect(moved.allocateBooklets.map((b: { distributor: { id: string } }) => b.distributor.id)).toEqual([ids.busy, ids.busy, ids.busy, ids.busy]);
  });

  it("is for the programme's staff only", async () => {
    const query = `query($id: ID!) { programmePasses(programmeId: $id) { code alerts { asOf } } }`;
    const otherProgramme = await openTestProgramme(service);
    for (const outsider of [distributorOf(ids.busy), auditorOf(programmeId), managerOf(otherProgramme), financeOf(otherProgramme)]) {
      const r = await callSubgraph(service.url, query, { id: programmeId }, outsider);
      expect(r.data.programmePasses).toEqual({ code: expect.any(String), alerts: null });
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    for (const staff of [managerOf(programmeId), financeOf(programmeId)]) {
      expect((await callSubgraph(service.url, query, { id: programmeId }, staff)).data.programmePasses.alerts).toEqual({ asOf: expect.any(String) });
    }
  });
});
