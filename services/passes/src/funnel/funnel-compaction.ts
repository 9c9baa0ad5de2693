// The funnel's counters are spread over up to SHARDS rows per key so that concurrent changes
// rarely queue on one row lock (funnel-writer.ts); every read then sums those shards. Over time
// most keys of a national programme hold all eight: every commune of France became 222,000 rows
// to group for a whole-country dashboard. Compaction folds each key's shards into one, keeping
// every sum exact, so reads group about one row per key again; writers keep spreading new
// changes, and the next compaction folds them.
//
// It never waits for a writer: it folds only the rows it can lock at once (FOR UPDATE SKIP
// LOCKED), adding the others of a key into the one it keeps (its lowest locked shard) and
// deleting them, in one statement. No row is inserted, so it cannot collide with a writer's
// upsert, and it holds no lock a writer holds: no deadlock, no redemption refused. A shard a
// writer held is folded next time.
import type { DataSource } from 'typeorm';
import { STAGE_COLUMNS, type FunnelDimension, type FunnelStage } from './funnel.repository';

const COLUMNS = Object.values(STAGE_COLUMNS as Record<FunnelStage, string>);

export const COMPACTED_DIMENSIONS: FunnelDimension[] = ['PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE', 'DISTRIBUTOR', 'PLACE', 'PUBLIC'];

export class FunnelCompaction {
  constructor(private readonly dataSource: DataSource) {}

  /** Folds the shards of every key of every programme, one (programme, dimension) at a time; returns the rows removed. */
  async compactAll(): Promise<number> {
    const programmes: Array<{ programme_id: string }> = await this.dataSource.query(`SELECT DISTINCT programme_id FROM funnel_counter WHERE shard <> 0`);
    let removed = 0;
    for (const { programme_id } of programmes) for (const dimension of COMPACTED_DIMENSIONS) removed += await this.compact(programme_id, dimension);
    return removed;
  }

  /** Folds the shards of every key of one programme's dimension; returns the rows removed. */
  async compact(programmeId: string, dimension: FunnelDimension): Promise<number> {
    const rows: Array<{ removed: number }> = await this.dataSource.query(
      `WITH locked AS (
         SELECT ctid AS row_id, key, shard, ${COLUMNS.join(', ')} FROM funnel_counter
          WHERE programme_id = $1 AND dimension = $2
            AND key IN (SELECT key FROM funnel_counter WHERE programme_id = $1 AND dimension = $2 AND shard <> 0)
          FOR UPDATE SKIP LOCKED
       ),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY key ORDER BY shard) AS rank FROM locked
       ),
       folded AS (
         DELETE FROM funnel_counter f USING ranked r WHERE f.ctid = r.row_id AND r.rank > 1
         RETURNING r.key, ${COLUMNS.map((c) => `r.${c}`).join(', ')}
       ),
       sums AS (
         SELECT key, ${COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')}, count(*) AS rows FROM folded GROUP BY key
       ),
       kept AS (
         UPDATE funnel_counter f SET ${COLUMNS.map((c) => `${c} = f.${c} + s.${c}`).join(', ')}
           FROM ranked r JOIN sums s USING (key)
          WHERE f.ctid = r.row_id AND r.rank = 1
         RETURNING 1
       )
       SELECT COALESCE((SELECT sum(rows) FROM sums), 0)::int AS removed, (SELECT count(*) FROM kept) AS kept`,
      [programmeId, dimension],
    );
    return rows[0]?.removed ?? 0;
  }
}
