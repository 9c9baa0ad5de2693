// Thin: usage rates next to every funnel, people helped and their cost, and the dashboard's rows
// and columns (funnel + people helped by key), all from read models.
import { DomainError } from '@pass-numerique/kernel';
import { decodeCursor, encodeCursor, money, neutraliseCsvCell } from '@pass-numerique/service-kit';
import { requireProgrammeReader } from '../open-data/detail-access';
import { publishedPeopleHelped } from '../programmes/published-totals';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { lastValidDay } from '../programmes/programme-life';
import { FUNNEL_STAGES, type FunnelCounts, type FunnelDimension, type FunnelStage } from '../funnel/funnel.repository';
import { forwardPageInfo, keyedRowResolvers, MAX_FUNNEL_PAGE } from '../funnel/funnel.resolvers';
import type { PeopleHelpedCounts, UsageCounts } from './usage.repository';

import { PEOPLE_DIMENSIONS, TERRITORIAL_DIMENSIONS, perPerson, populationOf, populationOfCommunes, rate } from './usage-figures';
import type { Resolvers } from '../generated/resolvers-types';

/** People helped and their cost, or a programme's small totals suppressed as open data suppresses them. */
export type PeopleHelpedSource = PeopleHelpedCounts | { people: null; passesCostCents: null };

/** A row of the dashboard: one key of one dimension of a programme. */
export interface UsageRowSource extends UsageCounts {
  by: FunnelDimension;
  validUntil: string;
}

export function toUsageRow(programme: ProgrammeEntity, by: FunnelDimension, counts: UsageCounts): UsageRowSource {
  return { ...counts, by, validUntil: lastValidDay(programme) };
}

function pageSizeOf(first: number | null | undefined): number {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 0 || size > MAX_FUNNEL_PAGE) throw new DomainError('BAD_USER_INPUT', `first must be between 0 and ${MAX_FUNNEL_PAGE}`, { field: 'first' });
  return size;
}

/** Rates of a funnel; none where open data suppresses the counts they would give away (a programme's small totals). */
const usageRates = (f: FunnelCounts | Record<FunnelStage, number | null>) => ({
  usageRate: f.redeemed === null || f.handedOut === null ? null : rate(f.redeemed, f.handedOut),
  activatedUsageRate: f.redeemed === null || f.activated === null ? null : rate(f.redeemed, f.activated),
});

export type UsageColumnsSource = { keys: string[] } & Record<FunnelStage, number[]> & {
  usageRate: Array<number | null>;
  activatedUsageRate: Array<number | null>;
  peopleHelped: number[] | null;
  passesCostCents: number[] | null;
  costPerPersonCents: Array<number | null> | null;
  population: Array<number | null> | null;
};

const USAGE_CSV_HEADER = 'key,ordered,activated,allocated,handed_out,redeemed,reimbursed,expired,credited,usage_rate,activated_usage_rate,people_helped,passes_cost_cents,cost_per_person_cents,population';

/**
 * Keys are codes, uuids or enum names and figures are numbers: nothing to quote, and keys go
 * through the platform's CSV neutralisation like every text cell. One string per line, no
 * intermediate arrays (every commune of France).
 */
function usageCsv(c: UsageColumnsSource): string {
  const columns: Array<ReadonlyArray<number | null> | null> = [...FUNNEL_STAGES.map((s) => c[s]), c.usageRate, c.activatedUsageRate, c.peopleHelped, c.passesCostCents, c.costPerPersonCents, c.population];
  const lines = new Array<string>(c.keys.length + 1);
  lines[0] = USAGE_CSV_HEADER;
  for (let i = 0; i < c.keys.length; i++) {
    let line = neutraliseCsvCell(c.keys[i]);
    for (const column of columns) {
      const value = column?.[i];
      line += value === null || value === undefined ? ',' : `,${value}`;
    }
    lines[i + 1] = line;
  }
  return `${lines.join('\r\n')}\r\n`;
}

export const usageResolvers: Resolvers = {
  PassFunnel: {
    usageRate: (f) => usageRates(f).usageRate,
    activatedUsageRate: (f) => usageRates(f).activatedUsageRate,
  },
  FunnelRow: {
    usageRate: (f) => usageRates(f).usageRate,
    activatedUsageRate: (f) => usageRates(f).activatedUsageRate,
  },
  ProgrammePasses: {
    peopleHelped: (p, _, ctx, info) => publishedPeopleHelped(p, ctx, info),
    usageBreakdown: async (p, args, ctx, info) => {
      requireProgrammeReader(ctx, info, p.id);
      const size = pageSizeOf(args.first);
      const [rows, totalCount] = await Promise.all([
        ctx.services.usageRepository.rows(p.id, args.by, size + 1, decodeCursor(args.after)),
        ctx.services.funnelRepository.breakdownSize(p.id, args.by),
      ]);
      const nodes = rows.slice(0, size).map((r) => toUsageRow(p, args.by, r));
      return {
        nodes,
        edges: nodes.map((node) => ({ cursor: encodeCursor(node.key), node })),
        totalCount,
        pageInfo: forwardPageInfo(nodes, (node) => encodeCursor(node.key), rows.length > size, args.after),
      };
    },
    usageColumns: async (p, args, ctx, info) => {
      requireProgrammeReader(ctx, info, p.id);
      const columns = await ctx.services.usageRepository.columns(p.id, args.by);
      const people = PEOPLE_DIMENSIONS.has(args.by);
      let population: Array<number | null>;
      if (args.by === 'ZONE') {
        const zones = await ctx.services.usageRepository.zoneCommunes(columns.keys);
        const byId = new Map(zones.map((z) => [z.id, populationOfCommunes(z.member_communes)]));
        population = columns.keys.map((k) => byId.get(k) ?? null);
      } else population = columns.keys.map((k) => populationOf(args.by, k));
      return {
        by: args.by,
        ...columns,
        usageRate: columns.keys.map((_, i) => rate(columns.redeemed[i], columns.handedOut[i])),
        activatedUsageRate: columns.keys.map((_, i) => rate(columns.redeemed[i], columns.activated[i])),
        peopleHelped: people ? columns.people : null,
        passesCostCents: people ? columns.passesCostCents : null,
        costPerPersonCents: people ? columns.keys.map((_, i) => perPerson(columns.passesCostCents[i], columns.people[i])) : null,
        population: TERRITORIAL_DIMENSIONS.has(args.by) ? population : null,
      };
    },
  },
  UsageColumns: {
    csv: (c) => usageCsv(c),
  },
  UsageRow: {
    ...keyedRowResolvers,
    // The row holds its funnel: the counts of every stage and the passes' last valid day.
    funnel: (r) => r,
    peopleHelped: (r) => (PEOPLE_DIMENSIONS.has(r.by) ? { people: r.people, passesCostCents: r.passesCostCents } : null),
  },
  // Null figures are a programme's small totals, suppressed as open data suppresses them.
  PeopleHelped: {
    count: (p) => p.people,
    passesCost: (p) => (p.passesCostCents === null ? null : money(p.passesCostCents)),
    costPerPerson: (p) => {
      const cents = p.people === null || p.passesCostCents === null ? null : perPerson(p.passesCostCents, p.people);
      return cents === null ? null : money(cents);
    },
  },
};
