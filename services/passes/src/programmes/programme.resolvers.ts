// Thin: every resolver hands over to a loader.
import type { GraphQLResolveInfo } from 'graphql';
import { isUuid } from '@pass-numerique/kernel';
import type { PassesContext } from '../context';
import type { ProgrammeEntity } from './programme.entity';
import { publishedFunnel } from './published-totals';

const passesOf = (id: string, ctx: PassesContext) => (isUuid(id) ? ctx.loaders.programmeById.load(id.toLowerCase()) : null);

export const programmeResolvers = {
  Query: {
    programmePasses: (_: unknown, args: { programmeId: string }, ctx: PassesContext) => passesOf(args.programmeId, ctx),
  },
  Programme: {
    // Every reference resolves (funding owns the programme); `passes` says whether we know it yet.
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    passes: (ref: { id: string }, _: unknown, ctx: PassesContext) => passesOf(ref.id, ctx),
  },
  ProgrammePasses: {
    funnel: (p: ProgrammeEntity, _: unknown, ctx: PassesContext, info: GraphQLResolveInfo) => publishedFunnel(p, ctx, info),
  },
};
