// Budget years of a programme: planned (the payment schedule) against actual payments, and a
// forecast of the years still open at the current pace of payment.
//
// The forecast, in integer cents (documented the same way in the SDL's BudgetYear.forecast):
//   paid      = payments to date, net of refunds, over all budget years
//   elapsed   = days from 1 January of the programme's first budget year to the as-of day, both included
//   pace      = paid / elapsed                              (cents per day)
//   projected(y) = pace × days of y still ahead             (the whole year for a future year,
//                                                            the days after the as-of day for the current one)
//                  rounded half up, and capped so that paid + all projections never exceed the
//                  authorisation (years are filled in order)
//   forecast(current year) = actual so far + projected;  forecast(future year) = projected
//   unpaidAtScheduleEnd = authorised − paid − Σ projected   (what this pace would leave unpaid
//                                                            when the schedule ends)
// Only the schedule's remaining years are forecast; closed years show their actual figure only.
import { daysBetweenInclusive, daysInYear, yearOf } from '../budget-calendar';

export type BudgetYearStatus = 'CLOSED' | 'CURRENT' | 'FUTURE';

export interface BudgetYearLine {
  budgetYear: number;
  status: BudgetYearStatus;
  plannedCents: number;
  actualCents: number;
  /** Null for closed years and years beyond the schedule. */
  forecastCents: number | null;
}

export interface ForecastInput {
  asOf: string;
  authorisedCents: number;
  /** Planned payments per budget year (the authorisations' schedules, summed). */
  planned: ReadonlyMap<number, number>;
  /** Net payments per budget year up to the as-of day. */
  actual: ReadonlyMap<number, number>;
}

export interface BudgetForecast {
  years: BudgetYearLine[];
  paidCents: number;
  daysElapsed: number;
  dailyPaceCents: number;
  lastScheduledYear: number | null;
  unpaidAtScheduleEndCents: number;
}

/** a × b / c rounded half up, in integers (a, b, c ≥ 0, c > 0). */
function mulDivRound(a: number, b: number, c: number): number {
  return Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)));
}

export function forecastBudget(input: ForecastInput): BudgetForecast {
  const currentYear = yearOf(input.asOf);
  const scheduled = [...input.planned.keys()];
  const years = [...scheduled, ...input.actual.keys()];
  const paidCents = [...input.actual.values()].reduce((sum, cents) => sum + cents, 0);
  if (years.length === 0) {
    return { years: [], paidCents, daysElapsed: 0, dailyPaceCents: 0, lastScheduledYear: null, unpaidAtScheduleEndCents: Math.max(0, input.authorisedCents - paidCents) };
  }
  const firstYear = Math.min(...years);
  const lastScheduledYear = scheduled.length > 0 ? Math.max(...scheduled) : null;
  const lastYear = Math.max(...years, lastScheduledYear !== null && currentYear <= lastScheduledYear ? currentYear : firstYear);
  const daysElapsed = daysBetweenInclusive(`${firstYear}-01-01`, input.asOf);
  const projectable = Math.max(0, paidCents);

  let headroom = Math.max(0, input.authorisedCents - paidCents);
  let projectedTotal = 0;
  const lines: BudgetYearLine[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const status: BudgetYearStatus = year < currentYear ? 'CLOSED' : year === currentYear ? 'CURRENT' : 'FUTURE';
    const actualCents = input.actual.get(year) ?? 0;
    let forecastCents: number | null = null;
    if (status !== 'CLOSED' && lastScheduledYear !== null && year <= lastScheduledYear) {
      const daysAhead = status === 'CURRENT' ? daysBetweenInclusive(input.asOf, `${year}-12-31`) - 1 : daysInYear(year);
      const projected = daysElapsed === 0 ? 0 : Math.min(headroom, mulDivRound(projectable, daysAhead, daysElapsed));
      headroom -= projected;
      projectedTotal += projected;
      forecastCents = (status === 'CURRENT' ? actualCents : 0) + projected;
    }
    lines.push({ budgetYear: year, status, plannedCents: input.planned.get(year) ?? 0, actualCents, forecastCents });
  }
  return {
    years: lines,
    paidCents,
    daysElapsed,
    dailyPaceCents: daysElapsed === 0 ? 0 : mulDivRound(projectable, 1, daysElapsed),
    lastScheduledYear,
    unpaidAtScheduleEndCents: Math.max(0, input.authorisedCents - paidCents - projectedTotal),
  };
}
