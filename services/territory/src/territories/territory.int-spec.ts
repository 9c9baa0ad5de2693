// Integration: the territory subgraph on a real PostgreSQL and NATS, with the whole map of
// France imported, called as the gateway would.
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, postGraphQL, useTestService } from '@pass-numerique/testing';
import { Client } from 'pg';
import { startTerritoryService } from '../server';

const TERRITORY = `query($level: TerritoryLevel!, $code: String!) { territory(level: $level, code: $code) {
  level code name population postalCodes siren
  parent { level code name }
  ancestors { level code name }
} }`;

/** Counts the SQL statements sent while `work` runs (the outbox relay's own queries aside). */
async function countTerritoryStatements(work: () => Promise<unknown>): Promise<number> {
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '';
    // The outbox relay's background polls (their transaction statements and outbox reads) and the readiness probe are not this request's.
    if (!/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SELECT 1\b)|outbox_event|processed_event|LISTEN|pg_notify/i.test(text)) count++;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return count;
}

describe('territory subgraph: the map of France', () => {
  const { config, service } = useTestService('territory', startTerritoryService, { loadDemoData: false });
  /** The map is open data: every read here is the anonymous public's. */
  const publicly = (query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, ANONYMOUS);

  it('refuses requests without the gateway signature, _entities included', async () => {
    const response = await postGraphQL(service.url, `{ _entities(representations: [{ __typename: "Territory", level: REGION, code: "32" }]) { ... on Territory { name } } }`);
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
  });

  it('imports the whole of France: 18 régions, 101 départements, every EPCI and current commune', async () => {
    const { data, errors } = await publicly('{ mapSource { package version regions departements epcis communes } }');
    expect(errors).toBeUndefined();
    expect(data.mapSource).toMatchObject({ package: '@etalab/decoupage-administratif', version: '6.0.0', regions: 18, departements: 101 });
    expect(data.mapSource.epcis).toBeGreaterThan(1_200);
    expect(data.mapSource.communes).toBeGreaterThan(34_000);
  });

  it('tells région 32 (Hauts-de-France) from département 32 (Gers)', async () => {
    const region = await publicly(TERRITORY, { level: 'REGION', code: '32' });
    const departement = await publicly(TERRITORY, { level: 'DEPARTEMENT', code: '32' });
    expect(region.data.territory).toMatchObject({ level: 'REGION', code: '32', name: 'Hauts-de-France', parent: null, ancestors: [] });
    expect(region.data.territory.population).toBeGreaterThan(5_900_000);
    expect(departement.data.territory).toMatchObject({ level: 'DEPARTEMENT', code: '32', name: 'Gers', parent: { level: 'REGION', code: '76' } });
  });

  it('gives Hauts-de-France its five départements', async () => {
    const { data, errors } = await publicly(`{ territory(level: REGION, code: "32") { children(first: 10) { totalCount edges { node { level code name } } } } }`);
    expect(errors).toBeUndefined();
    const children = data.territory.children;
    expect(children.totalCount).toBe(5);
    expect(children.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['02', '59', '60', '62', '80']);
    expect(children.edges.every((e: { node: { level: string } }) => e.node.level === 'DEPARTEMENT')).toBe(true);
  });

  it('walks Péronne (80620) up to its EPCI, département 80 and région 32', async () => {
    const { data, errors } = await publicly(TERRITORY, { level: 'COMMUNE', code: '80620' });
    expect(errors).toBeUndefined();
    const peronne = data.territory;
    expect(peronne).toMatchObject({ name: 'Péronne', postalCodes: ['80200'], siren: '218005858' });
    expect(peronne.parent.level).toBe('EPCI');
    expect(peronne.ancestors.map((a: { level: string; code: string }) => `${a.level}:${a.code}`)).toEqual([
      `EPCI:${peronne.parent.code}`,
      'DEPARTEMENT:80',
      'REGION:32',
    ]);
    expect(peronne.ancestors[1].name).toBe('Somme');
  });

  it('resolves a batch of references of every level through _entities, unknown ones as null', async () => {
    const { data, errors } = await publicly(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Territory { level code name } } }`,
      {
        representations: [
          { __typename: 'Territory', level: 'COMMUNE', code: '2A004' },
          { __typename: 'Territory', level: 'DEPARTEMENT', code: '32' },
          { __typename: 'Territory', level: 'REGION', code: '32' },
          { __typename: 'Territory', level: 'COMMUNE', code: '99999' },
          { __typename: 'Territory', level: 'COMMUNE', code: 'ABC' },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { level: 'COMMUNE', code: '2A004', name: 'Ajaccio' },
      { level: 'DEPARTEMENT', code: '32', name: 'Gers' },
      { level: 'REGION', code: '32', name: 'Hauts-de-France' },
      null,
      null,
    ]);
  });

  it('resolves 1,000 communes in one _entities call with one SQL round trip', async () => {
    const codes: Array<{ code: string }> = await service.dataSource.query(`SELECT code FROM territory WHERE level = 'COMMUNE' ORDER BY code LIMIT 1000`);
    const statements = await countTerritoryStatements(() =>
      publicly(`query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Territory { code name population } } }`, {
        representations: codes.map(({ code }) => ({ __typename: 'Territory', level: 'COMMUNE', code })),
      }).then(({ data, errors }) => {
        expect(errors).toBeUndefined();
        expect(data._entities.map((t: { code: string }) => t.code)).toEqual(codes.map((c) => c.code));
      }),
    );
    expect(statements).toBe(1);
  });

  it('imports only once per package version', async () => {
    const again = await startTerritoryService({ ...config, port: 0 });
    await again.stop();
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM territory WHERE level = 'REGION'`);
    expect(count).toBe(18);
  });
});
