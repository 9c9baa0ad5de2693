import { isValidSiren, isValidSiret, isWellFormedInseeCode, parseInseeCode } from './codes';

describe('French administrative codes', () => {
  it('accepts Luhn-valid SIRET and refuses a wrong check digit', () => {
    expect(isValidSiret('20005376700014')).toBe(true); // Région Hauts-de-France
    expect(isValidSiret('20005376700015')).toBe(false);
    expect(isValidSiret('2000537670001')).toBe(false);
  });

  it("applies La Poste's exception (digit sum multiple of 5)", () => {
    expect(isValidSiret('35600000012345')).toBe(false);
    expect(isValidSiret('35600000049837')).toBe(true);
  });

  it('validates SIREN', () => {
    expect(isValidSiren('200053767')).toBe(true);
    expect(isValidSiren('200053768')).toBe(false);
  });

  it('tells well-formed INSEE codes, Corsica included, from malformed ones', () => {
    expect(isWellFormedInseeCode('80620')).toBe(true);
    expect(isWellFormedInseeCode('2A004')).toBe(true);
    expect(isWellFormedInseeCode('97411')).toBe(true);
    expect(isWellFormedInseeCode('ABC')).toBe(false);
    expect(isWellFormedInseeCode('1234')).toBe(false);
    expect(parseInseeCode('2a004')).toBe('2A004');
    expect(() => parseInseeCode('1234')).toThrow(expect.objectContaining({ code: 'INVALID_CODE' }));
  });
});
