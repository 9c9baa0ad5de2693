// Unit: what a zone's name, quota, note and definition must be, without a database.
import { checkDefinition, checkName, checkNote, checkQuota, MAX_ZONE_CODES, parseZoneId, sameDefinition } from './zone.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

describe('zone rules', () => {
  it('normalises, de-duplicates and sorts the codes of a definition', () => {
    expect(checkDefinition({ communes: ['80021', ' 80021', '2a004'], epcis: ['248000531'] })).toEqual({ communes: ['2A004', '80021'], epcis: ['248000531'] });
    expect(sameDefinition(checkDefinition({ communes: ['80021', '02691'], epcis: [] }), checkDefinition({ communes: ['02691', '80021'], epcis: [] }))).toBe(true);
  });

  it('refuses a definition whole, listing every malformed code, and an empty or oversized one', () => {
    expect(() => checkDefinition({ communes: ['80021', 'Amiens'], epcis: ['12'] })).toThrow(
      expect.objectContaining({ code: 'MALFORMED_CODE', details: { field: 'communes', malformedCommunes: ['AMIENS'], malformedEpcis: ['12'] } }),
    );
    expect(() => checkDefinition({ communes: [], epcis: [] })).toThrow(refused('EMPTY_ZONE', 'communes'));
    expect(() => checkDefinition({ communes: Array.from({ length: MAX_ZONE_CODES + 1 }, () => '80021'), epcis: [] })).toThrow(refused('ZONE_TOO_LARGE', 'communes'));
  });

  it('takes a name with a letter or digit, spaces folded, a whole non-negative quota and a bounded note', () => {
    expect(checkName('  Quartiers   prioritaires ')).toBe('Quartiers prioritaires');
    expect(() => checkName(' -- ')).toThrow(refused('BAD_USER_INPUT', 'name'));
    expect(checkQuota(null)).toBeNull();
    expect(checkQuota(0)).toBe(0);
    expect(() => checkQuota(-1)).toThrow(refused('BAD_USER_INPUT', 'passQuota'));
    expect(() => checkQuota(2.5)).toThrow(refused('BAD_USER_INPUT', 'passQuota'));
    expect(checkNote('   ')).toBeNull();
    expect(() => checkNote('x'.repeat(1_001))).toThrow(refused('BAD_USER_INPUT', 'note'));
  });

  it('names a zone by its id only', () => {
    expect(parseZoneId('5F0C4A9E-1B2C-4D3E-8F90-A1B2C3D4E5F6')).toBe('5f0c4a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6');
    expect(() => parseZoneId('Somme')).toThrow(refused('MALFORMED_CODE', 'id'));
  });
});
