// Thin: open data for anyone, protected by small-count suppression (open-data.service.ts).
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { forwardPageInfo, MAX_FUNNEL_PAGE } from '../funnel/funnel.resolvers';
import { OPEN_DATA_THRESHOLD } from './open-data.service';
import { checkOpenDataLevel } from './open-data.rules';
import type { Resolvers, TerritoryLevel } from '../generated/resolvers-types';

async function programmeOf(programmeId: string, ctx: PassesContext) {
  if (!isUuid(programmeId)) throw new DomainError('INVALID_ID', 'programmeId is not a valid id', { field: 'programmeId' });
  return ctx.loaders.programmeById.load(programmeId.toLowerCase());
}

export const openDataResolvers: Resolvers = {
  Query: {
    openPassFigures: async (_, args, ctx) => {
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
      return {
        programmeCode: programme.code,
        level,
        threshold: OPEN_DATA_THRESHOLD,
        programme: total,
        rows: { nodes, totalCount: all.length, pageInfo: forwardPageInfo(nodes, (node) => encodeCursor(node.code), rest.length > first, args.after) },
      };
    },
    openPassFiguresCsv: async (_, args, ctx) => {
      const level = checkOpenDataLevel(args.level);
      const programme = await programmeOf(args.programmeId, ctx);
      return programme ? ctx.services.openData.csv(programme.id, level) : null;
    },
  },
  OpenTerritoryFigures: {
    // Rows are territories of one open-data level; only the programme's total, an OpenFigures, is of level PROGRAMME.
    territory: (f) => ({ level: f.level as TerritoryLevel, code: f.code }),
  },
};
