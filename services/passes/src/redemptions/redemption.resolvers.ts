// Thin: checks, redemptions and cancellations go to the service.
import { money, requireRole } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { formatPassNumber } from '../orders/pass-numbers';
import type { RedemptionEntity } from './redemption.entity';
import type { PassCheck, PresentedPass } from './redemption.service';

export const redemptionResolvers = {
  Query: {
    checkPass: (_: unknown, args: { pass: PresentedPass; placeId?: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'place', 'distributor', 'programme_manager');
      return ctx.services.redemptions.check(args.pass, args.placeId, ctx.identity);
    },
  },
  Mutation: {
    redeemPass: (_: unknown, args: { input: { pass: PresentedPass; placeId: string; idempotencyKey: string } }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'place', 'programme_manager');
      return ctx.services.redemptions.redeem({ ...args.input.pass, placeId: args.input.placeId, idempotencyKey: args.input.idempotencyKey }, ctx.identity);
    },
    cancelRedemption: (_: unknown, args: { redemptionId: string; reason: string }, ctx: PassesContext) => {
      requireRole(ctx.identity, 'programme_manager');
      return ctx.services.redemptions.cancel(args.redemptionId, args.reason, ctx.identity);
    },
  },
  PassCheck: {
    redeemable: (c: PassCheck) => c.refusal === null,
    faceValue: (c: PassCheck) => money(c.faceValueCents),
  },
  Redemption: {
    passNumber: (r: RedemptionEntity) => formatPassNumber(r.passNumber),
    faceValue: (r: RedemptionEntity) => money(r.faceValueCents),
    placeOrganisation: (r: RedemptionEntity) => ({ id: r.placeOrganisationId }),
  },
};
