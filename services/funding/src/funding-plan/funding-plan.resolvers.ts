// Thin: every resolver hands over to a loader or the service.
import type { GraphQLResolveInfo } from 'graphql';
import { money } from '@pass-numerique/service-kit';
import { toDecimalString, type Cents } from '@pass-numerique/kernel';
import type { FundingContext } from '../context';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import type { CoFunderEntity, CoFunderReceiptEntity } from './co-funder.entity';
import type { RecordCoFunderReceiptCommand, SetFundingPlanCommand } from './funding-plan.service';
import { programmeMoney } from '../programme-money';

async function fundingPlanOf(programmeId: string, ctx: FundingContext) {
  const [coFunders, authorisations] = await Promise.all([
    ctx.loaders.coFundersByProgramme.load(programmeId),
    ctx.loaders.authorisationsByProgramme.load(programmeId),
  ]);
  const planned = coFunders.reduce((sum, c) => sum + c.plannedCents, 0);
  const authorised = authorisations.reduce((sum, a) => sum + a.amountCents, 0);
  return { coFunders, planned: money(planned), authorised: money(authorised), balanced: planned === authorised };
}

export const fundingPlanResolvers = {
  Mutation: {
    setFundingPlan: async (_: unknown, args: { input: SetFundingPlanCommand }, ctx: FundingContext, info: GraphQLResolveInfo) => {
      await ctx.services.fundingPlan.setFundingPlan(args.input, ctx.reach(info));
      return fundingPlanOf(args.input.programmeId.toLowerCase(), ctx);
    },
    recordCoFunderReceipt: (_: unknown, args: { input: RecordCoFunderReceiptCommand }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.fundingPlan.recordReceipt(args.input, ctx.reach(info)),
  },
  Programme: {
    fundingPlan: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => fundingPlanOf(p.id, ctx),
  },
  CoFunder: {
    organisation: (c: CoFunderEntity) => ({ id: c.organisationId }),
    ratePercent: (c: CoFunderEntity) => (c.rateBasisPoints === null ? null : toDecimalString(c.rateBasisPoints as Cents)),
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
  },
  CoFunderReceipt: {
    amount: (r: CoFunderReceiptEntity) => money(r.amountCents),
  },
};
