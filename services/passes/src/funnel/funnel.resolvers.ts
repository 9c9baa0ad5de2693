// Thin: funnel reads, all from the read model, batched through the funnel DataLoader.
import type { GraphQLResolveInfo } from 'graphql';
import { DomainError, isUuid } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { requireProgrammeReader } from '../open-data/detail-access';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { lastValidDay } from '../programmes/programme-life';
import { funnelProgrammes } from '../tenancy';
import { emptyFunnel, FUNNEL_STAGES, type FunnelCounts, type FunnelDimension } from './funnel.repository';

/** A whole-country map in one page: France has about 35,000 communes. */
export const MAX_FUNNEL_PAGE = 40_000;
const TERRITORIAL = new Set(['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE']);

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
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

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

export const funnelResolvers = {
  ProgrammePasses: {
    funnelBreakdown: async (p: ProgrammeEntity, args: { by: FunnelDimension; first?: number; after?: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      requireProgrammeReader(ctx, info, p.id);
      const size = args.first ?? 100;
      if (!Number.isInteger(size) || size < 0 || size > MAX_FUNNEL_PAGE) throw new DomainError('BAD_USER_INPUT', `first must be between 0 and ${MAX_FUNNEL_PAGE}`, { field: 'first' });
      const [rows, totalCount] = await Promise.all([
        ctx.services.funnelRepository.breakdown(p.id, args.by, size + 1, decodeCursor(args.after)),
        ctx.services.funnelRepository.breakdownSize(p.id, args.by),
      ]);
      const nodes: FunnelRowSource[] = rows.slice(0, size).map((r) => ({ ...r, by: args.by }));
      const last = nodes.at(-1);
      return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last.key) : null } };
    },
    funnelColumns: async (p: ProgrammeEntity, args: { by: FunnelDimension }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      requireProgrammeReader(ctx, info, p.id);
      return { by: args.by, ...(await ctx.services.funnelRepository.columns(p.id, args.by)) };
    },
  },
  FunnelRowConnection: {
    edges: (c: FunnelRowConnectionSource) => c.nodes.map((node) => ({ cursor: encodeCursor(node.key), node })),
  },
  FunnelRow: {
    territory: (r: FunnelRowSource) => (TERRITORIAL.has(r.by) ? { level: r.by, code: r.key } : null),
    organisation: (r: FunnelRowSource) => (r.by === 'DISTRIBUTOR' ? { id: r.key } : null),
    place: (r: FunnelRowSource) => (r.by === 'PLACE' ? { id: r.key } : null),
    public: (r: FunnelRowSource) => (r.by === 'PUBLIC' ? r.key : null),
  },
  Territory: {
    __resolveReference: (ref: { level: string; code: string }) => ({ level: ref.level, code: ref.code }),
    passFunnel: (t: { level: FunnelDimension; code: string }, args: { programmeId?: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      funnelOf(ctx, info, args.programmeId, t.level, t.code),
  },
  Organisation: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    // The distributor reads its own figures.
    distributorPassFunnel: (o: { id: string }, args: { programmeId?: string }, ctx: PassesContext, info: GraphQLResolveInfo) =>
      funnelOf(ctx, info, args.programmeId, 'DISTRIBUTOR', o.id.toLowerCase(), o.id.toLowerCase()),
  },
  Place: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    // The organisation running the place reads its place's figures.
    passFunnel: async (p: { id: string }, args: { programmeId?: string }, ctx: PassesContext, info: GraphQLResolveInfo) => {
      const place = isUuid(p.id) ? await ctx.loaders.placeById.load(p.id.toLowerCase()) : null;
      return funnelOf(ctx, info, args.programmeId, 'PLACE', p.id.toLowerCase(), place?.organisationId);
    },
  },
};
