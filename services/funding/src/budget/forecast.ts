// Budget years of a programme: planned (the payment schedule) against its payment orders and
// receipts, and a forecast of the years still open at the current pace of payment. Payments and
// receipts are separate lines of each year, both never negative; the net is their difference.
//
// The forecast, in integer cents (documented the same way in the SDL's BudgetYear.forecast):
//   paid      = payments to date, net of receipts, over all budget years
//   elapsed   = days from 1 January of the programme's first budget year to the as-of day, both included
//   pace      = paid / elapsed                              (cents per day)
//   projected(y) = pace × days of y still ahead             (the whole year for a future year,
//                                                            the days after the as-of day for the current one)
//                  rounded half up, and capped so that paid + all projections never exceed the
//                  authorisation less what was released (years are filled in order)
//   forecast(current year) = payments so far + projected;  forecast(future year) = projected
//   unpaidAtScheduleEnd = authorised − released − paid − Σ projected   (what this pace would
//                                                            leave unpaid when the schedule ends)
// Only the schedule's remaining years are forecast; closed years show their figures only.
import { daysBetweenInclusive, daysInYear, yearOf } from '../budget-calendar';

export type BudgetYearStatus = 'CLOSED' | 'CURRENT' | 'FUTURE';

export interface BudgetYearLine {
  budgetYear: number;
  status: BudgetYearStatus;
  plannedCents: number;
  /** Payment orders charged to the year. */
  paymentsCents: number;
  /** Receipts charged to the year. */
  receiptsCents: number;
  /** Null for closed years and years beyond the schedule. */
  forecastCents: number | null;
}

export interface ForecastInput {
  asOf: string;
  authorisedCents: number;
  /** Released for good at the closing, up to the as-of day. */
  releasedCents?: number;
  /** Planned payments per budget year (the authorisations' schedules, summed). */
  planned: ReadonlyMap<number, number>;
  /** Payment orders per budget year up to the as-of day. */
  payments: ReadonlyMap<number, number>;
  /** Receipts per budget year up to the as-of day. */
  receipts?: ReadonlyMap<number, number>;
}

export interface BudgetForecast {
  years: BudgetYearLine[];
  /** Payment orders, net of receipts. */
  paidCents: number;
  paymentsCents: number;
  receiptsCents: number;
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
  const receipts = input.receipts ?? new Map<number, number>();
  const scheduled = [...input.planned.keys()];
  const years = [...scheduled, ...input.payments.keys(), ...receipts.keys()];
  const sum = (values: Iterable<number>) => [...values].reduce((total, cents) => total + cents, 0);
  const paymentsCents = sum(input.payments.values());
  const receiptsCents = sum(receipts.values());
  const paidCents = paymentsCents - receiptsCents;
  const payable = input.authorisedCents - (input.releasedCents ?? 0);
  if (years.length === 0) {
    return { years: [], paidCents, paymentsCents, receiptsCents, daysElapsed: 0, dailyPaceCents: 0, lastScheduledYear: null, unpaidAtScheduleEndCents: Math.max(0, payable - paidCents) };
  }
  const firstYear = Math.min(...years);
  const lastScheduledYear = scheduled.length > 0 ? Math.max(...scheduled) : null;
  const lastYear = Math.max(...years, lastScheduledYear !== null && currentYear <= lastScheduledYear ? currentYear : firstYear);
  const daysElapsed = daysBetweenInclusive(`${firstYear}-01-01`, input.asOf);
  const projectable = Math.max(0, paidCents);

  let headroom = Math.max(0, payable - paidCents);
  let projectedTotal = 0;
  const lines: BudgetYearLine[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const status: BudgetYearStatus = year < currentYear ? 'CLOSED' : year === currentYear ? 'CURRENT' : 'FUTURE';
    const yearPayments = input.payments.get(year) ?? 0;
    let forecastCents: number | null = null;
    if (status !== 'CLOSED' && lastScheduledYear !== null && year <= lastScheduledYear) {
      const daysAhead = status === 'CURRENT' ? daysBetweenInclusive(input.asOf, `${year}-12-31`) - 1 : daysInYear(year);
      const projected = daysElapsed === 0 ? 0 : Math.min(headroom, mulDivRound(projectable, daysAhead, daysElapsed));
      headroom -= projected;
      projectedTotal += projected;
      forecastCents = (status === 'CURRENT' ? yearPayments : 0) + projected;
    }
    lines.push({ budgetYear: year, status, plannedCents: input.planned.get(year) ?? 0, paymentsCents: yearPayments, receiptsCents: receipts.get(year) ?? 0, forecastCents });
  }
  return {
    years: lines,
    paidCents,
    paymentsCents,
    receiptsCents,
    daysElapsed,
    dailyPaceCents: daysElapsed === 0 ? 0 : mulDivRound(projectable, 1, daysElapsed),
    lastScheduledYear,
    unpaidAtScheduleEndCents: Math.max(0, payable - paidCents - projectedTotal),
  };
}
