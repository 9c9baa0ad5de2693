import { oneYearOneMonthAfter, validUntilOf } from './validity';

describe('pass validity', () => {
  it('is one year and one month after hand-out, month ends clamped, December rolling over', () => {
    expect(oneYearOneMonthAfter('2020-03-15')).toBe('2021-04-15');
    expect(oneYearOneMonthAfter('2020-01-31')).toBe('2021-02-28');
    expect(oneYearOneMonthAfter('2020-12-10')).toBe('2022-01-10');
  });
  it("is capped by the programme's end and the order's window", () => {
    expect(validUntilOf('2021-06-01', '2021-12-31', null)).toBe('2021-12-31');
    expect(validUntilOf('2020-03-01', '2021-12-31', null)).toBe('2021-04-01');
    expect(validUntilOf('2020-03-01', '2021-12-31', '2020-09-30')).toBe('2020-09-30');
  });
});
