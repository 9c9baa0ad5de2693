// Thin: every resolver hands over to a loader.
import { isUuid } from '@pass-numerique/kernel';
import type { PassesContext } from '../context';
import { publishedFunnel } from './published-totals';
import type { Resolvers } from '../generated/resolvers-types';

const passesOf = (id: string, ctx: PassesContext) => (isUuid(id) ? ctx.loaders.programmeById.load(id.toLowerCase()) : null);

export const programmeResolvers: Resolvers = {
  Query: {
    programmePasses: (_, args, ctx) => passesOf(args.programmeId, ctx),
  },
  Programme: {
    // Every reference resolves (funding owns the programme); `passes` says whether we know it yet.
    __resolveReference: (ref) => ({ id: ref.id }),
    passes: (ref, _, ctx) => passesOf(ref.id, ctx),
  },
  ProgrammePasses: {
    funnel: (p, _, ctx, info) => publishedFunnel(p, ctx, info),
  },
};
