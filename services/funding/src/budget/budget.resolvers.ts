// Thin: every resolver hands over to the budget service or a loader.
import { money, type PageArgs } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { programmeMoney } from '../programme-money';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { UsedPassesMonth } from '../passes-ledger/passes-ledger.repository';
import type { BudgetYearLine, BudgetForecast } from './forecast';
import type { ClaimView, ProgrammeBudgetView } from './budget.service';

export const budgetResolvers = {
  Programme: {
    budget: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, args: { asOf?: string | null }, ctx) => ctx.services.budget.budget(p, args.asOf),
    ),
  },
  ProgrammeBudget: {
    settlementModel: (b: ProgrammeBudgetView) => b.programme.settlementModel,
    authorised: (b: ProgrammeBudgetView) => money(b.authorisedCents),
    committed: (b: ProgrammeBudgetView) => money(b.committedCents),
    paid: (b: ProgrammeBudgetView) => money(b.paidCents),
    remaining: (b: ProgrammeBudgetView) => money(b.authorisedCents - b.committedCents),
    toPay: (b: ProgrammeBudgetView) => money(b.committedCents - b.paidCents),
    years: (b: ProgrammeBudgetView) => b.forecast.years,
    forecast: (b: ProgrammeBudgetView) => b.forecast,
  },
  BudgetYear: {
    planned: (y: BudgetYearLine) => money(y.plannedCents),
    actual: (y: BudgetYearLine) => money(y.actualCents),
    forecast: (y: BudgetYearLine) => (y.forecastCents === null ? null : money(y.forecastCents)),
  },
  PaymentForecast: {
    dailyPace: (f: BudgetForecast) => money(f.dailyPaceCents),
    unpaidAtScheduleEnd: (f: BudgetForecast) => money(f.unpaidAtScheduleEndCents),
  },
  CoFunderClaim: {
    base: (c: ClaimView) => money(c.baseCents),
    entitlement: (c: ClaimView) => money(c.entitlementCents),
    received: (c: ClaimView) => money(c.receivedCents),
    owed: (c: ClaimView) => money(c.owedCents),
    evidence: (c: ClaimView) => c,
    csv: (c: ClaimView, _: unknown, ctx: FundingContext) => ctx.services.budget.csv(c),
  },
  ClaimEvidence: {
    passesUsed: (c: ClaimView) => c.used.passesUsed,
    usedFaceValue: (c: ClaimView) => money(c.used.faceValueCents),
    usedFee: (c: ClaimView) => money(c.used.feeCents),
    usedPassesByMonth: (c: ClaimView) => c.usedByMonth,
    payments: (c: ClaimView, args: PageArgs, ctx: FundingContext) => ctx.services.commitments.payments(ctx.services.budget.evidencePaymentFilter(c), args),
    refunds: (c: ClaimView, _: unknown, ctx: FundingContext) => ctx.services.budget.evidenceRefunds(c),
  },
  UsedPassesMonth: {
    used: (m: UsedPassesMonth) => m.redeemed - m.cancelled,
    faceValue: (m: UsedPassesMonth) => money(m.faceValueCents),
  },
};
