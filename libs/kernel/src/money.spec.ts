import { applyRate, cents, formatEuros, parseEuros, toDecimalString } from './money';

describe('money in integer cents', () => {
  it('parses the founding decision amounts exactly', () => {
    expect(parseEuros('763900.00')).toBe(76_390_000);
    expect(parseEuros('244450')).toBe(24_445_000);
    expect(parseEuros('0.1')).toBe(10);
  });

  it('refuses more than two decimals, floats and garbage', () => {
    expect(() => parseEuros('10.001')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => parseEuros('ten')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => cents(10.5)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });

  it('round-trips through the canonical decimal string', () => {
    expect(toDecimalString(parseEuros('91670.00'))).toBe('91670.00');
    expect(toDecimalString(cents(-5))).toBe('-0.05');
  });

  it('formats euros the French way', () => {
    expect(formatEuros(cents(76_390_000)).replace(/\s/g, ' ')).toBe('763 900,00 €');
  });

  it('applies a rate in basis points with half-up rounding and no float drift', () => {
    // FEDER's 16.36 % of the whole envelope is the 125,000 EUR the decision requests (to the euro).
    expect(applyRate(cents(76_390_000), 1636)).toBe(12_497_404);
    expect(applyRate(cents(1), 5000)).toBe(1); // 0.5 cent rounds up
    expect(applyRate(cents(-1), 5000)).toBe(-1);
  });
});
