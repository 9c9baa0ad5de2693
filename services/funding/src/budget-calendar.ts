// The calendar of a French local authority's budget: dates are Paris calendar days, and a
// budget year is a calendar year, except that January's "journée complémentaire" lets
// commitments and payment orders of the past year still be charged to it.
import { DomainError } from '@pass-numerique/kernel';

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Paris calendar day of an instant: an order placed at 23:30 UTC on 31 December belongs to January. */
export function parisDate(instant: Date | string): string {
  return PARIS_DAY.format(new Date(instant));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Checks a calendar date "YYYY-MM-DD" that exists (no 31 February). */
export function checkDate(date: string, field: string): string {
  const match = ISO_DATE.exec(date);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!parsed || parsed.toISOString().slice(0, 10) !== date) throw new DomainError('BAD_USER_INPUT', `${field} is not a calendar date YYYY-MM-DD`, { field });
  return date;
}

/**
 * The budget year an act dated `date` is charged to: the date's year by default; the year before
 * only in January (journée complémentaire). Anything else names the wrong year.
 */
export function budgetYearFor(date: string, requested: number | null | undefined, field: string): number {
  const year = yearOf(date);
  if (requested === null || requested === undefined) return year;
  const january = date.slice(5, 7) === '01';
  if (requested === year || (january && requested === year - 1)) return requested;
  throw new DomainError('BUDGET_YEAR_MISMATCH', `an act dated ${date} belongs to budget year ${year}${january ? ` (or ${year - 1} in January)` : ''}, not ${requested}`, {
    field,
    budgetYear: requested,
  });
}

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysBetweenInclusive(from: string, to: string): number {
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  return Math.max(0, days);
}

export function daysInYear(year: number): number {
  return daysBetweenInclusive(`${year}-01-01`, `${year}-12-31`);
}
