import { isDomainError } from '@pass-numerique/kernel';
import { isWellFormedCode, parseTerritoryCode } from './territory-codes';

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a domain error');
}

describe('territory codes', () => {
  it('accepts the shape of each level', () => {
    expect(isWellFormedCode('REGION', '32')).toBe(true);
    expect(isWellFormedCode('DEPARTEMENT', '2A')).toBe(true);
    expect(isWellFormedCode('DEPARTEMENT', '974')).toBe(true);
    expect(isWellFormedCode('EPCI', '200043396')).toBe(true);
    expect(isWellFormedCode('COMMUNE', '2A004')).toBe(true);
    expect(isWellFormedCode('COMMUNE', '99999')).toBe(true);
    expect(isWellFormedCode('ZONE', '6f1c2c1e-2020-4c2a-9b1e-0000000000a1')).toBe(true);
  });

  it('normalises Corsican codes typed in lower case', () => {
    expect(parseTerritoryCode('COMMUNE', ' 2a004 ')).toBe('2A004');
  });

  it('refuses malformed codes with MALFORMED_CODE and the field', () => {
    for (const [level, code] of [
      ['COMMUNE', 'ABC'],
      ['COMMUNE', '1234'],
      ['COMMUNE', '2C004'],
      ['REGION', '320'],
      ['DEPARTEMENT', 'ABC'],
      ['EPCI', '20004339'],
      ['ZONE', 'not-a-uuid'],
    ] as const) {
      const error = errorOf(() => parseTerritoryCode(level, code, 'within.code'));
      expect({ level, code, error: error.code, field: error.details.field }).toEqual({ level, code, error: 'MALFORMED_CODE', field: 'within.code' });
    }
  });
});
