// Thin: checks, redemptions, cancellations and recoveries go to the service.
import { DomainError } from '@pass-numerique/kernel';
import { decodeCursor, money, pageSize, referenced, toConnection } from '@pass-numerique/service-kit';
import { cancellableUntil } from './redemption.rules';
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
    placeRedemptions: async (_, args, ctx, info) => {
      const size = pageSize(args.first);
      const { rows, totalCount } = await ctx.services.redemptions.ofPlace(args.placeId, size + 1, redemptionCursor(decodeCursor(args.after)), ctx.reach(info));
      return toConnection(rows, size, totalCount, (r) => `${r.redeemedAt.toISOString()}|${r.id}`, args.after);
    },
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
    cancellableUntil: (r, _, ctx) => cancellableUntil(r, ctx.services.clock.now()),
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

/** The (instant, id) of the last redemption of the previous page, from its cursor. */
function redemptionCursor(cursor: string | undefined): { redeemedAt: Date; id: string } | undefined {
  if (cursor === undefined) return undefined;
  const [at, id] = cursor.split('|');
  const redeemedAt = new Date(at);
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(redeemedAt.getTime())) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
  return { redeemedAt, id };
}
