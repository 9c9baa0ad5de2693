// Thin: funnel reads, all from the read model, batched through the funnel DataLoader.
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { requireProgrammeReader } from '../open-data/detail-access';
import { lastValidDay } from '../programmes/programme-life';
import { funnelProgrammes } from '../tenancy';
import { emptyFunnel, FUNNEL_STAGES, type FunnelCounts, type FunnelDimension } from './funnel.repository';
import type { PageInfo, Resolvers, TargetPublic, TerritoryLevel } from '../generated/resolvers-types';
import { TERRITORIAL_DIMENSIONS } from '../usage/usage-figures';

/** A whole-country map in one page: France has about 35,000 communes. */
export const MAX_FUNNEL_PAGE = 40_000;

function programmeScope(programmeId: string | null | undefined): string | null {
  if (!programmeId) return null;
  if (!isUuid(programmeId)) throw new DomainError('INVALID_ID', 'programmeId is not a valid id', { field: 'programmeId' });
  return programmeId.toLowerCase();
}

/** One key's counts in a funnel breakdown. */
export type FunnelRowSource = { key: string; by: FunnelDimension } & FunnelCounts;

/** A page of a funnel breakdown; its edges are made from the nodes. */
export interface FunnelRowConnectionSource {
  nodes: FunnelRowSource[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A funnel's counts (null where open data suppresses a programme's small totals) and the passes' last valid day. */
export type PassFunnelSource = Record<keyof FunnelCounts, number | null> & { validUntil: string | null };

/** Relay's PageInfo of a page asked `after` a cursor (or from the start), from its nodes. */
export function forwardPageInfo<Node>(nodes: Node[], cursorOf: (node: Node) => string, hasNextPage: boolean, after: string | null | undefined): PageInfo {
  const first = nodes[0];
  const last = nodes.at(-1);
  return { hasNextPage, hasPreviousPage: Boolean(after), startCursor: first === undefined ? null : cursorOf(first), endCursor: last === undefined ? null : cursorOf(last) };
}

const isTerritorial = (by: FunnelDimension): by is TerritoryLevel => TERRITORIAL_DIMENSIONS.has(by);

/** What a key of a breakdown stands for under its dimension (a territory, an organisation, a place, a public); null under the others. */
export const keyedRowResolvers = {
  territory: (r: { by: FunnelDimension; key: string }) => (isTerritorial(r.by) ? { level: r.by, code: r.key } : null),
  organisation: (r: { by: FunnelDimension; key: string }) => (r.by === 'DISTRIBUTOR' ? { id: r.key } : null),
  place: (r: { by: FunnelDimension; key: string }) => (r.by === 'PLACE' ? { id: r.key } : null),
  // The PUBLIC breakdown's keys are the TargetPublic values hand-outs record.
  public: (r: { by: FunnelDimension; key: string }) => (r.by === 'PUBLIC' ? (r.key as TargetPublic) : null),
};

/**
 * Counts of one key over the programmes the caller reads them for (tenancy.ts, funnelProgrammes):
 * for one programme, with the programme's last valid day as the passes'; a programme out of
 * reach counts as one that does not exist (zeros, no last day).
 */
async function funnelOf(ctx: PassesContext, info: GraphQLResolveInfo, programmeId: string | null | undefined, dimension: FunnelDimension, key: string, organisationId?: string | null) {
  const scope = programmeScope(programmeId);
  const programmes = funnelProgrammes(ctx.reach(info), scope, organisationId);
  const [counts, programme] = await Promise.all([
    programmes === null
      ? ctx.loaders.funnel.load({ programmeId: null, dimension, key })
      : Promise.all(programmes.map((p) => ctx.loaders.funnel.load({ programmeId: p, dimension, key }))).then(sum),
    scope && programmes?.includes(scope) ? ctx.loaders.programmeById.load(scope) : null,
  ]);
  return { ...counts, validUntil: programme ? lastValidDay(programme) : null };
}

function sum(funnels: FunnelCounts[]): FunnelCounts {
  const total = emptyFunnel();
  for (const f of funnels) for (const stage of FUNNEL_STAGES) total[stage] += f[stage];
  return total;
}

export const funnelResolvers: Resolvers = {
  ProgrammePasses: {
    funnelBreakdown: async (p, args, ctx, info) => {
      requireProgrammeReader(ctx, info, p.id);
      const size = args.first ?? 100;
      if (!Number.isInteger(size) || size < 0 || size > MAX_FUNNEL_PAGE) throw new DomainError('BAD_USER_INPUT', `first must be between 0 and ${MAX_FUNNEL_PAGE}`, { field: 'first' });
      const [rows, totalCount] = await Promise.all([
        ctx.services.funnelRepository.breakdown(p.id, args.by, size + 1, decodeCursor(args.after)),
        ctx.services.funnelRepository.breakdownSize(p.id, args.by),
      ]);
      const nodes: FunnelRowSource[] = rows.slice(0, size).map((r) => ({ ...r, by: args.by }));
      return { nodes, totalCount, pageInfo: forwardPageInfo(nodes, (node) => encodeCursor(node.key), rows.length > size, args.after) };
    },
    funnelColumns: async (p, args, ctx, info) => {
      requireProgrammeReader(ctx, info, p.id);
      return { by: args.by, ...(await ctx.services.funnelRepository.columns(p.id, args.by)) };
    },
  },
  FunnelRowConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeCursor(node.key), node })),
  },
  FunnelRow: { ...keyedRowResolvers },
  Territory: {
    __resolveReference: (ref) => ({ level: ref.level, code: ref.code }),
    passFunnel: (t, args, ctx, info) => funnelOf(ctx, info, args.programmeId, t.level, t.code),
  },
  Organisation: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // The distributor reads its own figures.
    distributorPassFunnel: (o, args, ctx, info) => funnelOf(ctx, info, args.programmeId, 'DISTRIBUTOR', o.id.toLowerCase(), o.id.toLowerCase()),
  },
  Place: {
    __resolveReference: (ref) => ({ id: ref.id }),
    // The organisation running the place reads its place's figures.
    passFunnel: async (p, args, ctx, info) => {
      const place = isUuid(p.id) ? await ctx.loaders.placeById.load(p.id.toLowerCase()) : null;
      return funnelOf(ctx, info, args.programmeId, 'PLACE', p.id.toLowerCase(), place?.organisationId);
    },
  },
};
