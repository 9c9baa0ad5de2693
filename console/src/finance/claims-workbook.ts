// The co-funders' claims as an Excel workbook, built in the browser with exceljs (loaded only when
// asked for): a summary sheet with one row per co-funder, then one sheet per co-funder holding its
// evidence exactly as the API's CSV lists it, amounts as numbers so the workbook sums them.
import { parse } from 'csv-parse/browser/esm/sync';

export interface ClaimForWorkbook {
  coFunder: { displayName: string; rule: string };
  base: { cents: number };
  entitlement: { cents: number };
  received: { cents: number };
  claimed: { cents: number };
  claimableNow: { cents: number };
  toRepay: { cents: number };
  explanation: string;
  csv: string;
}

const EUROS = '#,##0.00 "€";-#,##0.00 "€"';
const NUMERIC_COLUMNS = new Set(['budget_year', 'pass_count']);

/** "1234,56" → 1234.56; the API's CSV writes euros with a decimal comma and no thousands separator. */
const euros = (text: string) => (text === '' ? null : Number(text.replace(',', '.')));

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (index: number, name: string) => `${index + 1}. ${name}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export async function claimsWorkbook(programme: { code: string; name: string }, asOf: string, claims: ClaimForWorkbook[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pass numérique — console';
  workbook.created = new Date();

  const summary = workbook.addWorksheet('Synthèse');
  summary.addRow([`${programme.code} — ${programme.name}`]).font = { bold: true };
  summary.addRow([`Créances des cofinanceurs au ${asOf}`]);
  summary.addRow([]);
  const header = summary.addRow(['Cofinanceur', 'Règle', 'Assiette', 'Droit à ce jour', 'Reçu', 'Appelé', 'Appelable maintenant', 'À reverser', 'Explication']);
  header.font = { bold: true };
  for (const claim of claims) {
    summary.addRow([
      claim.coFunder.displayName,
      claim.coFunder.rule,
      ...[claim.base, claim.entitlement, claim.received, claim.claimed, claim.claimableNow, claim.toRepay].map((m) => m.cents / 100),
      claim.explanation,
    ]);
  }
  for (let column = 3; column <= 8; column++) summary.getColumn(column).numFmt = EUROS;
  summary.columns.forEach((column, i) => (column.width = i === 0 ? 48 : i === 8 ? 80 : 18));
  summary.views = [{ state: 'frozen', ySplit: 4 }];

  claims.forEach((claim, index) => {
    const sheet = workbook.addWorksheet(sheetName(index, claim.coFunder.displayName));
    const [columns, ...rows] = parse(claim.csv, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
    sheet.addRow(columns).font = { bold: true };
    const amountAt = columns.indexOf('amount_eur');
    for (const row of rows) {
      sheet.addRow(row.map((cell, i) => (i === amountAt ? euros(cell) : NUMERIC_COLUMNS.has(columns[i]) && cell !== '' ? Number(cell) : cell)));
    }
    if (amountAt >= 0) sheet.getColumn(amountAt + 1).numFmt = EUROS;
    sheet.columns.forEach((column) => (column.width = 22));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return workbook.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}
