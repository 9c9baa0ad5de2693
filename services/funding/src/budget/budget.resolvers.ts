// Thin: every resolver hands over to the budget service or a loader.
import { money } from '@pass-numerique/service-kit';
import { programmeMoney } from '../programme-money';
import type { Resolvers } from '../generated/resolvers-types';

export const budgetResolvers: Resolvers = {
  Programme: {
    budget: programmeMoney(
      (p) => p.id,
      (p, args, ctx) => ctx.services.budget.budget(p, args.asOf),
    ),
    accountingExport: programmeMoney(
      (p) => p.id,
      (p, args, ctx) => ctx.services.budget.accountingExport(p, args.budgetYear),
    ),
  },
  ProgrammeBudget: {
    settlementModel: (b) => b.programme.settlementModel,
    status: (b) => b.programme.status,
    authorised: (b) => money(b.authorisedCents),
    committed: (b) => money(b.committedCents),
    payments: (b) => money(b.paymentsCents),
    receipts: (b) => money(b.receiptsCents),
    paid: (b) => money(b.paidCents),
    released: (b) => money(b.releasedCents),
    remaining: (b) => money(b.authorisedCents - b.committedCents - b.releasedCents),
    toPay: (b) => money(b.committedCents - b.paidCents),
    years: (b) => b.forecast.years,
    forecast: (b) => b.forecast,
  },
  BudgetYear: {
    planned: (y) => money(y.plannedCents),
    payments: (y) => money(y.paymentsCents),
    receipts: (y) => money(y.receiptsCents),
    net: (y) => money(y.paymentsCents - y.receiptsCents),
    actual: (y) => money(y.paymentsCents),
    forecast: (y) => (y.forecastCents === null ? null : money(y.forecastCents)),
  },
  PaymentForecast: {
    dailyPace: (f) => money(f.dailyPaceCents),
    unpaidAtScheduleEnd: (f) => money(f.unpaidAtScheduleEndCents),
  },
  CoFunderClaim: {
    base: (c) => money(c.baseCents),
    entitlement: (c) => money(c.entitlementCents),
    received: (c) => money(c.receivedCents),
    claimed: (c) => money(c.claimedCents),
    owed: (c) => money(c.owedCents),
    claimableNow: (c) => money(c.claimableNowCents),
    toRepay: (c) => money(c.toRepayCents),
    grant: (c) => c.grant,
    evidence: (c) => c,
    csv: (c, _, ctx) => ctx.services.budget.csv(c),
    statementPdfBase64: async (c, _, ctx) => (await ctx.services.budget.statementPdf(c)).toString('base64'),
  },
  GrantClaim: {
    grant: (g) => money(g.grantCents),
    base: (g) => money(g.baseCents),
    spent: (g) => money(g.spentCents),
    earned: (g) => money(g.earnedCents),
    advance: (g) => money(g.advanceCents),
    ceiling: (g) => money(g.ceilingCents),
  },
  ClaimEvidence: {
    passesUsed: (c) => c.used.passesUsed,
    usedFaceValue: (c) => money(c.used.faceValueCents),
    usedFee: (c) => money(c.used.feeCents),
    usedPassesByMonth: (c) => c.usedByMonth,
    payments: (c, args, ctx) => ctx.services.commitments.payments(ctx.services.budget.evidencePaymentFilter(c), args),
    receipts: (c, _, ctx) => ctx.services.budget.evidenceReceipts(c),
  },
  UsedPassesMonth: {
    used: (m) => m.redeemed - m.cancelled,
    faceValue: (m) => money(m.faceValueCents),
  },
};
