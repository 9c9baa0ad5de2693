// Queries only: the funnel read model joined with the people-helped read model, by key. Neither
// passes nor hand-outs are read here.
import type { DataSource } from 'typeorm';
import { FUNNEL_COLUMN_TEXTS, FUNNEL_STAGES, STAGE_COLUMNS, funnelColumnsOf, type FunnelCounts, type FunnelDimension, type FunnelStage } from '../funnel/funnel.repository';
import { wideRead } from './wide-read.repository';
import { columnText, numbersOfText } from '../funnel/column-texts';

export interface PeopleHelpedCounts {
  people: number;
  passesCostCents: number;
}

export type UsageCounts = { key: string } & FunnelCounts & PeopleHelpedCounts;

const STAGE_SUMS = FUNNEL_STAGES.map((s) => `sum(${STAGE_COLUMNS[s]})::bigint AS ${STAGE_COLUMNS[s]}`).join(', ');

function toUsage(row: Record<string, string>): UsageCounts {
  const counts = { key: row.key } as UsageCounts;
  for (const stage of FUNNEL_STAGES) counts[stage] = Number(row[STAGE_COLUMNS[stage]] ?? 0);
  counts.people = Number(row.people ?? 0);
  counts.passesCostCents = Number(row.passes_cost_cents ?? 0);
  return counts;
}

export type UsageColumnLists = { keys: string[]; people: number[]; passesCostCents: number[] } & Record<FunnelStage, number[]>;

export class UsageRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The member communes of the zones named (ids that are not uuids are left out); a zone passes has not heard of is missing. */
  zoneCommunes(keys: readonly string[]): Promise<Array<{ id: string; member_communes: string[] }>> {
    return this.dataSource.query(`SELECT id, member_communes FROM zone WHERE id = ANY($1::uuid[])`, [keys.filter((k) => /^[0-9a-f-]{36}$/i.test(k))]);
  }

  /** One page of a breakdown, by key: the funnel's counts and the people helped. */
  async rows(programmeId: string, dimension: FunnelDimension, limit: number, afterKey?: string): Promise<UsageCounts[]> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT f.*, COALESCE(p.people, 0) AS people, COALESCE(p.passes_cost_cents, 0) AS passes_cost_cents
         FROM (SELECT key, ${STAGE_SUMS} FROM funnel_counter
                WHERE programme_id = $1 AND dimension = $2 AND ($3::text IS NULL OR key > $3)
                GROUP BY key ORDER BY key LIMIT $4) f
         LEFT JOIN people_helped_counter p ON p.programme_id = $1 AND p.dimension = $2 AND p.key = f.key
        ORDER BY f.key`,
      [programmeId, dimension, afterKey ?? null, limit],
    );
    return rows.map(toUsage);
  }

  /** Chosen keys of one dimension (e.g. the territories of an alert), in the order asked. */
  async rowsFor(programmeId: string, dimension: FunnelDimension, keys: readonly string[]): Promise<UsageCounts[]> {
    if (keys.length === 0) return [];
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT f.*, COALESCE(p.people, 0) AS people, COALESCE(p.passes_cost_cents, 0) AS passes_cost_cents
         FROM (SELECT key, ${STAGE_SUMS} FROM funnel_counter
                WHERE programme_id = $1 AND dimension = $2 AND key = ANY($3::text[]) GROUP BY key) f
         LEFT JOIN people_helped_counter p ON p.programme_id = $1 AND p.dimension = $2 AND p.key = f.key`,
      [programmeId, dimension, keys],
    );
    const byKey = new Map(rows.map((r) => [r.key, toUsage(r)]));
    return keys.map((key) => byKey.get(key) ?? toUsage({ key }));
  }

  /** A whole breakdown as columns, in key order, in one row built by the database. */
  async columns(programmeId: string, dimension: FunnelDimension): Promise<UsageColumnLists> {
    // One sort (of the joined rows), then each array_agg reads them in that order, as
    // PostgreSQL does for an ordered subquery without GROUP BY above it.
    const [row] = await wideRead(this.dataSource, (m) =>
      m.query(
        `SELECT ${FUNNEL_COLUMN_TEXTS},
                ${columnText('people', 'people')},
                ${columnText('passes_cost_cents', 'passesCostCents')}
           FROM (SELECT f.*, COALESCE(p.people, 0) AS people, COALESCE(p.passes_cost_cents, 0) AS passes_cost_cents
                   FROM (SELECT key, ${FUNNEL_STAGES.map((s) => `sum(${STAGE_COLUMNS[s]})::int AS ${STAGE_COLUMNS[s]}`).join(', ')}
                           FROM funnel_counter WHERE programme_id = $1 AND dimension = $2 GROUP BY key) f
                   LEFT JOIN people_helped_counter p ON p.programme_id = $1 AND p.dimension = $2 AND p.key = f.key
                  ORDER BY f.key) t`,
        [programmeId, dimension],
      ),
    );
    return {
      ...funnelColumnsOf(row),
      people: numbersOfText(row.people),
      passesCostCents: numbersOfText(row.passesCostCents),
    };
  }

  /** People helped for many (programme, dimension, key) at once. */
  async peopleHelpedFor(keys: ReadonlyArray<{ programmeId: string; dimension: FunnelDimension; key: string }>): Promise<PeopleHelpedCounts[]> {
    if (keys.length === 0) return [];
    const rows: Array<{ programme_id: string; dimension: string; key: string; people: string; passes_cost_cents: string }> = await this.dataSource.query(
      `SELECT p.programme_id, p.dimension, p.key, p.people, p.passes_cost_cents
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(programme_id, dimension, key)
         JOIN people_helped_counter p USING (programme_id, dimension, key)`,
      [keys.map((k) => k.programmeId), keys.map((k) => k.dimension), keys.map((k) => k.key)],
    );
    const byKey = new Map(rows.map((r) => [`${r.programme_id}|${r.dimension}|${r.key}`, { people: Number(r.people), passesCostCents: Number(r.passes_cost_cents) }]));
    return keys.map((k) => byKey.get(`${k.programmeId}|${k.dimension}|${k.key}`) ?? { people: 0, passesCostCents: 0 });
  }
}
