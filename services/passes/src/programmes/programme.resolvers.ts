// Thin: every resolver hands over to a loader.
import { isUuid } from '@pass-numerique/kernel';
import type { PassesContext } from '../context';
import type { ProgrammeEntity } from './programme.entity';

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
    funnel: async (p: ProgrammeEntity, _: unknown, ctx: PassesContext) => ({
      ...(await ctx.loaders.funnel.load({ programmeId: p.id, dimension: 'PROGRAMME', key: '' })),
      validUntil: p.endsOn,
    }),
  },
};
