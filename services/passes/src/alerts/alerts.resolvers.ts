// Thin: alerts for programme staff, each list computed by the alerts service.
import type { GraphQLResolveInfo } from 'graphql';
import { isoDate } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor } from '@pass-numerique/service-kit';
import type { PassesContext } from '../context';
import { requireProgrammeReader } from '../open-data/detail-access';
import type { FunnelDimension } from '../funnel/funnel.repository';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { toUsageRow } from '../usage/usage.resolvers';
import { rate, TERRITORIAL_DIMENSIONS } from '../usage/usage-figures';
import type { ExpiringRow } from './alerts.service';
import type { Suggestion } from './reallocation';

/** A programme's alerts as of a day: what PassAlerts' fields are computed from. */
export interface AlertsSource {
  programme: ProgrammeEntity;
  asOf: string;
}

export const alertsResolvers = {
  ProgrammePasses: {
    alerts: (p: ProgrammeEntity, args: { asOf?: string | null }, ctx: PassesContext, info: GraphQLResolveInfo): AlertsSource => {
      requireProgrammeReader(ctx, info, p.id);
      return { programme: p, asOf: args.asOf ?? isoDate(ctx.services.clock.now()) };
    },
  },
  PassAlerts: {
    lowUsage: async (a: AlertsSource, args: { by: FunnelDimension; below: number; minHandedOut: number; first: number }, ctx: PassesContext) => {
      const { threshold, minHandedOut, totalCount, keys } = await ctx.services.alerts.lowUsage(a.programme, args);
      const [rows, programme] = await Promise.all([
        ctx.services.usageRepository.rowsFor(a.programme.id, args.by, keys),
        ctx.loaders.funnel.load({ programmeId: a.programme.id, dimension: 'PROGRAMME', key: '' }),
      ]);
      return { threshold, minHandedOut, totalCount, programmeUsageRate: rate(programme.redeemed, programme.handedOut), rows: rows.map((r) => toUsageRow(a.programme, args.by, r)) };
    },
    expiringPasses: (a: AlertsSource, args: { by: FunnelDimension; horizons: number[]; first: number }, ctx: PassesContext) => ctx.services.alerts.expiringPasses(a.programme, a.asOf, args),
    placesWithoutRedemption: async (a: AlertsSource, args: { first: number; after?: string | null }, ctx: PassesContext) => {
      const { rows, totalCount } = await ctx.services.alerts.placesWithoutRedemption(a.programme, args.first, decodeCursor(args.after ?? undefined));
      const page = rows.slice(0, args.first);
      const edges = page.map((r) => ({ cursor: encodeCursor(r.id), node: r }));
      return { edges, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    reallocationSuggestions: (a: AlertsSource, args: { lowUsageBelow: number; minHandedOut: number; demandWindowDays: number; first: number }, ctx: PassesContext) =>
      ctx.services.alerts.reallocationSuggestions(a.programme, a.asOf, args),
  },
  ExpiringPassesRow: {
    territory: (r: ExpiringRow) => (TERRITORIAL_DIMENSIONS.has(r.by) ? { level: r.by, code: r.key } : null),
    organisation: (r: ExpiringRow) => (r.by === 'DISTRIBUTOR' ? { id: r.key } : null),
  },
  PlaceWithoutRedemption: {
    place: (r: { id: string }) => ({ id: r.id }),
    organisation: (r: { organisationId: string }) => ({ id: r.organisationId }),
    commune: (r: { inseeCode: string }) => ({ level: 'COMMUNE', code: r.inseeCode }),
  },
  ReallocationSuggestion: {
    from: (s: Suggestion) => ({ id: s.from }),
    to: (s: Suggestion) => ({ id: s.to }),
  },
};
