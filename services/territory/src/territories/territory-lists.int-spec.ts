// Integration: lists of the map — children pages, territories inside a parent, commune search.
import { readFileSync } from 'node:fs';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startTerritoryService } from '../server';

interface Node {
  level: string;
  code: string;
  name: string;
}
interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: Node }>;
}

/** Facts read straight from the package, independently of the import under test. */
const rawCommunes: Array<{ code: string; type: string; departement: string; codesPostaux?: string[] }> = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
);
const currentCommunes = rawCommunes.filter((c) => c.type === 'commune-actuelle');

const PAGE = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount edges { cursor node { level code name } }`;
const codesOf = (connection: Connection) => connection.edges.map((e) => e.node.code);

describe('territory subgraph: lists and search', () => {
  const { service } = useTestService('territory', startTerritoryService, { loadDemoData: false });
  const query = (text: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, text, variables, ANONYMOUS);
  const search = async (text: string, first = 20, after?: string): Promise<Connection> => {
    const { data, errors } = await query(`query($q: String!, $first: Int, $after: String) { searchCommunes(query: $q, first: $first, after: $after) { ${PAGE} } }`, {
      q: text,
      first,
      after,
    });
    expect(errors).toBeUndefined();
    return data.searchCommunes;
  };

  it('pages through the children of a département without gaps or repeats', async () => {
    const children = `query($after: String) { territory(level: DEPARTEMENT, code: "80") { children(first: 7, after: $after) { ${PAGE} } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const { data, errors } = await query(children, { after });
      expect(errors).toBeUndefined();
      const connection: Connection = data.territory.children;
      total = connection.totalCount;
      seen.push(...codesOf(connection));
      // Relay's page info: where the page starts and ends, and whether pages lie before it.
      expect(connection.pageInfo).toMatchObject({ hasPreviousPage: after !== null, startCursor: connection.edges[0].cursor, endCursor: connection.edges.at(-1)!.cursor });
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
  });

  it('pages the children of many parents at once, each with its own count', async () => {
    const { data, errors } = await query(
      `{ territory(level: REGION, code: "32") { children { edges { node { code children(first: 2) { totalCount edges { node { level } } } } } } } }`,
    );
    expect(errors).toBeUndefined();
    const departements = data.territory.children.edges.map((e: { node: { code: string; children: Connection } }) => e.node);
    for (const d of departements) {
      expect(d.children.edges).toHaveLength(2);
      expect(d.children.totalCount).toBeGreaterThan(2);
    }
    expect(new Set(departements.map((d: { children: Connection }) => d.children.totalCount)).size).toBeGreaterThan(1);
  });

  it('lists the communes inside a département, as many as the package counts', async () => {
    const { data, errors } = await query(`{ territories(level: COMMUNE, within: { level: DEPARTEMENT, code: "80" }, first: 3) { ${PAGE} } }`);
    expect(errors).toBeUndefined();
    expect(data.territories.totalCount).toBe(currentCommunes.filter((c) => c.departement === '80').length);
    expect(data.territories.edges).toHaveLength(3);
    expect(data.territories.edges.every((e: { node: Node }) => e.node.level === 'COMMUNE' && e.node.code.startsWith('80'))).toBe(true);
  });

  it('lists the EPCIs of Hauts-de-France, those straddling its border included', async () => {
    const { data, errors } = await query(`{ territories(level: EPCI, within: { level: REGION, code: "32" }, first: 500) { ${PAGE} } }`);
    expect(errors).toBeUndefined();
    const codes = codesOf(data.territories);
    expect(codes).toHaveLength(data.territories.totalCount);
    // CC Interrégionale Aumale - Blangy-sur-Bresle: communes in Normandie and in Hauts-de-France.
    expect(codes).toContain('200069722');
    // CA Maubeuge Val de Sambre.
    expect(codes).toContain('200043396');
    expect(codes).not.toContain('200000172');
  });

  it('refuses to list a level that cannot lie inside the other', async () => {
    const { errors } = await query(`{ territories(level: REGION, within: { level: DEPARTEMENT, code: "80" }) { totalCount } }`);
    expect(errors?.[0].extensions).toMatchObject({ code: 'LEVEL_NOT_BELOW', field: 'level' });
  });

  it('finds Péronne from "peronne", accents and case aside, largest first', async () => {
    const found = await search('peronne');
    expect(found.edges[0].node).toEqual({ level: 'COMMUNE', code: '80620', name: 'Péronne' });
    expect(codesOf(found)).toEqual(expect.arrayContaining(['71345', '59458']));
    expect(codesOf(await search('PÉRONNE'))).toEqual(codesOf(found));
  });

  it('finds Saint-Omer from "st omer" and from "saint-om"', async () => {
    expect((await search('st omer')).edges[0].node).toMatchObject({ code: '62765', name: 'Saint-Omer' });
    expect((await search('saint-om')).edges[0].node).toMatchObject({ code: '62765' });
  });

  it('reads a half-typed "st" both ways: Strasbourg and the Saints', async () => {
    const codes = codesOf(await search('st', 10));
    expect(codes).toContain('67482');
    expect(codes).toContain('97411');
  });

  it('finds a commune without its leading article: "touquet"', async () => {
    expect(codesOf(await search('touquet'))).toContain('62826');
  });

  it('pages through a long search without repeats', async () => {
    const first = await search('saint', 25);
    const second = await search('saint', 25, first.pageInfo.endCursor!);
    expect(first.totalCount).toBeGreaterThan(1_000);
    expect(second.totalCount).toBe(first.totalCount);
    expect(codesOf(second).filter((c) => codesOf(first).includes(c))).toEqual([]);
  });

  it('searches by postal code, as a prefix while typed and exactly', async () => {
    const expected = currentCommunes.filter((c) => (c.codesPostaux ?? []).includes('80200')).map((c) => c.code);
    const typed = await search('8020', 500);
    expect(codesOf(typed)).toEqual(expect.arrayContaining(expected));
    const { data, errors } = await query(`{ communesByPostalCode(postalCode: "80200") { code name postalCodes } }`);
    expect(errors).toBeUndefined();
    expect(data.communesByPostalCode.map((c: Node) => c.code).sort()).toEqual(expected.sort());
  });
});
