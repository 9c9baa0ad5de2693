// Thin: checks, redemptions, cancellations and recoveries go to the service.
import type { GraphQLResolveInfo } from 'graphql';
import { money } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { formatPassNumber } from '../orders/pass-numbers';
import type { RedemptionEntity } from './redemption.entity';
import type { RedemptionRecoveryEntity } from './redemption-recovery.entity';
import type { PassCheck, PresentedPass } from './redemption.service';

export const redemptionResolvers = {
  Query: {
    // Whether the caller could redeem the pass there is the reach redeemPass gives it.
    checkPass: (_: unknown, args: { pass: PresentedPass; placeId?: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.redemptions.check(args.pass, args.placeId, { checking: ctx.reach(info), redeeming: ctx.reach('Mutation.redeemPass') }),
  },
  Mutation: {
    redeemPass: (_: unknown, args: { input: { pass: PresentedPass; placeId: string; idempotencyKey: string } }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.redemptions.redeem({ ...args.input.pass, placeId: args.input.placeId, idempotencyKey: args.input.idempotencyKey }, ctx.reach(info)),
    cancelRedemption: (_: unknown, args: { redemptionId: string; reason: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.redemptions.cancel(args.redemptionId, args.reason, ctx.reach(info)),
    recoverRedemption: (_: unknown, args: { redemptionId: string; reason: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      ctx.services.redemptions.recover(args.redemptionId, args.reason, ctx.reach(info)),
  },
  PassCheck: {
    redeemable: (c: PassCheck) => c.refusal === null,
    faceValue: (c: PassCheck) => money(c.faceValueCents),
  },
  Redemption: {
    passNumber: (r: RedemptionEntity) => formatPassNumber(r.passNumber),
    faceValue: (r: RedemptionEntity) => money(r.faceValueCents),
    placeOrganisation: (r: RedemptionEntity) => ({ id: r.placeOrganisationId }),
    recovery: async (r: RedemptionEntity, _: unknown, ctx: PassesContext) => (r.status === 'RECOVERED' ? ((await ctx.services.recoveries.byRedemptionIds([r.id]))[0] ?? null) : null),
  },
  // A recovery is read with the statement or redemption it belongs to: the same place's, in the same programme.
  RedemptionRecovery: {
    redemption: (c: RedemptionRecoveryEntity, _: unknown, ctx: PassesContext) => redemptionOf(c, ctx),
    passNumber: async (c: RedemptionRecoveryEntity, _: unknown, ctx: PassesContext) => formatPassNumber((await redemptionOf(c, ctx)).passNumber),
    amount: (c: RedemptionRecoveryEntity) => money(c.amountCents),
    paidStatement: (c: RedemptionRecoveryEntity, _: unknown, ctx: PassesContext) => ctx.services.statementRepository.findById(c.paidStatementId),
    recoveredOn: (c: RedemptionRecoveryEntity, _: unknown, ctx: PassesContext) => (c.statementId ? ctx.services.statementRepository.findById(c.statementId) : null),
  },
};

async function redemptionOf(c: RedemptionRecoveryEntity, ctx: PassesContext): Promise<RedemptionEntity> {
  const [redemption] = await ctx.services.recoveries.redemptionsByIds([c.redemptionId]);
  return redemption;
}
