// Integration: the funnel read model, contributed to the federated Programme, Territory,
// Organisation and Place entities, and broken down by territory, distributor, place and public.
// It must always agree with the passes themselves.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, deleteTestStreams, dropDatabase, testServiceConfig } from '@pass-numerique/testing';
import { startPassesService } from '../server';
import { passCodeKey } from '../config';
import { verificationCode } from '../orders/pass-numbers';
import { activatedOrder, handedOutPasses, openTestProgramme, qualifyTestPlace, signTestDistributor } from '../testing/passes-test-kit';

const ENTITIES = `query($rep: [_Any!]!, $programmeId: ID) { _entities(representations: $rep) {
  ... on Territory { level code passFunnel(programmeId: $programmeId) { ordered activated allocated handedOut redeemed validUntil } }
  ... on Organisation { id distributorPassFunnel(programmeId: $programmeId) { allocated handedOut redeemed } }
  ... on Place { id passFunnel(programmeId: $programmeId) { handedOut redeemed } } } }`;
const BREAKDOWN = `query($id: ID!, $by: FunnelBreakdown!, $first: Int, $after: String) { programmePasses(programmeId: $id) { funnelBreakdown(by: $by, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { key territory { level code } organisation { id } public handedOut redeemed } } } }`;

describe('funnel read models', () => {
  const config = { ...testServiceConfig('passes', { logLevel: 'error' }), loadDemoData: false };
  const clock = new ManualClock('2020-05-04T09:00:00Z');
  let service: Awaited<ReturnType<typeof startPassesService>>;
  let programmeId: string;
  let distributor: string;
  let place: { placeId: string; organisationId: string };
  const amiensEpci = Geography.load().commune('80021')!.epci!;

  beforeAll(async () => {
    service = await startPassesService(config, { clock, expiryEveryMs: 0 });
    programmeId = await openTestProgramme(service, { perimeter: { level: 'REGION', code: '32' }, endsOn: '2021-12-31' });
    const orderId = await activatedOrder(service.url, programmeId, { bookletCount: 4, perimeter: { level: 'DEPARTEMENT', code: '80' } });
    distributor = (await signTestDistributor(service, programmeId, { level: 'DEPARTEMENT', code: '80' })).organisationId;
    const inAmiens = await handedOutPasses(service.url, orderId, distributor, 2, '80021');
    await handedOutPasses(service.url, orderId, distributor, 1, '80001'); // Abbeville
    place = await qualifyTestPlace(service, '80021');
    for (const number of inAmiens.slice(0, 3)) {
      const r = await callSubgraph(service.url, `mutation($input: RedeemPassInput!) { redeemPass(input: $input) { id } }`, {
        input: { pass: { passNumber: number, code: verificationCode(passCodeKey(config), number) }, placeId: place.placeId, idempotencyKey: randomUUID() },
      });
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    }
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  it('counts passes where their beneficiaries live, at every level above the commune too', async () => {
    const rep = [
      { __typename: 'Territory', level: 'COMMUNE', code: '80021' },
      { __typename: 'Territory', level: 'EPCI', code: amiensEpci },
      { __typename: 'Territory', level: 'DEPARTEMENT', code: '80' },
      { __typename: 'Territory', level: 'REGION', code: '32' },
      { __typename: 'Territory', level: 'DEPARTEMENT', code: '59' },
    ];
    const { data, errors } = await callSubgraph(service.url, ENTITIES, { rep, programmeId });
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
    const { data } = await callSubgraph(service.url, ENTITIES, {
      rep: [{ __typename: 'Organisation', id: distributor }, { __typename: 'Place', id: place.placeId }],
      programmeId,
    });
    expect(data._entities[0].distributorPassFunnel).toEqual({ allocated: 30, handedOut: 30, redeemed: 3 });
    expect(data._entities[1].passFunnel).toEqual({ handedOut: 0, redeemed: 3 });
    const all = await callSubgraph(service.url, ENTITIES, { rep: [{ __typename: 'Place', id: place.placeId }] });
    expect(all.data._entities[0].passFunnel.redeemed).toBe(3);
  });

  it('breaks the funnel down by commune, page by page, and by public and distributor', async () => {
    const first = (await callSubgraph(service.url, BREAKDOWN, { id: programmeId, by: 'COMMUNE', first: 1 })).data.programmePasses.funnelBreakdown;
    expect(first.totalCount).toBe(2);
    expect(first.nodes).toEqual([{ key: '80001', territory: { level: 'COMMUNE', code: '80001' }, organisation: null, public: null, handedOut: 10, redeemed: 0 }]);
    const second = (await callSubgraph(service.url, BREAKDOWN, { id: programmeId, by: 'COMMUNE', first: 1, after: first.pageInfo.endCursor })).data.programmePasses.funnelBreakdown;
    expect(second.nodes.map((n: { key: string }) => n.key)).toEqual(['80021']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const publics = (await callSubgraph(service.url, BREAKDOWN, { id: programmeId, by: 'PUBLIC' })).data.programmePasses.funnelBreakdown.nodes;
    expect(publics).toEqual([expect.objectContaining({ public: 'JOB_SEEKER', handedOut: 30, redeemed: 3 })]);
    const distributors = (await callSubgraph(service.url, BREAKDOWN, { id: programmeId, by: 'DISTRIBUTOR' })).data.programmePasses.funnelBreakdown.nodes;
    expect(distributors).toEqual([expect.objectContaining({ organisation: { id: distributor }, handedOut: 30 })]);
    const columns = await callSubgraph(service.url, `query($id: ID!) { programmePasses(programmeId: $id) { funnelColumns(by: COMMUNE) { by keys handedOut redeemed ordered } } }`, { id: programmeId });
    expect(columns.data.programmePasses.funnelColumns).toEqual({ by: 'COMMUNE', keys: ['80001', '80021'], handedOut: [10, 20], redeemed: [0, 3], ordered: [0, 0] });
    const tooBig = await callSubgraph(service.url, BREAKDOWN, { id: programmeId, by: 'COMMUNE', first: 40_001 });
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the anonymous public the programme totals only: every figure below them is refused, open data publishes them suppressed', async () => {
    const anonymous = (query: string, variables: Record<string, unknown>) => callSubgraph(service.url, query, variables, ANONYMOUS);
    const totals = await anonymous(`query($id: ID!) { programmePasses(programmeId: $id) { funnel { handedOut redeemed } peopleHelped { count } } }`, { id: programmeId });
    expect(totals.errors).toBeUndefined();
    expect(totals.data.programmePasses.funnel).toEqual({ handedOut: 30, redeemed: 3 });
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

  it('always agrees with the passes themselves', async () => {
    const [actual] = await service.dataSource.query(
      `SELECT count(*)::int AS ordered,
              count(*) FILTER (WHERE p.status <> 'ISSUED')::int AS "handedOut",
              count(*) FILTER (WHERE p.status = 'REDEEMED')::int AS redeemed
         FROM pass p JOIN pass_order o ON o.id = p.order_id WHERE o.programme_id = $1`,
      [programmeId],
    );
    const { data } = await callSubgraph(service.url, `query($id: ID!) { programmePasses(programmeId: $id) { funnel { ordered handedOut redeemed } } }`, { id: programmeId });
    expect(data.programmePasses.funnel).toEqual(actual);
  });
});
