// Thin: the holder's check is the service's; the caller is named by the gateway (an anonymous caller by its address).
import { money } from '@pass-numerique/service-kit';
import type { Resolvers, TerritoryLevel } from '../generated/resolvers-types';

export const holderCheckResolvers: Resolvers = {
  Query: {
    myPass: (_, args, ctx) => ctx.services.holderCheck.check(args.pass, ctx.identity.subject),
  },
  HolderPass: {
    faceValue: (p) => money(p.faceValueCents),
    programme: (p) => ({ id: p.programmeId }),
    // The programme's perimeter, checked by funding when the programme was opened.
    usableIn: (p) => ({ level: p.usableIn.level as TerritoryLevel, code: p.usableIn.code }),
  },
};
