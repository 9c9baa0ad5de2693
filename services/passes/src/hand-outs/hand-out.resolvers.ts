// Thin: hand-outs go to the service.
import type { Resolvers } from '../generated/resolvers-types';

export const handOutResolvers: Resolvers = {
  Mutation: {
    handOut: (_, args, ctx, info) => ctx.services.handOuts.handOut(args.input, ctx.reach(info)),
  },
  HandOut: {
    id: (r) => r.handOut.id,
    distributor: (r) => ({ id: r.handOut.distributorOrganisationId }),
    handedOutAt: (r) => r.handOut.handedOutAt,
    validUntil: (r) => r.handOut.validUntil,
    passCount: (r) => r.passNumbers.length,
    passes: async (r, _, ctx) => {
      const booklet = await ctx.loaders.bookletById.load(r.handOut.bookletId);
      const passes = booklet ? await ctx.loaders.passesOfBooklet.load(booklet) : [];
      return passes.filter((p) => r.passNumbers.includes(p.number));
    },
  },
};
