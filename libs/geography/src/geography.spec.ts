import { Geography } from './geography';

describe('read-only geography of France', () => {
  const geo = Geography.load();

  it('holds every current commune of the 18 régions, 3,782 of them in Hauts-de-France', () => {
    expect(geo.communes.size).toBe(34_875);
    expect(geo.regions.size).toBe(18);
    expect(geo.departements.size).toBe(101);
    expect(geo.commune('97801')).toBeUndefined(); // Saint-Martin: an overseas collectivity, not a département
    expect([...geo.communes.values()].filter((c) => c.region === '32')).toHaveLength(3_782);
  });

  it('walks commune → EPCI → département → région', () => {
    const peronne = geo.commune('80620')!;
    expect(peronne.name).toBe('Péronne');
    const chain = geo.ancestorsOfCommune('80620');
    expect(chain.map((t) => t.level)).toEqual(['EPCI', 'DEPARTEMENT', 'REGION']);
    expect(chain.slice(1)).toEqual([
      { level: 'DEPARTEMENT', code: '80' },
      { level: 'REGION', code: '32' },
    ]);
    expect(geo.membersOfEpci(chain[0].code)).toContain('80620');
  });

  it('keeps levels apart: région 32 is Hauts-de-France, département 32 is Gers', () => {
    expect(geo.regions.get('32')?.name).toBe('Hauts-de-France');
    expect(geo.departements.get('32')?.name).toBe('Gers');
    expect(geo.communeIsIn('80620', { level: 'REGION', code: '32' })).toBe(true);
    expect(geo.communeIsIn('80620', { level: 'DEPARTEMENT', code: '32' })).toBe(false);
  });

  it('knows Corsican communes', () => {
    expect(geo.commune('2A004')?.departement).toBe('2A');
  });
});
