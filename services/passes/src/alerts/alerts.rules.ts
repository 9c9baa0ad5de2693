// What the alerts' arguments may be, as pure functions: shares between 0 and 1, bounded counts,
// and the dimensions each alert is measured by.
import { DomainError } from '@pass-numerique/kernel';
import type { FunnelDimension } from '../funnel/funnel.repository';

const MAX_HORIZON_DAYS = 366;
const MAX_ROWS = 1_000;

/** The levels of the administrative map, widest first. */
export const ADMINISTRATIVE_RANK: Record<string, number> = { REGION: 0, DEPARTEMENT: 1, EPCI: 2, COMMUNE: 3 };

function checkShare(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new DomainError('BAD_USER_INPUT', `${field} is a share between 0 and 1`, { field });
  return value;
}

function checkCount(value: number, field: string, max: number, min = 0): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new DomainError('BAD_USER_INPUT', `${field} must be between ${min} and ${max}`, { field });
  return value;
}

/** Low usage is measured where passes are handed out: by territory, distributor or public. */
export function checkLowUsageArgs(args: { by: FunnelDimension; below: number; minHandedOut: number; first: number }): { below: number; minHandedOut: number; first: number } {
  if (args.by === 'PLACE' || args.by === 'PROGRAMME') throw new DomainError('BAD_USER_INPUT', 'low usage is measured by territory, distributor or public (see placesWithoutRedemption for places)', { field: 'by' });
  return {
    below: checkShare(args.below, 'below'),
    minHandedOut: checkCount(args.minHandedOut, 'minHandedOut', Number.MAX_SAFE_INTEGER),
    first: checkCount(args.first, 'first', MAX_ROWS),
  };
}

/** A page of places without a redemption holds 1 to MAX_ROWS rows. */
export function checkPlacesPage(first: number): number {
  return checkCount(first, 'first', MAX_ROWS);
}

/** The thresholds of the reallocation suggestions. */
export function checkReallocationArgs(args: { lowUsageBelow: number; minHandedOut: number; demandWindowDays: number; first: number }): {
  lowUsageBelow: number;
  minHandedOut: number;
  demandWindowDays: number;
  first: number;
} {
  return {
    lowUsageBelow: checkShare(args.lowUsageBelow, 'lowUsageBelow'),
    minHandedOut: checkCount(args.minHandedOut, 'minHandedOut', Number.MAX_SAFE_INTEGER),
    demandWindowDays: checkCount(args.demandWindowDays, 'demandWindowDays', 3_660, 1),
    first: checkCount(args.first, 'first', MAX_ROWS),
  };
}

/** Passes at risk are counted by distributor or administrative level; answers the horizons, widest first, without repeats. */
export function checkExpiringArgs(args: { by: FunnelDimension; horizons: number[]; first: number }): { horizons: number[]; first: number } {
  if (!(args.by === 'DISTRIBUTOR' || args.by in ADMINISTRATIVE_RANK)) {
    throw new DomainError('BAD_USER_INPUT', 'passes at risk are counted by distributor, région, département, EPCI or commune', { field: 'by' });
  }
  const horizons = [...new Set(args.horizons.map((h) => checkCount(h, 'horizons', MAX_HORIZON_DAYS, 1)))].sort((a, b) => b - a);
  if (horizons.length === 0) throw new DomainError('BAD_USER_INPUT', 'give at least one horizon', { field: 'horizons' });
  return { horizons, first: checkCount(args.first, 'first', MAX_ROWS) };
}
