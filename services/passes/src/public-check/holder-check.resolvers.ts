// Thin: the holder's check is the service's; the caller is named by the gateway (an anonymous caller by its address).
import { money } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import type { PresentedPass } from '../redemptions/redemption.service';
import type { HolderPass } from './holder-check.service';

export const holderCheckResolvers = {
  Query: {
    myPass: (_: unknown, args: { pass: PresentedPass }, ctx: PassesContext) => ctx.services.holderCheck.check(args.pass, ctx.identity.subject),
  },
  HolderPass: {
    faceValue: (p: HolderPass) => money(p.faceValueCents),
    programme: (p: HolderPass) => ({ id: p.programmeId }),
    usableIn: (p: HolderPass) => p.usableIn,
  },
};
