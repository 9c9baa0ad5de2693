// A co-funder's claim as CSV, to attach to the claim file: one table, so that a spreadsheet opens
// it as is. Summary rows first, then the evidence (passes used by month, payment orders with their
// invoices, receipts). Written for French finance departments (csv-format.ts).
import type { PaymentEntity, ReceiptEntity } from '../commitments/commitment.entity';
import type { ClaimView } from './budget.views';
import { decimalComma, financeCsv } from './csv-format';
import { rateText } from './claim-text';

const COLUMNS = ['section', 'item', 'date', 'budget_year', 'reference', 'invoice_reference', 'third_party', 'pass_count', 'amount_eur'];

export type EvidencePayment = PaymentEntity & { commitmentReference: string };
export type EvidenceReceipt = ReceiptEntity & { commitmentReference: string };

export function claimCsv(claim: ClaimView, payments: readonly EvidencePayment[], receipts: readonly EvidenceReceipt[]): string {
  const { coFunder } = claim;
  const summary = (item: string, reference: string, amountCents: number | null = null, date = '', passCount = '') => [
    'summary',
    item,
    date,
    '',
    reference,
    '',
    '',
    passCount,
    amountCents === null ? '' : decimalComma(amountCents),
  ];
  const rows: string[][] = [
    summary('programme', `${claim.programme.code} — ${claim.programme.name}`),
    summary('co_funder', coFunder.displayName),
    summary('rule', coFunder.rule),
    summary('rate', rateText(claim)),
    summary('rounding', coFunder.rounding),
    summary('agreement', coFunder.agreementReference ?? ''),
    summary('as_of', '', null, claim.asOf),
    summary('base', '', claim.baseCents),
    summary('planned', '', coFunder.plannedCents),
    summary('entitlement', claim.explanation, claim.entitlementCents),
    summary('received', '', claim.receivedCents),
    summary('claimed', '', claim.claimedCents),
    summary('claimable_now', '', claim.claimableNowCents),
    summary('to_repay', '', claim.toRepayCents),
  ];
  if (claim.grant) {
    const g = claim.grant;
    rows.push(summary('stage', g.stage, null, g.finalReportOn ?? g.signedOn ?? ''));
    rows.push(summary('spent', '', g.spentCents));
    rows.push(summary('grant_base', '', g.baseCents));
    rows.push(summary('earned', '', g.earnedCents));
    rows.push(summary('advance', '', g.advanceCents));
    rows.push(summary('ceiling', '', g.ceilingCents));
  }
  if (coFunder.rule === 'USED_PASSES_SHARE') {
    rows.push(summary('passes_used', '', claim.used.faceValueCents, '', String(claim.used.passesUsed)));
    rows.push(summary('fee_on_passes_used', '', claim.used.feeCents));
    for (const month of claim.usedByMonth) {
      rows.push(['passes_used', month.month, '', '', '', '', '', String(month.redeemed - month.cancelled), decimalComma(month.faceValueCents)]);
    }
  }
  for (const p of payments) {
    rows.push([
      'payment',
      p.paymentOrderNumber,
      p.paidOn,
      String(p.budgetYear),
      p.commitmentReference,
      p.invoiceReference ?? '',
      p.payeeName ?? p.payeeOrganisationId ?? '',
      '',
      decimalComma(p.amountCents),
    ]);
  }
  for (const r of receipts) {
    rows.push([
      'receipt',
      r.titleNumber ?? r.reference,
      r.issuedOn,
      String(r.budgetYear),
      r.commitmentReference,
      r.reference,
      r.payerName ?? r.payerOrganisationId ?? '',
      r.passCount === null ? '' : String(r.passCount),
      decimalComma(-r.amountCents),
    ]);
  }
  return financeCsv(COLUMNS, rows);
}
