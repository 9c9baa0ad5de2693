import { randomBytes } from 'node:crypto';
import { codeMatches, hasValidCheckDigit, luhnCheckDigit, normalisePassNumber, numberOfSerial, verificationCode } from './pass-numbers';

describe('pass numbers and verification codes', () => {
  const key = randomBytes(32);

  it('appends a Luhn check digit that catches a mistyped digit and swapped neighbours', () => {
    expect(luhnCheckDigit(7992739871)).toBe(3); // the textbook example
    const number = String(numberOfSerial(10_000_000_123));
    expect(hasValidCheckDigit(number)).toBe(true);
    const typo = number.slice(0, 4) + ((Number(number[4]) + 1) % 10) + number.slice(5);
    expect(hasValidCheckDigit(typo)).toBe(false);
    const swapped = number.slice(0, 2) + number[3] + number[2] + number.slice(4);
    if (number[2] !== number[3]) expect(hasValidCheckDigit(swapped)).toBe(false);
  });

  it('reads numbers written with spaces or dashes', () => {
    expect(normalisePassNumber('1000 0000-0018')).toBe('100000000018');
    expect(normalisePassNumber('1000')).toBeUndefined();
  });

  it('derives an 8-character code that only the key can produce, and reads it leniently', () => {
    const code = verificationCode(key, '100000001234');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(codeMatches(key, '100000001234', code.toLowerCase())).toBe(true);
    expect(codeMatches(key, '100000001235', code)).toBe(false);
    expect(codeMatches(randomBytes(32), '100000001234', code)).toBe(false);
    expect(codeMatches(key, '100000001234', '')).toBe(false);
  });
});
