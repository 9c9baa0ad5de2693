// How funding's exports are written for French finance departments: semicolon-separated, UTF-8 with
// a byte-order mark (so that a spreadsheet opens accents right), CRLF line ends, amounts in euros
// with a decimal comma — the pair a French spreadsheet reads as numbers. Every export goes through
// the kit's writeCsv, which neutralises formula-like cells.
import type { Options } from 'csv-stringify/sync';
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import { writeCsv } from '@pass-numerique/service-kit';

const OPTIONS: Options = { delimiter: ';', bom: true, record_delimiter: 'windows' };

/** 1234,56 — no thousands separator, two decimals, a minus sign for money going out of a base. */
export function decimalComma(cents: number): string {
  return toDecimalString(cents as Cents).replace('.', ',');
}

export function financeCsv(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return writeCsv([columns, ...rows], OPTIONS);
}
