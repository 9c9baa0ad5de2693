// Thin: checks, redemptions, cancellations and recoveries go to the service.
import { money, referenced } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { formatPassNumber } from '../orders/pass-numbers';
import type { RedemptionEntity } from './redemption.entity';
import type { RedemptionRecoveryEntity } from './redemption-recovery.entity';
import type { Resolvers } from '../generated/resolvers-types';

export const redemptionResolvers: Resolvers = {
  Query: {
    // Whether the caller could redeem the pass there is the reach redeemPass gives it.
    checkPass: (_, args, ctx, info) =>
      ctx.services.redemptions.check(args.pass, args.placeId, { checking: ctx.reach(info), redeeming: ctx.reach('Mutation.redeemPass') }),
  },
  Mutation: {
    redeemPass: (_, args, ctx, info) =>
      ctx.services.redemptions.redeem({ ...args.input.pass, placeId: args.input.placeId, idempotencyKey: args.input.idempotencyKey }, ctx.reach(info)),
    cancelRedemption: (_, args, ctx, info) => ctx.services.redemptions.cancel(args.redemptionId, args.reason, ctx.reach(info)),
    recoverRedemption: (_, args, ctx, info) => ctx.services.redemptions.recover(args.redemptionId, args.reason, ctx.reach(info)),
  },
  PassCheck: {
    redeemable: (c) => c.refusal === null,
    faceValue: (c) => money(c.faceValueCents),
  },
  Redemption: {
    passNumber: (r) => formatPassNumber(r.passNumber),
    faceValue: (r) => money(r.faceValueCents),
    placeOrganisation: (r) => ({ id: r.placeOrganisationId }),
    recovery: async (r, _, ctx) => (r.status === 'RECOVERED' ? ((await ctx.services.recoveries.byRedemptionIds([r.id]))[0] ?? null) : null),
  },
  // A recovery is read with the statement or redemption it belongs to: the same place's, in the same programme.
  RedemptionRecovery: {
    redemption: (c, _, ctx) => redemptionOf(c, ctx),
    passNumber: async (c, _, ctx) => formatPassNumber((await redemptionOf(c, ctx)).passNumber),
    amount: (c) => money(c.amountCents),
    paidStatement: (c, _, ctx) => referenced(ctx.services.statementRepository.findById(c.paidStatementId)),
    recoveredOn: (c, _, ctx) => (c.statementId ? ctx.services.statementRepository.findById(c.statementId) : null),
  },
};

async function redemptionOf(c: RedemptionRecoveryEntity, ctx: PassesContext): Promise<RedemptionEntity> {
  const [redemption] = await ctx.services.recoveries.redemptionsByIds([c.redemptionId]);
  return redemption;
}
