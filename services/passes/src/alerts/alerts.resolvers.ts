// Thin: alerts for programme staff, each list computed by the alerts service.
import { isoDate } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor } from '@pass-numerique/service-kit';
import { requireProgrammeReader } from '../open-data/detail-access';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { toUsageRow } from '../usage/usage.resolvers';
import { rate } from '../usage/usage-figures';
import { forwardPageInfo, keyedRowResolvers } from '../funnel/funnel.resolvers';
import type { Resolvers } from '../generated/resolvers-types';

/** A place a programme qualified where no pass was redeemed. */
export interface PlaceWithoutRedemptionSource {
  id: string;
  organisationId: string;
  inseeCode: string;
}

/** A programme's alerts as of a day: what PassAlerts' fields are computed from. */
export interface AlertsSource {
  programme: ProgrammeEntity;
  asOf: string;
}

export const alertsResolvers: Resolvers = {
  ProgrammePasses: {
    alerts: (p, args, ctx, info) => {
      requireProgrammeReader(ctx, info, p.id);
      return { programme: p, asOf: args.asOf ?? isoDate(ctx.services.clock.now()) };
    },
  },
  PassAlerts: {
    lowUsage: async (a, args, ctx) => {
      const { threshold, minHandedOut, totalCount, keys } = await ctx.services.alerts.lowUsage(a.programme, args);
      const [rows, programme] = await Promise.all([
        ctx.services.usageRepository.rowsFor(a.programme.id, args.by, keys),
        ctx.loaders.funnel.load({ programmeId: a.programme.id, dimension: 'PROGRAMME', key: '' }),
      ]);
      return { threshold, minHandedOut, totalCount, programmeUsageRate: rate(programme.redeemed, programme.handedOut), rows: rows.map((r) => toUsageRow(a.programme, args.by, r)) };
    },
    expiringPasses: (a, args, ctx) => ctx.services.alerts.expiringPasses(a.programme, a.asOf, args),
    placesWithoutRedemption: async (a, args, ctx) => {
      const { rows, totalCount } = await ctx.services.alerts.placesWithoutRedemption(a.programme, args.first, decodeCursor(args.after ?? undefined));
      const page = rows.slice(0, args.first);
      const edges = page.map((r) => ({ cursor: encodeCursor(r.id), node: r }));
      return { edges, totalCount, pageInfo: forwardPageInfo(edges, (edge) => edge.cursor, rows.length > args.first, args.after) };
    },
    reallocationSuggestions: (a, args, ctx) => ctx.services.alerts.reallocationSuggestions(a.programme, a.asOf, args),
  },
  ExpiringPassesRow: {
    territory: keyedRowResolvers.territory,
    organisation: keyedRowResolvers.organisation,
  },
  PlaceWithoutRedemption: {
    place: (r) => ({ id: r.id }),
    organisation: (r) => ({ id: r.organisationId }),
    commune: (r) => ({ level: 'COMMUNE', code: r.inseeCode }),
  },
  ReallocationSuggestion: {
    from: (s) => ({ id: s.from }),
    to: (s) => ({ id: s.to }),
  },
};
