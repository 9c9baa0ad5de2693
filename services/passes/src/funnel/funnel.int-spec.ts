// Integration: the funnel read model, contributed to the federated Programme, Territory,
// Organisation and Place entities, and broken down by territory, distributor, place and public.
// It must always agree with the passes themselves.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { ANONYMOUS, type Identity } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import {
  activatedOrder,
  auditorOf,
  distributorOf,
  handedOutPasses,
  managerOf,
  openTestProgramme,
  placeOf,
  qualifyTestPlace,
  signTestDistributor,
  told,
  type TestPlace,
} from '../testing/passes-test-kit';

const ENTITIES = `query($rep: [_Any!]!, $programmeId: ID) { _entities(representations: $rep) {
  ... on Territory { level code passFunnel(programmeId: $programmeId) { ordered activated allocated handedOut redeemed validUntil } }
  ... on Organisation { id distributorPassFunnel(programmeId: $programmeId) { allocated handedOut redeemed } }
  ... on Place { id passFunnel(programmeId: $programmeId) { handedOut redeemed } } } }`;
const BREAKDOWN = `query($id: ID!, $by: FunnelBreakdown!, $first: Int, $after: String) { programmePasses(programmeId: $id) { funnelBreakdown(by: $by, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key territory { level code } organisation { id } public handedOut redeemed } } } }`;

describe('funnel read models', () => {
  const clock = new ManualClock('2020-05-04T09:00:00Z');
  const { config, service } = useTestService('passes', startPassesService, { logLevel: 'error', loadDemoData: false }, { clock, expiryEveryMs: 0 });
  let programmeId: string;
  let distributor: string;
  let place: TestPlace;
  let manager: Identity;
  const amiensEpci = Geography.load().commune('80021')!.epci!;
  const call = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => callSubgraph(service.url, query, variables, identity);

  beforeAll(async () => {
    programmeId = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, endsOn: '2021-12-31' });
    manager = managerOf(programmeId);
    const orderId = await activatedOrder(service.url, programmeId, { bookletCount: 4, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    distributor = (await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' })).organisationId;
    const inAmiens = await handedOutPasses(service.url, programmeId, orderId, distributor, 2, '80021');
    await handedOutPasses(service.url, programmeId, orderId, distributor, 1, '80001'); // Abbeville
    place = await qualifyTestPlace(service, programmeId, { inseeCode: '80021' });
    for (const number of inAmiens.slice(0, 3)) {
      const r = await call(`mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
        input: { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId: place.placeId, idempotencyKey: randomUUID() },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
  });

  it('counts passes where their beneficiaries live, at every level above the commune too', async () => {
    const rep = [
      { __typename: 'Territory', level: 'COMMUNE', code: '80021' },
      { __typename: 'Territory', level: 'EPCI', code: amiensEpci },
      { __typename: 'Territory', level: 'DEPARTEMENT', code: '80' },
      { __typename: 'Territory', level: 'REGION', code: '32' },
      { __typename: 'Territory', level: 'DEPARTEMENT', code: '59' },
    ];
    const { data, errors } = await call(ENTITIES, { rep, programmeId });
    expect(errors).toBeUndefined();
    const [commune, epci, departement, region, nord] = data._entities.map((e: { passFunnel: unknown }) => e.passFunnel);
    expect(commune).toEqual({ ordered: 0, activated: 0, allocated: 0, handedOut: 20, redeemed: 3, validUntil: '2021-12-31' });
    expect(epci).toMatchObject({ handedOut: 20, redeemed: 3 });
    // The order's perimeter is the Somme: ordered there and above; allocated at the distributor's scope (the Somme).
    expect(departement).toMatchObject({ ordered: 40, activated: 40, allocated: 30, handedOut: 30, redeemed: 3 });
    expect(region).toMatchObject({ ordered: 40, handedOut: 30, redeemed: 3 });
    expect(nord).toMatchObject({ ordered: 0, handedOut: 0 });
  });

  it('contributes the distributor and place funnels to Organisation and Place', async () => {
    const { data } = await call(ENTITIES, {
      rep: [{ __typename: 'Organisation', id: distributor }, { __typename: 'Place', id: place.placeId }],
      programmeId,
    });
    expect(data._entities[0].distributorPassFunnel).toEqual({ allocated: 30, handedOut: 30, redeemed: 3 });
    expect(data._entities[1].passFunnel).toEqual({ handedOut: 0, redeemed: 3 });
    const all = await call(ENTITIES, { rep: [{ __typename: 'Place', id: place.placeId }] });
    expect(all.data._entities[0].passFunnel.redeemed).toBe(3);
  });

  it('breaks the funnel down by commune, page by page, and by public and distributor', async () => {
    const first = (await call(BREAKDOWN, { id: programmeId, by: 'COMMUNE', first: 1 })).data.programmePasses.funnelBreakdown;
    expect(first.totalCount).toBe(2);
    expect(first.nodes).toEqual([{ key: '80001', territory: { level: 'COMMUNE', code: '80001' }, organisation: null, public: null, handedOut: 10, redeemed: 0 }]);
    const second = (await call(BREAKDOWN, { id: programmeId, by: 'COMMUNE', first: 1, after: first.pageInfo.endCursor })).data.programmePasses.funnelBreakdown;
    expect(second.nodes.map((n: { key: string }) => n.key)).toEqual(['80021']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([first.pageInfo.hasPreviousPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
    expect(second.pageInfo.startCursor).toBe(second.pageInfo.endCursor);
    const publics = (await call(BREAKDOWN, { id: programmeId, by: 'PUBLIC' })).data.programmePasses.funnelBreakdown.nodes;
    expect(publics).toEqual([expect.objectContaining({ public: 'JOB_SEEKER', handedOut: 30, redeemed: 3 })]);
    const distributors = (await call(BREAKDOWN, { id: programmeId, by: 'DISTRIBUTOR' })).data.programmePasses.funnelBreakdown.nodes;
    expect(distributors).toEqual([expect.objectContaining({ organisation: { id: distributor }, handedOut: 30 })]);
    const columns = await call(`query($id: ID!) { programmePasses(programmeId: $id) { funnelColumns(by: COMMUNE) { by keys handedOut redeemed ordered } } }`, { id: programmeId });
    expect(columns.data.programmePasses.funnelColumns).toEqual({ by: 'COMMUNE', keys: ['80001', '80021'], handedOut: [10, 20], redeemed: [0, 3], ordered: [0, 0] });
    const tooBig = await call(BREAKDOWN, { id: programmeId, by: 'COMMUNE', first: 40_001 });
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the anonymous public the programme totals only, small ones suppressed as open data does: every figure below them is refused', async () => {
    const anonymous = (query: string, variables: Record<string, unknown>) => callSubgraph(service.url, query, variables, ANONYMOUS);
    const TOTALS = `query($id: ID!) { programmePasses(programmeId: $id) { funnel { ordered handedOut redeemed usageRate } peopleHelped { count passesCost { cents } costPerPerson { cents } } } }`;
    // Three people helped: open data suppresses the programme's total, and so does this answer for anyone but its readers.
    const open = await anonymous(`query($id: ID!) { openPassFigures(programmeId: $id, level: REGION) { programme { peopleHelped suppression } } }`, { id: programmeId });
    expect(open.data.openPassFigures.programme).toEqual({ peopleHelped: null, suppression: 'PRIMARY' });
    const totals = await anonymous(TOTALS, { id: programmeId });
    expect(totals.errors).toBeUndefined();
    expect(totals.data.programmePasses).toEqual({
      funnel: { ordered: 40, handedOut: null, redeemed: null, usageRate: null },
      peopleHelped: { count: null, passesCost: null, costPerPerson: null },
    });
    const other = await openTestProgramme(service);
    for (const outsider of [managerOf(other), distributorOf(distributor), placeOf(place.organisationId)]) {
      expect((await call(TOTALS, { id: programmeId }, outsider)).data).toEqual(totals.data);
    }
    for (const reader of [manager, auditorOf(programmeId)]) {
      expect((await call(TOTALS, { id: programmeId }, reader)).data.programmePasses).toEqual({
        funnel: { ordered: 40, handedOut: 30, redeemed: 3, usageRate: 0.1 },
        peopleHelped: { count: 3, passesCost: { cents: 31_200 }, costPerPerson: { cents: 10_400 } },
      });
    }
    const details = [
      `funnelBreakdown(by: COMMUNE) { nodes { key handedOut } }`,
      `funnelColumns(by: DISTRIBUTOR) { keys handedOut }`,
      `usageBreakdown(by: PUBLIC) { nodes { key funnel { handedOut } } }`,
      `usageColumns(by: COMMUNE) { csv }`,
    ];
    for (const detail of details) {
      const r = await anonymous(`query($id: ID!) { programmePasses(programmeId: $id) { code ${detail} } }`, { id: programmeId });
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(r.data.programmePasses).toMatchObject({ code: expect.any(String) }); // the rest of the answer stands
      expect(JSON.stringify(r.data)).not.toMatch(/80021|"handedOut":\s*[1-9]/);
    }
    const entities = await anonymous(ENTITIES, {
      programmeId,
      rep: [
        { __typename: 'Territory', level: 'COMMUNE', code: '80021' },
        { __typename: 'Organisation', id: distributor },
        { __typename: 'Place', id: place.placeId },
      ],
    });
    expect(entities.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(entities.data._entities.map((e: Record<string, unknown>) => e.passFunnel ?? e.distributorPassFunnel ?? null)).toEqual([null, null, null]);
  });

  it("refuses another programme's staff its breakdowns as it refuses the public, and counts its programme as one that does not exist", async () => {
    const other = await openTestProgramme(service);
    const outsider = managerOf(other);
    const details = [`funnelBreakdown(by: COMMUNE) { nodes { key } }`, `funnelColumns(by: COMMUNE) { keys }`, `usageBreakdown(by: COMMUNE) { nodes { key } }`, `usageColumns(by: COMMUNE) { csv }`, `alerts { asOf }`];
    for (const detail of details) {
      const query = `query($id: ID!) { programmePasses(programmeId: $id) { ${detail} } }`;
      const r = await call(query, { id: programmeId }, outsider);
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(Object.values(r.data.programmePasses)).toEqual([null]);
      expect(r.errors?.[0].message).toMatch(/^role programme_manager may not use ProgrammePasses\./);
      expect((await call(query, { id: programmeId })).errors).toBeUndefined();
    }
    // Territory, distributor and place funnels: A's programme counts as one that does not exist; without one, only B's count.
    const rep = [
      { __typename: 'Territory', level: 'COMMUNE', code: '80021' },
      { __typename: 'Organisation', id: distributor },
      { __typename: 'Place', id: place.placeId },
    ];
    const theirs = await call(ENTITIES, { rep, programmeId }, outsider);
    expect(told(theirs)).toEqual(told(await call(ENTITIES, { rep, programmeId: randomUUID() }, outsider)));
    expect(theirs.data._entities[0].passFunnel).toEqual({ ordered: 0, activated: 0, allocated: 0, handedOut: 0, redeemed: 0, validUntil: null });
    expect(told(await call(ENTITIES, { rep }, outsider))).toEqual(told(theirs));
    // Both programmes' staff: A's counts, and B's (none) added when no programme is named.
    const both = managerOf([programmeId, other]);
    expect((await call(ENTITIES, { rep }, both)).data._entities[0].passFunnel).toMatchObject({ handedOut: 20, redeemed: 3, validUntil: null });
  });

  it('gives a distributor and a place their own funnels, and another organisation’s as a programme that does not exist', async () => {
    const ORG = `query($rep: [_Any!]!, $programmeId: ID) { _entities(representations: $rep) { ... on Organisation { distributorPassFunnel(programmeId: $programmeId) { allocated handedOut redeemed } }
      ... on Place { passFunnel(programmeId: $programmeId) { redeemed } } } }`;
    const rep = [{ __typename: 'Organisation', id: distributor }, { __typename: 'Place', id: place.placeId }];
    const own = await call(ORG, { rep: [rep[0]], programmeId }, distributorOf(distributor));
    expect(own.data._entities[0].distributorPassFunnel).toEqual({ allocated: 30, handedOut: 30, redeemed: 3 });
    expect((await call(ORG, { rep: [rep[0]] }, distributorOf(distributor))).data._entities[0].distributorPassFunnel).toEqual({ allocated: 30, handedOut: 30, redeemed: 3 });
    const ownPlace = await call(ORG, { rep: [rep[1]], programmeId }, placeOf(place.organisationId));
    expect(ownPlace.data._entities[0].passFunnel).toEqual({ redeemed: 3 });
    const zeros = { data: { _entities: [{ distributorPassFunnel: { allocated: 0, handedOut: 0, redeemed: 0 } }] } };
    expect(told(await call(ORG, { rep: [rep[0]], programmeId }, distributorOf(randomUUID())))).toEqual(zeros);
    expect(told(await call(ORG, { rep: [rep[0]] }, distributorOf(randomUUID())))).toEqual(zeros);
    // Acting in another programme only, its own figures of this one read as a programme that does not exist.
    expect(told(await call(ORG, { rep: [rep[0]], programmeId }, distributorOf(distributor, { programmeIds: [randomUUID()] })))).toEqual(zeros);
    expect(told(await call(ORG, { rep: [rep[1]], programmeId }, placeOf(randomUUID())))).toEqual({ data: { _entities: [{ passFunnel: { redeemed: 0 } }] } });
  });

  it('always agrees with the passes themselves', async () => {
    const [actual] = await service.dataSource.query(
      `SELECT count(*)::int AS ordered,
              count(*) FILTER (WHERE p.status <> 'ISSUED')::int AS "handedOut",
              count(*) FILTER (WHERE p.status = 'REDEEMED')::int AS redeemed
         FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1`,
      [programmeId],
    );
    const { data } = await call(`query($id: ID!) { programmePasses(programmeId: $id) { funnel { ordered handedOut redeemed } } }`, { id: programmeId });
    expect(data.programmePasses.funnel).toEqual(actual);
  });
});
