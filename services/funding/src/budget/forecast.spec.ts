import { forecastBudget } from './forecast';

const schedule = new Map([
  [2024, 60_000],
  [2025, 40_000],
]);

describe('budget years and forecast', () => {
  it('shows planned against actual for every year from the first, and forecasts only the open years of the schedule', () => {
    // 2024 is a leap year: 1 Jan 2024 → 31 Dec 2024 is 366 days; 36,600 cents paid = 100 a day.
    const result = forecastBudget({ asOf: '2024-12-31', authorisedCents: 100_000, planned: schedule, payments: new Map([[2024, 36_600]]) });
    expect(result.daysElapsed).toBe(366);
    expect(result.dailyPaceCents).toBe(100);
    expect(result.years).toEqual([
      { budgetYear: 2024, status: 'CURRENT', plannedCents: 60_000, paymentsCents: 36_600, receiptsCents: 0, forecastCents: 36_600 },
      // 365 days of 2025 at 100 a day.
      { budgetYear: 2025, status: 'FUTURE', plannedCents: 40_000, paymentsCents: 0, receiptsCents: 0, forecastCents: 36_500 },
    ]);
    expect(result.unpaidAtScheduleEndCents).toBe(100_000 - 36_600 - 36_500);
  });

  it('projects the rest of the current year from the days still ahead, rounding half up', () => {
    // 1 Jan → 1 Jul 2024 = 183 days; 1,000 cents → 5.46 a day; 183 days ahead → 1,000 more.
    const result = forecastBudget({ asOf: '2024-07-01', authorisedCents: 100_000, planned: schedule, payments: new Map([[2024, 1_000]]) });
    expect(result.years[0]).toMatchObject({ status: 'CURRENT', paymentsCents: 1_000, forecastCents: 2_000 });
    expect(result.years[1].forecastCents).toBe(Math.round((1_000 * 365) / 183));
  });

  it('never forecasts more than the authorisation leaves to pay', () => {
    const result = forecastBudget({ asOf: '2024-03-31', authorisedCents: 100_000, planned: schedule, payments: new Map([[2024, 50_000]]) });
    const forecastTotal = result.years.reduce((sum, y) => sum + (y.forecastCents ?? 0) - (y.status === 'CURRENT' ? y.paymentsCents : 0), 0);
    expect(forecastTotal).toBe(50_000);
    expect(result.years[1].forecastCents).toBe(0);
    expect(result.unpaidAtScheduleEndCents).toBe(0);
  });

  it('closes past years and stops forecasting once the schedule is over', () => {
    const result = forecastBudget({ asOf: '2026-06-30', authorisedCents: 100_000, planned: schedule, payments: new Map([[2024, 50_000], [2025, 30_000]]) });
    expect(result.years.map((y) => [y.budgetYear, y.status, y.forecastCents])).toEqual([
      [2024, 'CLOSED', null],
      [2025, 'CLOSED', null],
    ]);
    expect(result.unpaidAtScheduleEndCents).toBe(20_000);
  });

  it('has no pace before the first budget year starts', () => {
    const result = forecastBudget({ asOf: '2023-12-01', authorisedCents: 100_000, planned: schedule, payments: new Map() });
    expect(result.dailyPaceCents).toBe(0);
    expect(result.years.every((y) => y.forecastCents === 0)).toBe(true);
  });

  it('keeps receipts apart from payments: no year goes below zero, the net says what came back', () => {
    const result = forecastBudget({
      asOf: '2026-06-30',
      authorisedCents: 100_000,
      planned: schedule,
      payments: new Map([[2024, 60_000], [2025, 10_000]]),
      receipts: new Map([[2025, 25_000], [2026, 5_000]]),
    });
    expect(result.years.map((y) => [y.budgetYear, y.paymentsCents, y.receiptsCents])).toEqual([
      [2024, 60_000, 0],
      [2025, 10_000, 25_000],
      [2026, 0, 5_000],
    ]);
    expect([result.paymentsCents, result.receiptsCents, result.paidCents]).toEqual([70_000, 30_000, 40_000]);
  });

  it('forecasts nothing beyond what the closing released', () => {
    const result = forecastBudget({ asOf: '2024-06-30', authorisedCents: 100_000, releasedCents: 30_000, planned: schedule, payments: new Map([[2024, 50_000]]) });
    expect(result.unpaidAtScheduleEndCents).toBe(0);
    expect(result.years.reduce((sum, y) => sum + (y.forecastCents ?? 0), 0)).toBe(70_000);
  });
});
