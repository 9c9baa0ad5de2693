// Integration: the demo programme's partners, loaded at start, exported in the national standard.
import {
  DEMO_AGREEMENTS,
  DEMO_IDS,
  DEMO_ORGANISATIONS,
  DEMO_PARTNER_IDS,
  DEMO_PLACES,
  DEMO_REGION,
  DEPARTEMENT_DEMO,
  DEPARTEMENT_DEMO_IDS,
  PASSES_DEMO_IDS,
} from '@pass-numerique/demo-programme';
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, lastPublishedEvent, testServiceConfig, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { ANONYMOUS, managerOf } from '../testing/partners-test-kit';
import { violationsOfStandard } from '../test-support/standard-schema';
import { loadPartnersDemo } from './load-partners-demo';

const anonymous = ANONYMOUS;

describe('partners subgraph: demo programme', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: true });

  it('serves the Région under its fixed id, as a funder of the demo programme, also as a federated reference', async () => {
    const { data, errors } = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!, $p: ID) { _entities(representations: $reps) { ... on Organisation { id name legalKind siret address { communeName } agreements(programmeId: $p) { role scope { code } } } } }`,
      { reps: [{ __typename: 'Organisation', id: DEMO_REGION.organisationId }, { __typename: 'Organisation', id: '00000000-0000-4000-8000-000000000000' }], p: DEMO_IDS.programme },
      anonymous,
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { id: DEMO_REGION.organisationId, name: 'Région Hauts-de-France', legalKind: 'REGION', siret: DEMO_REGION.siret, address: { communeName: 'Lille' }, agreements: [{ role: 'FUNDER', scope: null }] },
      null,
    ]);
  });

  it('gives the programme its funders, operator, five départements and EPCIs as co-pilots, and distributors', async () => {
    const count = async (role: string) =>
      (await callSubgraph(service.url, `query($p: ID!, $r: ProgrammeRole) { agreements(programmeId: $p, role: $r, first: 0) { totalCount } }`, { p: DEMO_IDS.programme, r: role }, anonymous)).data.agreements.totalCount;
    expect(await count('FUNDER')).toBe(2);
    expect(await count('OPERATOR')).toBe(1);
    expect(await count('CO_PILOT')).toBe(5 + Object.keys(DEMO_PARTNER_IDS.epcis).length);
    expect(await count('DISTRIBUTOR')).toBe(DEMO_PARTNER_IDS.distributors.length);
    expect(DEMO_AGREEMENTS.length).toBe(1 + 1 + 1 + 5 + Object.keys(DEMO_PARTNER_IDS.epcis).length + DEMO_PARTNER_IDS.distributors.length);
  });

  it('holds the qualified places of the whole region, and announced each qualification', async () => {
    const { data } = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Territory { code placeCount(qualifiedOnly: true) } } }`,
      { reps: ['32', '02', '59', '60', '62', '80'].map((code, i) => ({ __typename: 'Territory', level: i === 0 ? 'REGION' : 'DEPARTEMENT', code })) },
      anonymous,
    );
    const [region, ...departements] = data._entities;
    expect(region.placeCount).toBe(DEMO_PLACES.length);
    expect(departements.every((d: { placeCount: number }) => d.placeCount > 0)).toBe(true);
    expect(departements.reduce((s: number, d: { placeCount: number }) => s + d.placeCount, 0)).toBe(DEMO_PLACES.length);
    const last = DEMO_PLACES[DEMO_PLACES.length - 1];
    await eventually(async () => (await lastPublishedEvent(service.bus, 'partners.place.qualified.v2'))?.payload.placeId === last.id, 10_000, 'the last demo qualification event');
  });

  it("gives the Département de la Somme's programme its funder, operator and shared distributor", async () => {
    const { data } = await callSubgraph(
      service.url,
      `query($p: ID!) { agreements(programmeId: $p) { totalCount edges { node { id role organisation { id } scope { level code } } } } }`,
      { p: DEPARTEMENT_DEMO_IDS.programme },
      anonymous,
    );
    expect(data.agreements.totalCount).toBe(DEPARTEMENT_DEMO.agreements.length);
    expect(data.agreements.edges.map((e: { node: { id: string; role: string; organisation: { id: string } } }) => [e.node.id, e.node.role, e.node.organisation.id]).sort()).toEqual(
      DEPARTEMENT_DEMO.agreements.map((a) => [a.id, a.role, a.organisationId]).sort(),
    );
  });

  it('qualifies every place for the Région’s programme and its 2019 pilot, and the shared places for the Département’s too', async () => {
    const ACCEPTS = `query($reps: [_Any!]!, $region: ID!, $pilot: ID!, $somme: ID!) { _entities(representations: $reps) { ... on Place { id
      region: acceptsPasses(programmeId: $region) pilot: acceptsPasses(programmeId: $pilot) somme: acceptsPasses(programmeId: $somme) } } }`;
    const { data, errors } = await callSubgraph(
      service.url,
      ACCEPTS,
      { reps: DEMO_PLACES.map((p) => ({ __typename: 'Place', id: p.id })), region: DEMO_IDS.programme, pilot: PASSES_DEMO_IDS.pilotProgramme, somme: DEPARTEMENT_DEMO_IDS.programme },
      anonymous,
    );
    expect(errors).toBeUndefined();
    const shared = new Set<string>(DEPARTEMENT_DEMO.sharedPlaceIds);
    expect(data._entities).toEqual(DEMO_PLACES.map((p) => ({ id: p.id, region: true, pilot: true, somme: shared.has(p.id) })));
    expect(shared.has(DEPARTEMENT_DEMO.regionOnlyPlaceId)).toBe(false);

    // The Département's managers see their own decision on a shared place, not the Région's.
    const [sharedPlace] = DEPARTEMENT_DEMO.sharedPlaceIds;
    const records = await callSubgraph(service.url, `query($id: ID!) { place(id: $id) { qualifications { programme { id } status } } }`, { id: sharedPlace }, managerOf(DEPARTEMENT_DEMO_IDS.programme));
    expect(records.data.place.qualifications).toEqual([{ programme: { id: DEPARTEMENT_DEMO_IDS.programme }, status: 'QUALIFIED' }]);
    const csv = (await callSubgraph(service.url, `query($p: ID) { placesCsv(programmeId: $p) }`, { p: DEPARTEMENT_DEMO_IDS.programme }, anonymous)).data.placesCsv;
    expect(csv.trim().split('\n')).toHaveLength(DEPARTEMENT_DEMO.sharedPlaceIds.length + 1);
  });

  it("exports the demo places as CSV that validates against the standard's schema", async () => {
    const csv = (await callSubgraph(service.url, `{ placesCsv(territory: { level: REGION, code: "32" }, qualifiedOnly: true) }`, {}, anonymous)).data.placesCsv;
    expect(violationsOfStandard(csv)).toEqual([]);
    expect(csv.trim().split('\n')).toHaveLength(DEMO_PLACES.length + 1);
    for (const p of DEMO_PLACES.slice(0, 5)) expect(csv).toContain(p.id);
  });

  it('loads nothing twice', async () => {
    const counts = () =>
      service.dataSource.query(
        `SELECT (SELECT count(*)::int FROM organisation) AS organisations, (SELECT count(*)::int FROM agreement) AS agreements,
                (SELECT count(*)::int FROM place_qualification) AS qualifications, (SELECT count(*)::int FROM qualification_step) AS steps`,
      );
    const before = await counts();
    await expect(loadPartnersDemo(service.services)).resolves.toBe('already-there');
    expect(await counts()).toEqual(before);
    expect(before[0]).toEqual({
      organisations: DEMO_ORGANISATIONS.length + 1,
      agreements: DEMO_AGREEMENTS.length + DEPARTEMENT_DEMO.agreements.length,
      qualifications: 2 * DEMO_PLACES.length + DEPARTEMENT_DEMO.sharedPlaceIds.length,
      steps: 2 * (2 * DEMO_PLACES.length + DEPARTEMENT_DEMO.sharedPlaceIds.length),
    });
  });
});

describe('partners subgraph: two replicas loading the demo at once', () => {
  const config = { ...testServiceConfig('partners'), loadDemoData: true };
  const replicas: Array<Awaited<ReturnType<typeof startPartnersService>>> = [];

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  }, 60_000);

  it('both start, one loading while the other waits, and the demo is there once', async () => {
    const started = await Promise.allSettled([startPartnersService(config), startPartnersService(config)]);
    for (const outcome of started) if (outcome.status === 'fulfilled') replicas.push(outcome.value);
    expect(started.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    const [counts] = await replicas[0].dataSource.query(`SELECT (SELECT count(*)::int FROM organisation) AS organisations, (SELECT count(*)::int FROM place_qualification) AS qualifications`);
    expect(counts).toEqual({ organisations: DEMO_ORGANISATIONS.length + 1, qualifications: 2 * DEMO_PLACES.length + DEPARTEMENT_DEMO.sharedPlaceIds.length });
  }, 120_000);
});
