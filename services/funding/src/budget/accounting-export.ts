// The programme's payment orders (mandats) and receipt orders (titres de recettes) in the shape a
// regional finance department loads into its accounting software; the columns are documented in
// the SDL (Programme.accountingExport) and docs/funding-model.md. A receipt is a line of its own
// with a positive amount: money received, never a negative payment.
import type { AccountingLine } from '../commitments/commitment.repository';
import { decimalComma, financeCsv } from './csv-format';

export const ACCOUNTING_COLUMNS = [
  'budget_year',
  'entry',
  'number',
  'date',
  'imputation',
  'chapter',
  'function',
  'nature',
  'programme_code',
  'nomenclature',
  'commitment_reference',
  'third_party_id',
  'third_party_name',
  'reference',
  'kind',
  'reason',
  'feder_eligible',
  'amount_eur',
] as const;

export function accountingCsv(lines: readonly AccountingLine[]): string {
  return financeCsv(
    ACCOUNTING_COLUMNS,
    lines.map(({ imputation: i, ...l }) => [
      String(l.budgetYear),
      l.entry,
      l.number,
      l.date,
      `${i.chapter}/${i.function}/${i.nature}/${i.programmeCode}`,
      i.chapter,
      i.function,
      i.nature,
      i.programmeCode,
      `${i.nomenclature} ${i.nomenclatureVersion}`,
      l.commitmentReference,
      l.thirdPartyId ?? '',
      l.thirdPartyName ?? '',
      l.reference,
      l.kind,
      l.reason ?? '',
      l.federEligible ? '1' : '0',
      decimalComma(l.amountCents),
    ]),
  );
}
