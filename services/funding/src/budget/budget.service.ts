// The programme's budget view as of a day: totals, budget years with the forecast, and what each
// co-funder owes with the evidence behind it. Read-only; every figure comes from recorded facts
// dated on or before the day, so a view "as of 31 Dec 2021" is the one that day would have shown.
import type { Clock } from '@pass-numerique/kernel';
import { checkDate, parisDate } from '../budget-calendar';
import type { CoFunderEntity } from '../funding-plan/co-funder.entity';
import type { FundingPlanRepository } from '../funding-plan/funding-plan.repository';
import type { PassesLedgerRepository, UsedPassesMonth } from '../passes-ledger/passes-ledger.repository';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { CommitmentRepository, PaymentFilter } from '../commitments/commitment.repository';
import type { CommitmentReductionEntity } from '../commitments/commitment.entity';
import { computeClaims, purchaseOfUsedPasses, type Claim, type UsedPassesPurchase } from './claims';
import { forecastBudget, type BudgetForecast } from './forecast';
import type { BudgetRepository } from './budget.repository';
import { claimCsv } from './claim-csv';

export interface ClaimView extends Claim {
  coFunder: CoFunderEntity;
  programme: ProgrammeEntity;
  asOf: string;
  used: UsedPassesPurchase;
  usedByMonth: UsedPassesMonth[];
}

export interface ProgrammeBudgetView {
  programme: ProgrammeEntity;
  asOf: string;
  authorisedCents: number;
  committedCents: number;
  paidCents: number;
  forecast: BudgetForecast;
  passesUsed: number;
  claims: ClaimView[];
}

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
    const [totals, coFunders, received, usedByOrder, usedByMonth] = await Promise.all([
      this.repository.totals(programme.id, asOf),
      this.fundingPlan.coFundersOf([programme.id]),
      this.fundingPlan.receivedBy(programme.id, asOf),
      this.ledger.usedPassesByOrder(programme.id, asOf),
      this.ledger.usedPassesByMonth(programme.id, asOf),
    ]);
    const forecast = forecastBudget({ asOf, authorisedCents: totals.authorisedCents, planned: totals.planned, actual: totals.actual });
    const used = purchaseOfUsedPasses(usedByOrder);
    const claims = computeClaims(
      coFunders.map((c) => ({ id: c.id, rule: c.rule, rateBasisPoints: c.rateBasisPoints, plannedCents: c.plannedCents, receivedCents: received.get(c.id) ?? 0 })),
      { usedPassesPurchaseCents: used.faceValueCents + used.feeCents, eligiblePaidCents: totals.eligiblePaidCents, paidCents: forecast.paidCents },
    );
    return {
      programme,
      asOf,
      authorisedCents: totals.authorisedCents,
      committedCents: totals.committedCents,
      paidCents: forecast.paidCents,
      forecast,
      passesUsed: used.passesUsed,
      claims: claims.map((claim, index) => ({ ...claim, coFunder: coFunders[index], programme, asOf, used, usedByMonth })),
    };
  }

  /** The payments a claim rests on: pass-order payments for the State's rule, eligible ones for FEDER, all for the rest. */
  evidencePaymentFilter(claim: ClaimView): PaymentFilter {
    const filter: PaymentFilter = { programmeId: claim.programme.id, paidOnOrBefore: claim.asOf };
    if (claim.coFunder.rule === 'USED_PASSES_SHARE') filter.commitmentKind = 'PASS_ORDER';
    if (claim.coFunder.rule === 'ELIGIBLE_PAID_RATE') filter.federEligible = true;
    return filter;
  }

  /** Refunds that lower the claim's base (none for the State's rule, whose base is passes used). */
  async evidenceRefunds(claim: ClaimView): Promise<CommitmentReductionEntity[]> {
    if (claim.coFunder.rule === 'USED_PASSES_SHARE') return [];
    const reductions = await this.commitments.reductionsOfProgramme(claim.programme.id, claim.asOf, claim.coFunder.rule === 'ELIGIBLE_PAID_RATE' ? true : null);
    return reductions.filter((r) => r.refundedCents > 0);
  }

  async csv(claim: ClaimView): Promise<string> {
    const [payments, refunds] = await Promise.all([this.commitments.allPayments(this.evidencePaymentFilter(claim)), this.evidenceRefunds(claim)]);
    const commitments = new Map((await this.commitments.findByIds([...new Set(payments.map((p) => p.commitmentId))])).map((c) => [c.id, c]));
    return claimCsv(claim, payments.map((p) => ({ ...p, commitmentReference: commitments.get(p.commitmentId)?.reference ?? '' })), refunds);
  }
}
