// Thin: every resolver hands over to the budget service or a loader.
import { money, type PageArgs } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { programmeMoney } from '../programme-money';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { UsedPassesMonth } from '../passes-ledger/passes-ledger.repository';
import type { BudgetYearLine, BudgetForecast } from './forecast';
import type { ClaimView, ProgrammeBudgetView } from './budget.views';
import type { GrantFigures } from './claims';

export const budgetResolvers = {
  Programme: {
    budget: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, args: { asOf?: string | null }, ctx) => ctx.services.budget.budget(p, args.asOf),
    ),
    accountingExport: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, args: { budgetYear?: number | null }, ctx) => ctx.services.budget.accountingExport(p, args.budgetYear),
    ),
  },
  ProgrammeBudget: {
    settlementModel: (b: ProgrammeBudgetView) => b.programme.settlementModel,
    status: (b: ProgrammeBudgetView) => b.programme.status,
    authorised: (b: ProgrammeBudgetView) => money(b.authorisedCents),
    committed: (b: ProgrammeBudgetView) => money(b.committedCents),
    payments: (b: ProgrammeBudgetView) => money(b.paymentsCents),
    receipts: (b: ProgrammeBudgetView) => money(b.receiptsCents),
    paid: (b: ProgrammeBudgetView) => money(b.paidCents),
    released: (b: ProgrammeBudgetView) => money(b.releasedCents),
    remaining: (b: ProgrammeBudgetView) => money(b.authorisedCents - b.committedCents - b.releasedCents),
    toPay: (b: ProgrammeBudgetView) => money(b.committedCents - b.paidCents),
    years: (b: ProgrammeBudgetView) => b.forecast.years,
    forecast: (b: ProgrammeBudgetView) => b.forecast,
  },
  BudgetYear: {
    planned: (y: BudgetYearLine) => money(y.plannedCents),
    payments: (y: BudgetYearLine) => money(y.paymentsCents),
    receipts: (y: BudgetYearLine) => money(y.receiptsCents),
    net: (y: BudgetYearLine) => money(y.paymentsCents - y.receiptsCents),
    actual: (y: BudgetYearLine) => money(y.paymentsCents),
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
    claimed: (c: ClaimView) => money(c.claimedCents),
    owed: (c: ClaimView) => money(c.owedCents),
    claimableNow: (c: ClaimView) => money(c.claimableNowCents),
    toRepay: (c: ClaimView) => money(c.toRepayCents),
    grant: (c: ClaimView) => c.grant,
    evidence: (c: ClaimView) => c,
    csv: (c: ClaimView, _: unknown, ctx: FundingContext) => ctx.services.budget.csv(c),
    statementPdfBase64: async (c: ClaimView, _: unknown, ctx: FundingContext) => (await ctx.services.budget.statementPdf(c)).toString('base64'),
  },
  GrantClaim: {
    grant: (g: GrantFigures) => money(g.grantCents),
    base: (g: GrantFigures) => money(g.baseCents),
    spent: (g: GrantFigures) => money(g.spentCents),
    earned: (g: GrantFigures) => money(g.earnedCents),
    advance: (g: GrantFigures) => money(g.advanceCents),
    ceiling: (g: GrantFigures) => money(g.ceilingCents),
  },
  ClaimEvidence: {
    passesUsed: (c: ClaimView) => c.used.passesUsed,
    usedFaceValue: (c: ClaimView) => money(c.used.faceValueCents),
    usedFee: (c: ClaimView) => money(c.used.feeCents),
    usedPassesByMonth: (c: ClaimView) => c.usedByMonth,
    payments: (c: ClaimView, args: PageArgs, ctx: FundingContext) => ctx.services.commitments.payments(ctx.services.budget.evidencePaymentFilter(c), args),
    receipts: (c: ClaimView, _: unknown, ctx: FundingContext) => ctx.services.budget.evidenceReceipts(c),
  },
  UsedPassesMonth: {
    used: (m: UsedPassesMonth) => m.redeemed - m.cancelled,
    faceValue: (m: UsedPassesMonth) => money(m.faceValueCents),
  },
};
