// Integration: place counts of every territory of a level, for anyone, agreeing with the
// federated Territory.placeCount.
import { randomUUID } from 'node:crypto';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import type { Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from '../server';
import { ANONYMOUS, managerOf, qualify as qualifyFor, registerOrganisation, registerPlace } from '../testing/partners-test-kit';

const anonymous = ANONYMOUS;
const COLUMNS = `query($level: TerritoryLevel!, $qualifiedOnly: Boolean) { placeCountColumns(level: $level, qualifiedOnly: $qualifiedOnly) { level keys counts } }`;

describe('partners open data: place counts by territory', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });

  let register: (inseeCode: string, postalCode: string) => Promise<string>;
  let qualify: (placeId: string) => Promise<void>;
  const programmeId = randomUUID();
  const api = async (query: string, variables: Record<string, unknown>, identity: Identity = anonymous) => {
    const r = await callSubgraph(service.url, query, variables, identity);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  beforeAll(async () => {
    const organisationId = await registerOrganisation(service.url);
    register = (inseeCode: string, postalCode: string) => registerPlace(service.url, organisationId, { address: { street: '1 rue Haute', postalCode, inseeCode } });
    qualify = (placeId: string) => qualifyFor(service.url, placeId, organisationId, programmeId);
    await qualify(await register('80021', '80000'));
    await register('80021', '80000');
    await qualify(await register('80001', '80100'));
  });

  it('counts qualified places (or all) of every territory of a level, for anyone', async () => {
    expect((await api(COLUMNS, { level: 'COMMUNE' }, anonymous)).placeCountColumns).toEqual({ level: 'COMMUNE', keys: ['80001', '80021'], counts: [1, 1] });
    expect((await api(COLUMNS, { level: 'COMMUNE', qualifiedOnly: false }, anonymous)).placeCountColumns.counts).toEqual([1, 2]);
    expect((await api(COLUMNS, { level: 'DEPARTEMENT' }, anonymous)).placeCountColumns).toEqual({ level: 'DEPARTEMENT', keys: ['80'], counts: [2] });
    const csv = await api(`{ placeCountColumns(level: COMMUNE, qualifiedOnly: false) { csv } }`, {}, anonymous);
    expect(csv.placeCountColumns.csv).toBe('code,places\r\n80001,1\r\n80021,2\r\n');
    const zone = await callSubgraph(service.url, COLUMNS, { level: 'ZONE' }, anonymous);
    expect(zone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('agrees with Territory.placeCount', async () => {
    const { _entities } = await api(`query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Territory { code placeCount(qualifiedOnly: true) } } }`, {
      rep: [{ __typename: 'Territory', level: 'REGION', code: '32' }, { __typename: 'Territory', level: 'COMMUNE', code: '80021' }],
    });
    const regions = (await api(COLUMNS, { level: 'REGION' })).placeCountColumns;
    expect(_entities).toEqual([{ code: '32', placeCount: regions.counts[regions.keys.indexOf('32')] }, { code: '80021', placeCount: 1 }]);
  });

  it('counts every level in one batch, each from its own query, and shows a qualification at once (the columns are recounted every 30 s)', async () => {
    const ENTITIES = `query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Territory { level code qualified: placeCount(qualifiedOnly: true) all: placeCount } } }`;
    const rep = [
      { __typename: 'Territory', level: 'REGION', code: '32' },
      { __typename: 'Territory', level: 'DEPARTEMENT', code: '80' },
      { __typename: 'Territory', level: 'DEPARTEMENT', code: '59' },
      { __typename: 'Territory', level: 'COMMUNE', code: '80021' },
      { __typename: 'Territory', level: 'EPCI', code: '248000531' }, // CA Amiens Métropole
    ];
    const counts = async () => (await api(ENTITIES, { rep }))._entities.map((t: { qualified: number; all: number }) => [t.qualified, t.all]);
    const before = await counts();
    expect(before).toEqual([
      [2, 3],
      [2, 3],
      [0, 0],
      [1, 2],
      [1, 2],
    ]);
    await (api(COLUMNS, { level: 'DEPARTEMENT' })); // fills the 30 s columns cache
    await qualify(await register('80021', '80000'));
    expect(await counts()).toEqual([
      [3, 4],
      [3, 4],
      [0, 0],
      [2, 3],
      [2, 3],
    ]);
  });

  it('counts a place qualified for at least one programme once, however many programmes qualified it', async () => {
    const rep = [{ __typename: 'Territory', level: 'COMMUNE', code: '80001' }];
    const count = async () => (await api(`query($rep: [_Any!]!) { _entities(representations: $rep) { ... on Territory { placeCount(qualifiedOnly: true) } } }`, { rep }))._entities[0].placeCount;
    const before = await count();
    const placeId = await register('80001', '80100');
    const [{ organisation_id: organisationId }] = await service.dataSource.query(`SELECT organisation_id FROM place WHERE id = $1`, [placeId]);
    const other = randomUUID();
    await qualify(placeId);
    await qualifyFor(service.url, placeId, organisationId, other);
    expect(await count()).toBe(before + 1);
    await api(`mutation($id: ID!, $p: ID!) { suspendPlace(placeId: $id, programmeId: $p, reason: "Contrôle") { id } }`, { id: placeId, p: programmeId }, managerOf(programmeId));
    expect(await count()).toBe(before + 1);
    await api(`mutation($id: ID!, $p: ID!) { revokePlace(placeId: $id, programmeId: $p, reason: "Fermeture") { id } }`, { id: placeId, p: other }, managerOf(other));
    expect(await count()).toBe(before);
  });
});
