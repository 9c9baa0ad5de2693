// A co-funder's claim as CSV, to attach to the claim file: one table, so that a spreadsheet opens
// it as is. Summary rows first, then the evidence (payment orders with invoices, refunds, passes
// used by month). Amounts are euros with a dot and two decimals, like every export of the platform.
import { stringify } from 'csv-stringify/sync';
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { CommitmentReductionEntity, PaymentEntity } from '../commitments/commitment.entity';
import type { ClaimView } from './budget.service';

const COLUMNS = ['section', 'item', 'date', 'budget_year', 'reference', 'invoice_reference', 'pass_count', 'amount_eur'];
const euros = (cents: number) => toDecimalString(cents as Cents);

export function claimCsv(claim: ClaimView, payments: Array<PaymentEntity & { commitmentReference: string }>, refunds: CommitmentReductionEntity[]): string {
  const { coFunder } = claim;
  const rate = coFunder.rateBasisPoints === null ? '' : `${euros(coFunder.rateBasisPoints)} %`;
  const summary = (item: string, reference: string, amount = '', date = '', passCount = '') => ['summary', item, date, '', reference, '', passCount, amount];
  const rows: string[][] = [
    summary('programme', `${claim.programme.code} — ${claim.programme.name}`),
    summary('co_funder', coFunder.displayName),
    summary('rule', `${coFunder.rule}${rate ? ` ${rate}` : ''}`),
    summary('agreement', coFunder.agreementReference ?? ''),
    summary('as_of', '', '', claim.asOf),
    summary('base', '', euros(claim.baseCents)),
    summary('planned', '', euros(coFunder.plannedCents)),
    summary('entitlement', '', euros(claim.entitlementCents)),
    summary('received', '', euros(claim.receivedCents)),
    summary('owed', '', euros(claim.owedCents)),
  ];
  if (coFunder.rule === 'USED_PASSES_SHARE') {
    rows.push(summary('passes_used', '', euros(claim.used.faceValueCents), '', String(claim.used.passesUsed)));
    rows.push(summary('fee_on_passes_used', '', euros(claim.used.feeCents)));
    for (const month of claim.usedByMonth) {
      rows.push(['passes_used', month.month, '', '', '', '', String(month.redeemed - month.cancelled), euros(month.faceValueCents)]);
    }
  }
  for (const p of payments) {
    rows.push(['payment', p.paymentOrderNumber, p.paidOn, String(p.budgetYear), p.commitmentReference, p.invoiceReference ?? '', '', euros(p.amountCents)]);
  }
  for (const r of refunds) {
    rows.push(['refund', r.reference, r.reducedOn, String(r.budgetYear), '', '', r.passCount === null ? '' : String(r.passCount), euros(-r.refundedCents)]);
  }
  return stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'windows' });
}
