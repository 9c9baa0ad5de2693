// Thin: every resolver hands over to a loader or the service.
import { money } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import type { CoFunderEntity, PlannedShareRecord } from './co-funder.entity';
import { programmeMoney } from '../programme-money';
import { percentOf, ratioOf } from './rates';
import type { Resolvers } from '../generated/resolvers-types';

const ratePercent = (c: CoFunderEntity | PlannedShareRecord) => {
  const ratio = ratioOf(c);
  return ratio === null ? null : percentOf(ratio);
};

/** A programme's funding plan as its resolvers read it: the co-funders, and the plan's totals against the authorisations. */
export type FundingPlanSource = Awaited<ReturnType<typeof fundingPlanOf>>;

async function fundingPlanOf(programmeId: string, ctx: FundingContext) {
  const [coFunders, authorisations] = await Promise.all([
    ctx.loaders.coFundersByProgramme.load(programmeId),
    ctx.loaders.authorisationsByProgramme.load(programmeId),
  ]);
  const planned = coFunders.reduce((sum, c) => sum + c.plannedCents, 0);
  const authorised = authorisations.reduce((sum, a) => sum + a.amountCents, 0);
  return { programmeId, coFunders, planned: money(planned), authorised: money(authorised), balanced: planned === authorised };
}

export const fundingPlanResolvers: Resolvers = {
  Mutation: {
    setFundingPlan: async (_, args, ctx, info) => {
      await ctx.services.fundingPlan.setFundingPlan(args.input, ctx.reach(info));
      return fundingPlanOf(args.input.programmeId.toLowerCase(), ctx);
    },
    recordCoFunderReceipt: (_, args, ctx, info) => ctx.services.fundingPlan.recordReceipt(args.input, ctx.reach(info)),
    submitClaim: (_, args, ctx, info) => ctx.services.claims.submitClaim(args.input, ctx.reach(info)),
    recordFinalReport: (_, args, ctx, info) => ctx.services.fundingPlan.recordFinalReport(args.input, ctx.reach(info)),
  },
  Programme: {
    fundingPlan: (p, _, ctx) => fundingPlanOf(p.id, ctx),
  },
  FundingPlan: {
    versions: (plan, _, ctx) => ctx.loaders.planVersionsByProgramme.load(plan.programmeId),
  },
  FundingPlanVersion: {
    deliberation: (v, _, ctx) => (v.deliberationId ? ctx.loaders.deliberationById.load(v.deliberationId) : null),
    shares: (v) => v.coFunders,
  },
  PlannedShare: {
    organisation: (s) => ({ id: s.organisationId }),
    ratePercent,
    planned: (s) => money(s.plannedCents),
  },
  CoFunder: {
    organisation: (c) => ({ id: c.organisationId }),
    ratePercent,
    share: (c) => (c.shareAmountCents === null || c.shareOfCents === null ? null : { amount: money(c.shareAmountCents), of: money(c.shareOfCents) }),
    // A fixed grant's rules record its base, advance rate and ceiling together.
    convention: (c) =>
      c.rule !== 'FIXED_GRANT' || c.grantBaseCents === null || c.advanceRateBasisPoints === null || c.instalmentCeilingBasisPoints === null
        ? null
        : {
            base: money(c.grantBaseCents),
            signedOn: c.grantSignedOn,
            advanceRateBasisPoints: c.advanceRateBasisPoints,
            instalmentCeilingBasisPoints: c.instalmentCeilingBasisPoints,
          },
    finalReport: (c, _, ctx) => ctx.loaders.finalReportByCoFunder.load(c.id),
    planned: (c) => money(c.plannedCents),
    // The plan is public (the deliberation states it); what was received is funding data.
    received: programmeMoney(
      (c) => c.programmeId,
      async (c, _, ctx) => money((await ctx.loaders.receiptsByCoFunder.load(c.id)).reduce((sum, r) => sum + r.amountCents, 0)),
    ),
    receipts: programmeMoney(
      (c) => c.programmeId,
      (c, _, ctx) => ctx.loaders.receiptsByCoFunder.load(c.id),
    ),
    submittedClaims: programmeMoney(
      (c) => c.programmeId,
      (c, _, ctx) => ctx.loaders.claimsByCoFunder.load(c.id),
    ),
  },
  SubmittedClaim: {
    amount: (c) => money(c.amountCents),
    entitlement: (c) => money(c.entitlementCents),
  },
  CoFunderReceipt: {
    amount: (r) => money(r.amountCents),
  },
};
