// The programme's budget view as of a day: totals, budget years with the forecast, and what each
// co-funder owes with the evidence behind it (as CSV and as a PDF statement of expenditure); and
// the accounting export. Read-only; every figure comes from recorded facts dated on or before the
// day, so a view "as of 31 Dec 2021" is the one that day would have shown.
import { DomainError, type Clock } from '@pass-numerique/kernel';
import { checkDate, parisDate } from '../budget-calendar';
import type { FundingPlanRepository } from '../funding-plan/funding-plan.repository';
import { ratioOf } from '../funding-plan/rates';
import type { PassesLedgerRepository } from '../passes-ledger/passes-ledger.repository';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { CommitmentRepository, PaymentFilter, ReceiptFilter } from '../commitments/commitment.repository';
import type { ReceiptEntity } from '../commitments/commitment.entity';
import { computeClaims, purchaseOfUsedPasses } from './claims';
import { forecastBudget } from './forecast';
import type { BudgetRepository } from './budget.repository';
import { claimCsv, type EvidencePayment, type EvidenceReceipt } from './claim-csv';
import type { ClaimView, ProgrammeBudgetView } from './budget.views';
import { expenditureStatementPdf } from './expenditure-statement';
import { accountingCsv } from './accounting-export';

export class BudgetService {
  constructor(
    private readonly repository: BudgetRepository,
    private readonly fundingPlan: FundingPlanRepository,
    private readonly ledger: PassesLedgerRepository,
    private readonly commitments: CommitmentRepository,
    private readonly clock: Clock,
  ) {}

  async budget(programme: ProgrammeEntity, asOfInput?: string | null): Promise<ProgrammeBudgetView> {
    const asOf = asOfInput ? checkDate(asOfInput, 'asOf') : parisDate(this.clock.now());
    const [totals, coFunders, received, claimed, usedByOrder, usedByMonth] = await Promise.all([
      this.repository.totals(programme.id, asOf),
      this.fundingPlan.coFundersOf([programme.id]),
      this.fundingPlan.receivedBy(programme.id, asOf),
      this.fundingPlan.claimedBy(programme.id, asOf),
      this.ledger.usedPassesByOrder(programme.id, asOf),
      this.ledger.usedPassesByMonth(programme.id, asOf),
    ]);
    const reports = new Map((await this.fundingPlan.finalReportsOf(coFunders.map((c) => c.id))).map((r) => [r.coFunderId, r.filedOn]));
    const forecast = forecastBudget({
      asOf,
      authorisedCents: totals.authorisedCents,
      releasedCents: totals.releasedCents,
      planned: totals.planned,
      payments: totals.payments,
      receipts: totals.receipts,
    });
    const used = purchaseOfUsedPasses(usedByOrder);
    const claims = computeClaims(
      coFunders.map((c) => ({
        id: c.id,
        rule: c.rule,
        ratio: ratioOf(c),
        rounding: c.rounding,
        plannedCents: c.plannedCents,
        receivedCents: received.get(c.id) ?? 0,
        claimedCents: claimed.get(c.id) ?? 0,
        grant:
          c.rule === 'FIXED_GRANT' && c.grantBaseCents !== null
            ? {
                baseCents: c.grantBaseCents,
                signedOn: c.status === 'SIGNED' ? c.grantSignedOn : null,
                advanceRateBasisPoints: c.advanceRateBasisPoints ?? 0,
                instalmentCeilingBasisPoints: c.instalmentCeilingBasisPoints ?? 0,
                finalReportOn: reports.get(c.id) ?? null,
              }
            : null,
      })),
      { asOf, usedPassesPurchaseCents: used.faceValueCents + used.feeCents, eligiblePaidCents: totals.eligiblePaidCents, paidCents: forecast.paidCents },
    );
    return {
      programme,
      asOf,
      authorisedCents: totals.authorisedCents,
      committedCents: totals.committedCents,
      releasedCents: totals.releasedCents,
      paidCents: forecast.paidCents,
      paymentsCents: forecast.paymentsCents,
      receiptsCents: forecast.receiptsCents,
      forecast,
      passesUsed: used.passesUsed,
      claims: claims.map((claim, index) => ({ ...claim, coFunder: coFunders[index], programme, asOf, used, usedByMonth })),
    };
  }

  /** One co-funder's claim as of a day. */
  async claimOf(programme: ProgrammeEntity, coFunderId: string, asOf: string): Promise<ClaimView | undefined> {
    return (await this.budget(programme, asOf)).claims.find((c) => c.coFunderId === coFunderId);
  }

  /** The payments a claim rests on: pass-order payments for the State's used-passes rule, eligible ones for FEDER, all for the others. */
  evidencePaymentFilter(claim: ClaimView): PaymentFilter {
    const filter: PaymentFilter = { programmeId: claim.programme.id, paidOnOrBefore: claim.asOf };
    if (claim.coFunder.rule === 'USED_PASSES_SHARE') filter.commitmentKind = 'PASS_ORDER';
    if (claim.coFunder.rule === 'ELIGIBLE_PAID_RATE') filter.federEligible = true;
    return filter;
  }

  /** Receipts that lower the claim's base (none for the used-passes rule, whose base is passes used). */
  evidenceReceipts(claim: ClaimView): Promise<ReceiptEntity[]> {
    if (claim.coFunder.rule === 'USED_PASSES_SHARE') return Promise.resolve([]);
    const filter: ReceiptFilter = { programmeId: claim.programme.id, issuedOnOrBefore: claim.asOf };
    if (claim.coFunder.rule === 'ELIGIBLE_PAID_RATE') filter.federEligible = true;
    return this.commitments.allReceipts(filter);
  }

  async csv(claim: ClaimView): Promise<string> {
    const { payments, receipts } = await this.evidence(claim);
    return claimCsv(claim, payments, receipts);
  }

  async statementPdf(claim: ClaimView): Promise<Buffer> {
    const { payments, receipts } = await this.evidence(claim);
    return expenditureStatementPdf(claim, payments, receipts);
  }

  async accountingExport(programme: ProgrammeEntity, budgetYear: number | null | undefined): Promise<string> {
    if (budgetYear !== null && budgetYear !== undefined && (!Number.isInteger(budgetYear) || budgetYear < 1900 || budgetYear > 2200)) {
      throw new DomainError('BAD_USER_INPUT', 'budgetYear is a year', { field: 'budgetYear' });
    }
    return accountingCsv(await this.commitments.accountingLines(programme.id, budgetYear ?? null));
  }

  private async evidence(claim: ClaimView): Promise<{ payments: EvidencePayment[]; receipts: EvidenceReceipt[] }> {
    const [payments, receipts] = await Promise.all([this.commitments.allPayments(this.evidencePaymentFilter(claim)), this.evidenceReceipts(claim)]);
    const ids = [...new Set([...payments.map((p) => p.commitmentId), ...receipts.map((r) => r.commitmentId)])];
    const references = new Map((await this.commitments.findByIds(ids)).map((c) => [c.id, c.reference]));
    return {
      payments: payments.map((p) => ({ ...p, commitmentReference: references.get(p.commitmentId) ?? '' })),
      receipts: receipts.map((r) => ({ ...r, commitmentReference: references.get(r.commitmentId) ?? '' })),
    };
  }
}
