// Integration: the dashboard's figures in passes — usage rates next to every funnel, people helped
// and what their passes cost (from passes' own passes.pass.distributed.v1 events), by key in rows
// and columns, always agreeing with the hand-outs themselves.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { callSubgraph, eventually, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, managerOf, openTestProgramme, placeOf, qualifyTestPlace, signTestDistributor, type TestPlace } from '../testing/passes-test-kit';

describe('usage: the dashboard figures of passes', () => {
  const clock = new ManualClock('2021-03-01T09:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  let programmeId: string;
  let distributor: string;
  let placeId: string;
  let place: TestPlace;

  const api = async (query: string, variables: Record<string, unknown> = {}, identity = managerOf(programmeId)) => {
    const r = await callSubgraph(service.url, query, variables, identity);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'DEPARTEMENT', code: '80' }, endsOn: '2022-12-31' });
    distributor = (await signTestDistributor(service, programmeId)).organisationId;
    place = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    placeId = place.placeId;
    // 3 booklets of 10 (10.00 EUR a pass, 4 % fee) and 1 booklet of 5.
    const tens = await activatedOrder(service.url, programmeId, { bookletCount: 3 });
    const fives = await activatedOrder(service.url, programmeId, { bookletCount: 1, bookletSize: 5 });
    const booklets = [
      ...(await api(`mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id passes { number } } }`, { input: { distributorOrganisationId: distributor, orderId: tens, count: 3 } })).allocateBooklets,
      ...(await api(`mutation($input: AllocateBookletsInput!) { allocateBooklets(input: $input) { id passes { number } } }`, { input: { distributorOrganisationId: distributor, orderId: fives, count: 1 } })).allocateBooklets,
    ];
    const handOut = (target: Record<string, string>, commune: string, ageBand = 'FROM_26_TO_44') =>
      api(`mutation($input: HandOutInput!) { handOut(input: $input) { id } }`, { input: { ...target, profile: { ageBand, situation: 'FAR_FROM_EMPLOYMENT', residenceInseeCode: commune, consent: true } } });
    // Amiens: two whole booklets of 10 (2 people); Abbeville: the booklet of 5 to a young person,
    // and 4 single passes of the third booklet (4 people, 1 pass each).
    await handOut({ bookletId: booklets[0].id }, '80021');
    await handOut({ bookletId: booklets[1].id }, '80021');
    await handOut({ bookletId: booklets[3].id }, '80001', 'FROM_16_TO_25');
    for (const pass of booklets[2].passes.slice(0, 4)) await handOut({ passNumber: pass.number }, '80001');
    // 6 of Amiens' passes used.
    for (const pass of booklets[0].passes.slice(0, 6)) {
      await api(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
        input: { pass: { passNumber: pass.number, code: verificationCode(passCodeKey(config), pass.number) }, placeId, idempotencyKey: randomUUID() },
      }, placeOf(place.organisationId));
    }
    await eventually(async () => {
      const [row] = await service.dataSource.query(`SELECT people FROM people_helped_counter WHERE programme_id = $1 AND dimension = 'PROGRAMME'`, [programmeId]);
      return Number(row?.people) === 7;
    }, 10_000, 'people helped');
  }, 60_000);

  it('counts people helped once per hand-out and what their passes cost, face value plus fee', async () => {
    const { programmePasses } = await api(`query($id: ID!) { programmePasses(programmeId: $id) {
      funnel { handedOut redeemed activated usageRate activatedUsageRate } peopleHelped { count passesCost { amount } costPerPerson { amount } } } }`, { id: programmeId });
    // 20 + 5 + 4 passes handed out = 29 passes × 10.40 = 301.60 for 7 people.
    expect(programmePasses).toEqual({
      funnel: { handedOut: 29, redeemed: 6, activated: 35, usageRate: 0.2069, activatedUsageRate: 0.1714 },
      peopleHelped: { count: 7, passesCost: { amount: '301.60' }, costPerPerson: { amount: '43.09' } },
    });
    // It agrees with the hand-outs themselves.
    const [actual] = await service.dataSource.query(`SELECT count(*)::int AS people, sum(pass_count)::int AS passes FROM hand_out WHERE programme_id = $1`, [programmeId]);
    expect(actual).toEqual({ people: 7, passes: 29 });
  });

  it('gives every row of a breakdown its funnel, usage rate and people helped, page by page', async () => {
    const query = `query($id: ID!, $by: FunnelBreakdown!, $first: Int, $after: String) { programmePasses(programmeId: $id) { usageBreakdown(by: $by, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { key territory { level code } public funnel { handedOut redeemed usageRate } peopleHelped { count passesCost { cents } costPerPerson { cents } } } } } }`;
    const first = (await api(query, { id: programmeId, by: 'COMMUNE', first: 1 })).programmePasses.usageBreakdown;
    expect(first.totalCount).toBe(2);
    expect(first.nodes).toEqual([
      { key: '80001', territory: { level: 'COMMUNE', code: '80001' }, public: null, funnel: { handedOut: 9, redeemed: 0, usageRate: 0 }, peopleHelped: { count: 5, passesCost: { cents: 9360 }, costPerPerson: { cents: 1872 } } },
    ]);
    const second = (await api(query, { id: programmeId, by: 'COMMUNE', first: 1, after: first.pageInfo.endCursor })).programmePasses.usageBreakdown;
    expect(second.nodes[0]).toMatchObject({ key: '80021', funnel: { handedOut: 20, redeemed: 6, usageRate: 0.3 }, peopleHelped: { count: 2, costPerPerson: { cents: 10400 } } });
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Publics: everyone is far from employment; the young person counts as YOUNG_PEOPLE too.
    const publics = (await api(query, { id: programmeId, by: 'PUBLIC' })).programmePasses.usageBreakdown.nodes;
    expect(publics.map((n: { public: string; peopleHelped: { count: number } }) => [n.public, n.peopleHelped.count])).toEqual([
      ['FAR_FROM_EMPLOYMENT', 7],
      ['YOUNG_PEOPLE', 1],
    ]);
    // Places have no people helped: a hand-out is not tied to a place.
    const byPlace = (await api(query, { id: programmeId, by: 'PLACE' })).programmePasses.usageBreakdown.nodes;
    expect(byPlace).toEqual([expect.objectContaining({ key: placeId, peopleHelped: null, funnel: { handedOut: 0, redeemed: 6, usageRate: null } })]);
  });

  it('answers a whole breakdown as columns, with populations for territories', async () => {
    const { usageColumns } = (
      await api(`query($id: ID!) { programmePasses(programmeId: $id) { usageColumns(by: COMMUNE) { keys handedOut usageRate peopleHelped passesCostCents costPerPersonCents population } } }`, { id: programmeId })
    ).programmePasses;
    const geography = Geography.load();
    expect(usageColumns).toEqual({
      keys: ['80001', '80021'],
      handedOut: [9, 20],
      usageRate: [0, 0.3],
      peopleHelped: [5, 2],
      passesCostCents: [9360, 20800],
      costPerPersonCents: [1872, 10400],
      population: [geography.commune('80001')!.population, geography.commune('80021')!.population],
    });
    const byDistributor = (await api(`query($id: ID!) { programmePasses(programmeId: $id) { usageColumns(by: DISTRIBUTOR) { keys peopleHelped population } } }`, { id: programmeId })).programmePasses.usageColumns;
    expect(byDistributor).toEqual({ keys: [distributor], peopleHelped: [7], population: null });
    // The same as one CSV text.
    const { csv } = (await api(`query($id: ID!) { programmePasses(programmeId: $id) { usageColumns(by: COMMUNE) { csv } } }`, { id: programmeId })).programmePasses.usageColumns;
    expect(csv.split('\r\n')).toEqual([
      'key,ordered,activated,allocated,handed_out,redeemed,reimbursed,expired,credited,usage_rate,activated_usage_rate,people_helped,passes_cost_cents,cost_per_person_cents,population',
      `80001,0,0,0,9,0,0,0,0,0,,5,9360,1872,${geography.commune('80001')!.population}`,
      `80021,0,0,0,20,6,0,0,0,0.3,,2,20800,10400,${geography.commune('80021')!.population}`,
      '',
    ]);
  });

  it('puts usage rates next to the funnel of the federated entities and breakdown rows', async () => {
    const { data } = await callSubgraph(
      service.url,
      `query($rep: [_Any!]!, $id: ID) { _entities(representations: $rep) { ... on Territory { passFunnel(programmeId: $id) { handedOut redeemed usageRate } } ... on Organisation { distributorPassFunnel(programmeId: $id) { usageRate activatedUsageRate } } } }`,
      { rep: [{ __typename: 'Territory', level: 'DEPARTEMENT', code: '80' }, { __typename: 'Organisation', id: distributor }], id: programmeId },
      managerOf(programmeId),
    );
    expect(data._entities).toEqual([{ passFunnel: { handedOut: 29, redeemed: 6, usageRate: 0.2069 } }, { distributorPassFunnel: { usageRate: 0.2069, activatedUsageRate: null } }]);
    const rows = (await api(`query($id: ID!) { programmePasses(programmeId: $id) { funnelBreakdown(by: DEPARTEMENT) { nodes { key usageRate } } } }`, { id: programmeId })).programmePasses.funnelBreakdown.nodes;
    expect(rows).toEqual([{ key: '80', usageRate: 0.2069 }]);
  });
});
