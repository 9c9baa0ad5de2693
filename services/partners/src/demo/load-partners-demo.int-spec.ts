// Integration: the demo programme's partners, loaded at start, exported in the national standard.
import { DEMO_AGREEMENTS, DEMO_IDS, DEMO_ORGANISATIONS, DEMO_PARTNER_IDS, DEMO_PLACES, DEMO_REGION } from '@pass-numerique/demo-programme';
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, lastPublishedEvent, testServiceConfig } from '@pass-numerique/testing';
import type { Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from '../server';
import { violationsOfStandard } from '../test-support/standard-schema';
import { loadPartnersDemo } from './load-partners-demo';

const anonymous: Identity = { subject: 'anonymous', role: 'public', scopes: [] };

describe('partners subgraph: demo programme', () => {
  const config = { ...testServiceConfig('partners'), loadDemoData: true };
  let service: Awaited<ReturnType<typeof startPartnersService>>;

  beforeAll(async () => {
    service = await startPartnersService(config);
  }, 30_000);
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

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
      (await callSubgraph(service.url, `query($p: ID!, $r: ProgrammeRole) { agreements(programmeId: $p, role: $r, first: 0) { totalCount } }`, { p: DEMO_IDS.programme, r: role })).data.agreements.totalCount;
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
    await eventually(async () => (await lastPublishedEvent(service.bus, 'partners.place.qualified.v1'))?.payload.placeId === last.id, 10_000, 'the last demo qualification event');
  });

  it("exports the demo places as CSV that validates against the standard's schema", async () => {
    const csv = (await callSubgraph(service.url, `{ placesCsv(territory: { level: REGION, code: "32" }, qualifiedOnly: true) }`, {}, anonymous)).data.placesCsv;
    expect(violationsOfStandard(csv)).toEqual([]);
    expect(csv.trim().split('\n')).toHaveLength(DEMO_PLACES.length + 1);
    for (const p of DEMO_PLACES.slice(0, 5)) expect(csv).toContain(p.id);
  });

  it('loads nothing twice', async () => {
    await expect(loadPartnersDemo(service.services)).resolves.toBe('already-there');
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM organisation`);
    expect(count).toBe(DEMO_ORGANISATIONS.length + 1);
  });
});
