// Thin: every resolver hands over to a loader or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { money } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { CoFunderClaimEntity, CoFunderEntity, CoFunderReceiptEntity, FundingPlanVersionEntity, PlannedShareRecord } from './co-funder.entity';
import type { RecordCoFunderReceiptCommand, RecordFinalReportCommand, SetFundingPlanCommand } from './funding-plan.service';
import type { SubmitClaimCommand } from '../budget/claim.service';
import { programmeMoney } from '../programme-money';
import { percentOf, ratioOf } from './rates';

const ratePercent = (c: CoFunderEntity | PlannedShareRecord) => {
  const ratio = ratioOf(c);
  return ratio === null ? null : percentOf(ratio);
};

async function fundingPlanOf(programmeId: string, ctx: FundingContext) {
  const [coFunders, authorisations] = await Promise.all([
    ctx.loaders.coFundersByProgramme.load(programmeId),
    ctx.loaders.authorisationsByProgramme.load(programmeId),
  ]);
  const planned = coFunders.reduce((sum, c) => sum + c.plannedCents, 0);
  const authorised = authorisations.reduce((sum, a) => sum + a.amountCents, 0);
  return { programmeId, coFunders, planned: money(planned), authorised: money(authorised), balanced: planned === authorised };
}

export const fundingPlanResolvers = {
  Mutation: {
    setFundingPlan: async (_: unknown, args: { input: SetFundingPlanCommand }, ctx: FundingContext, info: GraphQLResolveInfo) => {
      await ctx.services.fundingPlan.setFundingPlan(args.input, ctx.reach(info));
      return fundingPlanOf(args.input.programmeId.toLowerCase(), ctx);
    },
    recordCoFunderReceipt: (_: unknown, args: { input: RecordCoFunderReceiptCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.fundingPlan.recordReceipt(args.input, ctx.reach(info)),
    submitClaim: (_: unknown, args: { input: SubmitClaimCommand }, ctx: FundingContext, info: GraphQLResolveInfo) => ctx.services.claims.submitClaim(args.input, ctx.reach(info)),
    recordFinalReport: (_: unknown, args: { input: RecordFinalReportCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.fundingPlan.recordFinalReport(args.input, ctx.reach(info)),
  },
  Programme: {
    fundingPlan: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => fundingPlanOf(p.id, ctx),
  },
  FundingPlan: {
    versions: (plan: { programmeId: string }, _: unknown, ctx: FundingContext) => ctx.loaders.planVersionsByProgramme.load(plan.programmeId),
  },
  FundingPlanVersion: {
    deliberation: (v: FundingPlanVersionEntity, _: unknown, ctx: FundingContext) => (v.deliberationId ? ctx.loaders.deliberationById.load(v.deliberationId) : null),
    shares: (v: FundingPlanVersionEntity) => v.coFunders,
  },
  PlannedShare: {
    organisation: (s: PlannedShareRecord) => ({ id: s.organisationId }),
    ratePercent,
    planned: (s: PlannedShareRecord) => money(s.plannedCents),
  },
  CoFunder: {
    organisation: (c: CoFunderEntity) => ({ id: c.organisationId }),
    ratePercent,
    share: (c: CoFunderEntity) => (c.shareAmountCents === null || c.shareOfCents === null ? null : { amount: money(c.shareAmountCents), of: money(c.shareOfCents) }),
    convention: (c: CoFunderEntity) =>
      c.rule !== 'FIXED_GRANT' || c.grantBaseCents === null
        ? null
        : {
            base: money(c.grantBaseCents),
            signedOn: c.grantSignedOn,
            advanceRateBasisPoints: c.advanceRateBasisPoints,
            instalmentCeilingBasisPoints: c.instalmentCeilingBasisPoints,
          },
    finalReport: (c: CoFunderEntity, _: unknown, ctx: FundingContext) => ctx.loaders.finalReportByCoFunder.load(c.id),
    planned: (c: CoFunderEntity) => money(c.plannedCents),
    // The plan is public (the deliberation states it); what was received is funding data.
    received: programmeMoney(
      (c: CoFunderEntity) => c.programmeId,
      async (c, _: unknown, ctx) => money((await ctx.loaders.receiptsByCoFunder.load(c.id)).reduce((sum, r) => sum + r.amountCents, 0)),
    ),
    receipts: programmeMoney(
      (c: CoFunderEntity) => c.programmeId,
      (c, _: unknown, ctx) => ctx.loaders.receiptsByCoFunder.load(c.id),
    ),
    submittedClaims: programmeMoney(
      (c: CoFunderEntity) => c.programmeId,
      (c, _: unknown, ctx) => ctx.loaders.claimsByCoFunder.load(c.id),
    ),
  },
  SubmittedClaim: {
    amount: (c: CoFunderClaimEntity) => money(c.amountCents),
    entitlement: (c: CoFunderClaimEntity) => money(c.entitlementCents),
  },
  CoFunderReceipt: {
    amount: (r: CoFunderReceiptEntity) => money(r.amountCents),
  },
};
