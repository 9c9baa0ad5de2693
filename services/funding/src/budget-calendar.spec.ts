import { budgetYearFor, checkDate, daysBetweenInclusive, parisDate } from './budget-calendar';

describe('the budget calendar', () => {
  it('dates an instant by the Paris calendar: 23:30 UTC on 31 December is already January', () => {
    expect(parisDate('2020-12-31T23:30:00Z')).toBe('2021-01-01');
    expect(parisDate('2021-06-30T21:59:00Z')).toBe('2021-06-30');
  });

  it('counts days with both ends included, leap years too', () => {
    expect(daysBetweenInclusive('2020-01-01', '2020-12-31')).toBe(366);
    expect(daysBetweenInclusive('2021-01-02', '2021-01-01')).toBe(0);
  });

  it('accepts only calendar dates, and the previous budget year only in January', () => {
    expect(() => checkDate('2021-02-29', 'paidOn')).toThrow(expect.objectContaining({ details: { field: 'paidOn' } }));
    expect(budgetYearFor('2022-01-10', 2021, 'budgetYear')).toBe(2021);
    expect(() => budgetYearFor('2022-12-10', 2021, 'budgetYear')).toThrow(expect.objectContaining({ code: 'BUDGET_YEAR_MISMATCH' }));
  });
});
