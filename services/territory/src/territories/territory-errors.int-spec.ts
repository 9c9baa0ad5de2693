// Integration: every kind of bad input gets a stable code and the field at fault, never internals.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS } from '@pass-numerique/service-kit';
import { callSubgraph, useTestService } from '@pass-numerique/testing';
import { startTerritoryService } from '../server';

const TERRITORY = `query($level: TerritoryLevel!, $code: String!) { territory(level: $level, code: $code) { level code name } }`;

describe('territory subgraph: bad input', () => {
  const { service } = useTestService('territory', startTerritoryService, { loadDemoData: false });
  const call = (query: string, variables: Record<string, unknown> = {}) => callSubgraph(service.url, query, variables, ANONYMOUS);
  const errorOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const { errors } = await call(query, variables);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors)).not.toMatch(/SELECT|territory_|unnest|stack/i);
    return errors![0].extensions;
  };

  it('answers NOT_FOUND for a well-formed code that names no commune ("99999")', async () => {
    expect(await errorOf(TERRITORY, { level: 'COMMUNE', code: '99999' })).toEqual({ code: 'NOT_FOUND', field: 'code', level: 'COMMUNE' });
  });

  it('answers NOT_FOUND for unknown régions, EPCIs and zones', async () => {
    expect((await errorOf(TERRITORY, { level: 'REGION', code: '99' }))?.code).toBe('NOT_FOUND');
    expect((await errorOf(TERRITORY, { level: 'EPCI', code: '999999999' }))?.code).toBe('NOT_FOUND');
    expect((await errorOf(TERRITORY, { level: 'ZONE', code: randomUUID() }))?.code).toBe('NOT_FOUND');
  });

  it('answers MALFORMED_CODE, with the field, for "ABC" and "1234"', async () => {
    expect(await errorOf(TERRITORY, { level: 'COMMUNE', code: 'ABC' })).toMatchObject({ code: 'MALFORMED_CODE', field: 'code' });
    expect(await errorOf(TERRITORY, { level: 'COMMUNE', code: '1234' })).toMatchObject({ code: 'MALFORMED_CODE', field: 'code' });
    expect(await errorOf(TERRITORY, { level: 'DEPARTEMENT', code: 'ABC' })).toMatchObject({ code: 'MALFORMED_CODE', field: 'code' });
    expect(await errorOf(TERRITORY, { level: 'ZONE', code: 'pilot' })).toMatchObject({ code: 'MALFORMED_CODE', field: 'code' });
  });

  it('takes Corsican codes as valid: commune 2A004 (Ajaccio), département 2B, in any case', async () => {
    const ajaccio = await call(TERRITORY, { level: 'COMMUNE', code: '2a004' });
    expect(ajaccio.errors).toBeUndefined();
    expect(ajaccio.data.territory).toEqual({ level: 'COMMUNE', code: '2A004', name: 'Ajaccio' });
    const hauteCorse = await call(`{ territory(level: DEPARTEMENT, code: "2B") { name ancestors { level code name } } }`);
    expect(hauteCorse.data.territory).toEqual({ name: 'Haute-Corse', ancestors: [{ level: 'REGION', code: '94', name: 'Corse' }] });
    const inCorsica = await call(`{ territory(level: DEPARTEMENT, code: "2A") { contains(communeCode: "2A004") } }`);
    expect(inCorsica.data.territory.contains).toBe(true);
  });

  it('names the faulty field in nested inputs: within.code and communeCode', async () => {
    expect(await errorOf(`{ territories(level: COMMUNE, within: { level: DEPARTEMENT, code: "ABC" }) { totalCount } }`)).toMatchObject({
      code: 'MALFORMED_CODE',
      field: 'within.code',
    });
    expect(await errorOf(`{ territories(level: COMMUNE, within: { level: DEPARTEMENT, code: "96" }) { totalCount } }`)).toMatchObject({
      code: 'NOT_FOUND',
      field: 'within.code',
    });
    expect(await errorOf(`{ territory(level: REGION, code: "32") { contains(communeCode: "1234") } }`)).toMatchObject({ code: 'MALFORMED_CODE', field: 'communeCode' });
    expect(await errorOf(`{ territory(level: REGION, code: "32") { contains(communeCode: "99999") } }`)).toMatchObject({ code: 'NOT_FOUND', field: 'communeCode' });
  });

  it('refuses malformed postal codes, empty searches, foreign cursors and oversized pages', async () => {
    expect(await errorOf(`{ communesByPostalCode(postalCode: "8020") { code } }`)).toMatchObject({ code: 'MALFORMED_CODE', field: 'postalCode' });
    expect(await errorOf(`{ searchCommunes(query: " - ") { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    expect(await errorOf(`{ searchCommunes(query: "saint", after: "bm9wZQ") { totalCount } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await errorOf(`{ territory(level: REGION, code: "32") { children(first: 100000) { totalCount } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('resolves malformed and unknown federation references to null instead of failing the batch', async () => {
    const { data, errors } = await call(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { code } } }`, {
      r: [
        { __typename: 'Territory', level: 'COMMUNE', code: '1234' },
        { __typename: 'Territory', level: 'ZONE', code: randomUUID() },
        { __typename: 'Territory', level: 'COMMUNE', code: '80620' },
      ],
    });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([null, null, { code: '80620' }]);
  });
});
