// Thin: hand-outs go to the service.
import type { GraphQLResolveInfo } from 'graphql';
import type { PassesContext } from '../context';
import type { HandOutCommand, HandOutResult } from './hand-out.service';

export const handOutResolvers = {
  Mutation: {
    handOut: (_: unknown, args: { input: HandOutCommand }, ctx: PassesContext, info: GraphQLResolveInfo) => ctx.services.handOuts.handOut(args.input, ctx.reach(info)),
  },
  HandOut: {
    id: (r: HandOutResult) => r.handOut.id,
    distributor: (r: HandOutResult) => ({ id: r.handOut.distributorOrganisationId }),
    handedOutAt: (r: HandOutResult) => r.handOut.handedOutAt,
    validUntil: (r: HandOutResult) => r.handOut.validUntil,
    passCount: (r: HandOutResult) => r.passNumbers.length,
    passes: async (r: HandOutResult, _: unknown, ctx: PassesContext) => {
      const booklet = await ctx.loaders.bookletById.load(r.handOut.bookletId);
      const passes = booklet ? await ctx.loaders.passesOfBooklet.load(booklet) : [];
      return passes.filter((p) => r.passNumbers.includes(p.number));
    },
  },
};
