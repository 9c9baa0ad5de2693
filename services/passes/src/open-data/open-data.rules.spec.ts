import { DomainError } from '@pass-numerique/kernel';
import { checkOpenDataLevel } from './open-data.rules';

describe('open data levels', () => {
  it('publishes by région, département, EPCI or commune', () => {
    for (const level of ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE']) expect(checkOpenDataLevel(level)).toBe(level);
  });

  it('refuses zones, whose totals beside the communes’ would give hidden cells away', () => {
    expect(() => checkOpenDataLevel('ZONE')).toThrow(DomainError);
    expect(() => checkOpenDataLevel('ZONE')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'level' } }));
  });
});
