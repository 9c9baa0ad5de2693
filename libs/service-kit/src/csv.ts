// Every CSV the platform writes goes through here. A spreadsheet runs a cell that starts with
// = + - @ (or a tab or carriage return) as a formula: a place named `=HYPERLINK(…)` would become
// a link in a finance officer's workbook (CSV injection). Such cells are written with a leading
// apostrophe, which spreadsheets show as text; plain numbers (-12.50) are left as they are.
import { stringify, type Options } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** A cell's text as a spreadsheet will read it: never a formula. */
export function neutraliseCsvCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function neutralise(value: unknown): unknown {
  return typeof value === 'string' ? neutraliseCsvCell(value) : value;
}

/** CSV text of rows (arrays, or objects with `columns`), every text cell neutralised. */
export function writeCsv(rows: ReadonlyArray<readonly unknown[] | Record<string, unknown>>, options: Options = {}): string {
  const safe = rows.map((row) => (Array.isArray(row) ? row.map(neutralise) : Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutralise(v)]))));
  return stringify(safe, options);
}
