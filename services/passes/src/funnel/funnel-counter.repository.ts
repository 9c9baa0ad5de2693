// Queries only: the funnel's counter rows as writers and compaction change them. Every method
// runs in the transaction it is given.
import type { EntityManager } from 'typeorm';
import { STAGE_COLUMNS, type FunnelDimension, type FunnelStage } from './funnel.repository';

const STAGES = Object.keys(STAGE_COLUMNS) as FunnelStage[];
const COLUMNS = STAGES.map((s) => STAGE_COLUMNS[s]);

/** Another data-modifying statement to run in the same round trip, as a CTE ($1… are its own parameters). */
export interface AlongsideStatement {
  sql: string;
  params: unknown[];
}

/** What one transaction adds to one counter row, by stage. */
export interface CounterDeltas {
  dimension: FunnelDimension;
  key: string;
  deltas: Partial<Record<FunnelStage, number>>;
}

/** The shards of one key a compaction holds: the first is kept, the others folded into it. */
export interface HeldShards {
  key: string;
  shards: number[];
}

export class FunnelCounterRepository {
  /**
   * Adds the deltas to their rows' shard in one upsert, in the order given (which callers keep
   * fixed, so that concurrent transactions lock rows in the same order), with `alongside` in the
   * same statement; with no rows, runs `alongside` alone. A sandbox's activity is counted nowhere
   * (its rows are left out here, so no dashboard, open data or national figure can include it);
   * `alongside` still runs, as a data-modifying WITH always does.
   */
  async add(manager: EntityManager, programmeId: string, shard: number, rows: readonly CounterDeltas[], alongside?: AlongsideStatement): Promise<void> {
    if (rows.length === 0) {
      if (alongside) await manager.query(alongside.sql, alongside.params);
      return;
    }
    const params: unknown[] = [programmeId, ...(alongside?.params ?? [])];
    const prefix = alongside ? `WITH alongside AS (${alongside.sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + 1}`)}) ` : '';
    const values = rows.map((row) => {
      params.push(row.dimension, row.key, shard);
      const base = params.length - 2;
      const counts = STAGES.map((s) => {
        params.push(row.deltas[s] ?? 0);
        return `$${params.length}::bigint`;
      });
      return `($1::uuid, $${base}, $${base + 1}, $${base + 2}::smallint, ${counts.join(', ')})`;
    });
    await manager.query(
      `${prefix}INSERT INTO funnel_counter (programme_id, dimension, key, shard, ${COLUMNS.join(', ')})
     SELECT * FROM (VALUES ${values.join(', ')}) AS v
      WHERE NOT EXISTS (SELECT 1 FROM programme WHERE id = $1::uuid AND sandbox)
     ON CONFLICT (programme_id, dimension, key, shard) DO UPDATE SET
       ${COLUMNS.map((c) => `${c} = funnel_counter.${c} + EXCLUDED.${c}`).join(', ')}`,
      params,
    );
  }

  /** The programmes with counters spread over more than one shard. */
  async programmesWithShards(manager: EntityManager): Promise<string[]> {
    const programmes: Array<{ programme_id: string }> = await manager.query(`SELECT DISTINCT programme_id FROM funnel_counter WHERE shard <> 0`);
    return programmes.map((p) => p.programme_id);
  }

  /** Locks, without waiting, the shards of the dimension's spread keys; returns the keys of which more than one shard is held. */
  lockSpreadShards(manager: EntityManager, programmeId: string, dimension: FunnelDimension): Promise<HeldShards[]> {
    return manager.query(
      `SELECT key, array_agg(shard ORDER BY shard) AS shards
           FROM (SELECT key, shard FROM funnel_counter
                  WHERE programme_id = $1 AND dimension = $2
                    AND key IN (SELECT key FROM funnel_counter WHERE programme_id = $1 AND dimension = $2 AND shard <> 0)
                  FOR UPDATE SKIP LOCKED) locked
          GROUP BY key HAVING count(*) > 1`,
      [programmeId, dimension],
    );
  }

  /**
   * Deletes the folded shards and adds exactly what was deleted into the kept shard of each key,
   * in one statement (a new snapshot: it sees the rows as they are now that they are held).
   * Returns the rows removed.
   */
  async fold(
    manager: EntityManager,
    programmeId: string,
    dimension: FunnelDimension,
    folded: { keys: string[]; shards: number[] },
    kept: { keys: string[]; shards: number[] },
  ): Promise<number> {
    const [{ removed }] = await manager.query(
      `WITH folded AS (
           DELETE FROM funnel_counter f USING unnest($3::text[], $4::smallint[]) AS d(key, shard)
            WHERE f.programme_id = $1 AND f.dimension = $2 AND f.key = d.key AND f.shard = d.shard
           RETURNING f.key, ${COLUMNS.map((c) => `f.${c}`).join(', ')}
         ),
         sums AS (
           SELECT key, ${COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')}, count(*) AS rows FROM folded GROUP BY key
         ),
         kept AS (
           UPDATE funnel_counter f SET ${COLUMNS.map((c) => `${c} = f.${c} + s.${c}`).join(', ')}
             FROM sums s JOIN unnest($5::text[], $6::smallint[]) AS k(key, shard) USING (key)
            WHERE f.programme_id = $1 AND f.dimension = $2 AND f.key = k.key AND f.shard = k.shard
         )
         SELECT COALESCE(sum(rows), 0)::int AS removed FROM sums`,
      [programmeId, dimension, folded.keys, folded.shards, kept.keys, kept.shards],
    );
    return removed as number;
  }
}
