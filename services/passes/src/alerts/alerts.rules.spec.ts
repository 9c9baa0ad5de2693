// Unit: the alerts' arguments, without a database.
import { checkExpiringArgs, checkLowUsageArgs, checkPlacesPage, checkReallocationArgs } from './alerts.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

describe('alert arguments', () => {
  it('measures low usage by territory, distributor or public, with a share and bounded counts', () => {
    expect(checkLowUsageArgs({ by: 'DEPARTEMENT', below: 0.5, minHandedOut: 100, first: 20 })).toEqual({ below: 0.5, minHandedOut: 100, first: 20 });
    expect(() => checkLowUsageArgs({ by: 'PLACE', below: 0.5, minHandedOut: 100, first: 20 })).toThrow(refused('BAD_USER_INPUT', 'by'));
    expect(() => checkLowUsageArgs({ by: 'PUBLIC', below: 1.5, minHandedOut: 100, first: 20 })).toThrow(refused('BAD_USER_INPUT', 'below'));
    expect(() => checkLowUsageArgs({ by: 'PUBLIC', below: 0.5, minHandedOut: -1, first: 20 })).toThrow(refused('BAD_USER_INPUT', 'minHandedOut'));
    expect(() => checkLowUsageArgs({ by: 'PUBLIC', below: 0.5, minHandedOut: 100, first: 1_001 })).toThrow(refused('BAD_USER_INPUT', 'first'));
  });

  it('counts passes at risk by distributor or administrative level, over distinct horizons widest first', () => {
    expect(checkExpiringArgs({ by: 'EPCI', horizons: [7, 30, 15, 30], first: 10 })).toEqual({ horizons: [30, 15, 7], first: 10 });
    expect(() => checkExpiringArgs({ by: 'PUBLIC', horizons: [30], first: 10 })).toThrow(refused('BAD_USER_INPUT', 'by'));
    expect(() => checkExpiringArgs({ by: 'DISTRIBUTOR', horizons: [], first: 10 })).toThrow(refused('BAD_USER_INPUT', 'horizons'));
    expect(() => checkExpiringArgs({ by: 'DISTRIBUTOR', horizons: [0], first: 10 })).toThrow(refused('BAD_USER_INPUT', 'horizons'));
    expect(() => checkExpiringArgs({ by: 'DISTRIBUTOR', horizons: [367], first: 10 })).toThrow(refused('BAD_USER_INPUT', 'horizons'));
  });

  it('bounds pages and the reallocation thresholds', () => {
    expect(checkPlacesPage(1_000)).toBe(1_000);
    expect(() => checkPlacesPage(1.5)).toThrow(refused('BAD_USER_INPUT', 'first'));
    expect(checkReallocationArgs({ lowUsageBelow: 0.3, minHandedOut: 10, demandWindowDays: 90, first: 5 })).toEqual({ lowUsageBelow: 0.3, minHandedOut: 10, demandWindowDays: 90, first: 5 });
    expect(() => checkReallocationArgs({ lowUsageBelow: 0.3, minHandedOut: 10, demandWindowDays: 0, first: 5 })).toThrow(refused('BAD_USER_INPUT', 'demandWindowDays'));
  });
});
