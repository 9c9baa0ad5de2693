// Pass and booklet numbers, and pass verification codes.
//
// Numbers are serials with a Luhn check digit: a mistyped digit or swapped neighbours is caught
// before any lookup. Serials are sequential, so a number alone proves nothing: redeeming also
// takes the pass's verification code.
//
// The verification code is a signature of the number, not a stored secret: the first 40 bits of
// HMAC-SHA256(server key, number), written as 8 Crockford base-32 characters. Nothing secret is
// ever stored — the database holds no code, in clear or hashed, so a copy of it reveals nothing —
// and a code cannot be forged without the key. The print file (numbers + codes) is computed
// from the key when the operator exports it; the export is allowed once per order and logged.
// The QR payload printed on a pass is `PN1.<number>.<code>`. Online guessing (2^40 per number) is
// throttled per caller.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const PASS_SERIAL_DIGITS = 11;
export const BOOKLET_SERIAL_DIGITS = 9;

/** Luhn check digit of a serial (the digit to append on the right). */
export function luhnCheckDigit(serial: number | bigint): number {
  const digits = String(serial);
  let sum = 0;
  for (let i = digits.length - 1, k = 0; i >= 0; i--, k++) {
    let d = digits.charCodeAt(i) - 48;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function numberOfSerial(serial: number): number {
  return serial * 10 + luhnCheckDigit(serial);
}

/** Whether a full number (serial + check digit) has a valid check digit. */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  return luhnCheckDigit(BigInt(digits.slice(0, -1))) === Number(digits.at(-1));
}

/** Accepts "1000 0000 0018", "1000-0000-0018" or "100000000018"; returns the 12 digits or undefined. */
export function normalisePassNumber(input: string): string | undefined {
  const digits = input.replace(/[\s.-]/g, '');
  return /^\d{12}$/.test(digits) ? digits : undefined;
}

export function formatPassNumber(number: number | string): string {
  return String(number).padStart(12, '0');
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The verification code of a pass number under a key. */
export function verificationCode(key: Buffer, passNumber: string): string {
  const mac = createHmac('sha256', key).update(`pass-numerique/pass-code/v1/${passNumber}`).digest();
  // 40 bits → 8 base-32 characters.
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(mac[i]);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = CROCKFORD[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code;
}

/** Crockford decoding rules: case-insensitive, I/L read as 1, O as 0, dashes and spaces ignored. */
export function normaliseCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

export function codeMatches(key: Buffer, passNumber: string, presented: string): boolean {
  const expected = Buffer.from(verificationCode(key, passNumber));
  const given = Buffer.from(normaliseCode(presented));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function qrPayloadOf(passNumber: string, code: string): string {
  return `PN1.${passNumber}.${code}`;
}

/** Reads a scanned QR payload back into number and code. */
export function parseQrPayload(payload: string): { number: string; code: string } | undefined {
  const match = /^PN1\.(\d{12})\.([0-9A-Za-z]{8})$/.exec(payload.trim());
  return match ? { number: match[1], code: match[2] } : undefined;
}

/**
 * The Luhn sum of a bigint serial's digits at positions from..to (0 = rightmost), as one SQL
 * expression the planner inlines. Even positions are doubled: 2d − 9 when 2d > 9, i.e. 2d − 9·(d/5).
 */
export function luhnSumSql(serial: string, from = 0, to = PASS_SERIAL_DIGITS - 1): string {
  const terms: string[] = [];
  for (let k = from; k <= to; k++) {
    const d = `((${serial} / ${10n ** BigInt(k)}) % 10)`;
    terms.push(k % 2 === 0 ? `(2 * ${d} - 9 * (${d} / 5))` : d);
  }
  return `(${terms.join(' + ')})`;
}

/** The check digit of a serial as one SQL expression. */
export function luhnSqlExpression(serial: string, digits = PASS_SERIAL_DIGITS): string {
  return `((10 - (${luhnSumSql(serial, 0, digits - 1)} % 10)) % 10)`;
}
