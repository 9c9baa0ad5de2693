// Thin: open data for anyone, protected by small-count suppression (open-data.service.ts).
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { MAX_FUNNEL_PAGE } from '../funnel/funnel.resolvers';
import { checkOpenDataLevel, OPEN_DATA_THRESHOLD, type OpenFigures } from './open-data.service';

async function programmeOf(programmeId: string, ctx: PassesContext) {
  if (!isUuid(programmeId)) throw new DomainError('INVALID_ID', 'programmeId is not a valid id', { field: 'programmeId' });
  return ctx.loaders.programmeById.load(programmeId.toLowerCase());
}

export const openDataResolvers = {
  Query: {
    openPassFigures: async (_: unknown, args: { programmeId: string; level: string; first?: number | null; after?: string | null }, ctx: PassesContext) => {
      const level = checkOpenDataLevel(args.level);
      const first = args.first ?? 1_000;
      if (!Number.isInteger(first) || first < 0 || first > MAX_FUNNEL_PAGE) throw new DomainError('BAD_USER_INPUT', `first must be between 0 and ${MAX_FUNNEL_PAGE}`, { field: 'first' });
      const programme = await programmeOf(args.programmeId, ctx);
      if (!programme) return null;
      const { programme: total, byLevel } = await ctx.services.openData.protectedFigures(programme.id);
      const after = decodeCursor(args.after ?? undefined);
      const all = byLevel.get(level) ?? [];
      const rest = after === undefined ? all : all.filter((f) => f.code > after);
      const nodes = rest.slice(0, first);
      const last = nodes.at(-1);
      return {
        programmeCode: programme.code,
        level,
        threshold: OPEN_DATA_THRESHOLD,
        programme: total,
        rows: { nodes, totalCount: all.length, pageInfo: { hasNextPage: rest.length > first, endCursor: last ? encodeCursor(last.code) : null } },
      };
    },
    openPassFiguresCsv: async (_: unknown, args: { programmeId: string; level: string }, ctx: PassesContext) => {
      const level = checkOpenDataLevel(args.level);
      const programme = await programmeOf(args.programmeId, ctx);
      return programme ? ctx.services.openData.csv(programme.id, level) : null;
    },
  },
  OpenTerritoryFigures: {
    territory: (f: OpenFigures) => ({ level: f.level, code: f.code }),
  },
};
