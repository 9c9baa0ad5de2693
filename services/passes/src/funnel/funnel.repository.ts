// Queries only: the funnel read model. Reads sum a row's few shards; they never touch passes.
import type { DataSource } from 'typeorm';
import { columnText, keysOfText, numbersOfText } from './column-texts';

export const FUNNEL_STAGES = ['ordered', 'activated', 'allocated', 'handedOut', 'redeemed', 'reimbursed', 'expired', 'credited'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type FunnelCounts = Record<FunnelStage, number>;

export const FUNNEL_DIMENSIONS = ['PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE', 'DISTRIBUTOR', 'PLACE', 'PUBLIC'] as const;
export type FunnelDimension = (typeof FUNNEL_DIMENSIONS)[number];

export const STAGE_COLUMNS: Record<FunnelStage, string> = {
  ordered: 'ordered',
  activated: 'activated',
  allocated: 'allocated',
  handedOut: 'handed_out',
  redeemed: 'redeemed',
  reimbursed: 'reimbursed',
  expired: 'expired',
  credited: 'credited',
};

const SUMS = FUNNEL_STAGES.map((s) => `COALESCE(sum(${STAGE_COLUMNS[s]}), 0)::bigint AS "${s}"`).join(', ');

export function emptyFunnel(): FunnelCounts {
  return { ordered: 0, activated: 0, allocated: 0, handedOut: 0, redeemed: 0, reimbursed: 0, expired: 0, credited: 0 };
}

function toCounts(row: Record<string, string | number> | undefined): FunnelCounts {
  const counts = emptyFunnel();
  if (row) for (const stage of FUNNEL_STAGES) counts[stage] = Number(row[stage] ?? 0);
  return counts;
}

export interface FunnelKey {
  /** null = across every programme. */
  programmeId: string | null;
  dimension: FunnelDimension;
  key: string;
}

export function funnelKeyString(k: FunnelKey): string {
  return `${k.programmeId ?? '*'}|${k.dimension}|${k.key}`;
}

/** The SQL of a whole breakdown's keys and stage counts as column texts (column-texts.ts), over rows in key order. */
export const FUNNEL_COLUMN_TEXTS = [columnText('key', 'keys'), ...FUNNEL_STAGES.map((s) => columnText(STAGE_COLUMNS[s], s))].join(', ');

/** Reads back what FUNNEL_COLUMN_TEXTS selected. */
export function funnelColumnsOf(row: Record<string, string>): { keys: string[] } & Record<FunnelStage, number[]> {
  return { keys: keysOfText(row.keys), ...(Object.fromEntries(FUNNEL_STAGES.map((s) => [s, numbersOfText(row[s])])) as Record<FunnelStage, number[]>) };
}

export class FunnelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts for many (programme, dimension, key) at once: one query per batch. */
  async countsFor(keys: readonly FunnelKey[]): Promise<FunnelCounts[]> {
    if (keys.length === 0) return [];
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `WITH wanted AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS w(programme_id, dimension, key)
       )
       SELECT w.programme_id AS "programmeId", w.dimension, w.key, ${SUMS}
         FROM wanted w
         JOIN funnel_counter c ON c.dimension = w.dimension AND c.key = w.key
                              AND (w.programme_id = '' OR c.programme_id = w.programme_id::uuid)
        GROUP BY w.programme_id, w.dimension, w.key`,
      [keys.map((k) => k.programmeId ?? ''), keys.map((k) => k.dimension), keys.map((k) => k.key)],
    );
    const byKey = new Map(rows.map((r) => [`${r.programmeId || '*'}|${r.dimension}|${r.key}`, r]));
    return keys.map((k) => toCounts(byKey.get(funnelKeyString(k))));
  }

  /** Every key of one dimension of a programme with its counts, ordered by key (e.g. all communes). */
  async breakdown(programmeId: string, dimension: FunnelDimension, limit: number, afterKey?: string): Promise<Array<{ key: string } & FunnelCounts>> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT key, ${SUMS} FROM funnel_counter
        WHERE programme_id = $1 AND dimension = $2 AND ($3::text IS NULL OR key > $3)
        GROUP BY key ORDER BY key LIMIT $4`,
      [programmeId, dimension, afterKey ?? null, limit],
    );
    return rows.map((r) => ({ key: r.key, ...toCounts(r) }));
  }

  /** A whole breakdown as columns (one array per stage, in key order), in one row. */
  async columns(programmeId: string, dimension: FunnelDimension): Promise<{ keys: string[] } & Record<FunnelStage, number[]>> {
    // One sort (of the grouped rows), then each array_agg reads them in that order, as
    // PostgreSQL does for an ordered subquery without GROUP BY above it.
    const [row]: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT ${FUNNEL_COLUMN_TEXTS}
         FROM (SELECT key, ${FUNNEL_STAGES.map((s) => `sum(${STAGE_COLUMNS[s]})::int AS ${STAGE_COLUMNS[s]}`).join(', ')}
                 FROM funnel_counter WHERE programme_id = $1 AND dimension = $2 GROUP BY key ORDER BY key) t`,
      [programmeId, dimension],
    );
    return funnelColumnsOf(row);
  }

  async breakdownSize(programmeId: string, dimension: FunnelDimension): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(DISTINCT key)::int AS count FROM funnel_counter WHERE programme_id = $1 AND dimension = $2`,
      [programmeId, dimension],
    );
    return count;
  }
}
