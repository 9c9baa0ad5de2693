// The funnel's counters are spread over up to SHARDS rows per key so that concurrent changes
// rarely queue on one row lock (funnel-writer.ts); every read then sums those shards. Over time
// most keys of a national programme hold all eight: every commune of France became 222,000 rows
// to group for a whole-country dashboard. Compaction folds each key's shards into one, keeping
// every sum exact, so reads group about one row per key again; writers keep spreading new
// changes, and the next compaction folds them.
//
// It never waits for a writer: it locks only the rows it can lock at once (FOR UPDATE SKIP
// LOCKED), then, in a second statement, deletes the other shards of each key and adds exactly
// what it deleted into the one it keeps (its lowest locked shard). No row is inserted, so it
// cannot collide with a writer's upsert, and it waits for no lock a writer holds: no deadlock,
// no redemption refused. A shard a writer held is folded next time.
import type { DataSource } from 'typeorm';
import { FUNNEL_DIMENSIONS, STAGE_COLUMNS, type FunnelDimension, type FunnelStage } from './funnel.repository';

const COLUMNS = Object.values(STAGE_COLUMNS as Record<FunnelStage, string>);

export class FunnelCompaction {
  constructor(private readonly dataSource: DataSource) {}

  /** Folds the shards of every key of every programme, one (programme, dimension) at a time; returns the rows removed. */
  async compactAll(): Promise<number> {
    const programmes: Array<{ programme_id: string }> = await this.dataSource.query(`SELECT DISTINCT programme_id FROM funnel_counter WHERE shard <> 0`);
    let removed = 0;
    for (const { programme_id } of programmes) for (const dimension of FUNNEL_DIMENSIONS) removed += await this.compact(programme_id, dimension);
    return removed;
  }

  /** Folds the shards of every key of one programme's dimension; returns the rows removed. */
  async compact(programmeId: string, dimension: FunnelDimension): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // 1. Lock what can be locked at once, and learn which shards of each key we hold.
      const held: Array<{ key: string; shards: number[] }> = await manager.query(
        `SELECT key, array_agg(shard ORDER BY shard) AS shards
           FROM (SELECT key, shard FROM funnel_counter
                  WHERE programme_id = $1 AND dimension = $2
                    AND key IN (SELECT key FROM funnel_counter WHERE programme_id = $1 AND dimension = $2 AND shard <> 0)
                  FOR UPDATE SKIP LOCKED) locked
          GROUP BY key HAVING count(*) > 1`,
        [programmeId, dimension],
      );
      if (held.length === 0) return 0;
      const keptKeys: string[] = [];
      const keptShards: number[] = [];
      const foldedKeys: string[] = [];
      const foldedShards: number[] = [];
      for (const { key, shards } of held) {
        keptKeys.push(key);
        keptShards.push(shards[0]);
        for (const shard of shards.slice(1)) {
          foldedKeys.push(key);
          foldedShards.push(shard);
        }
      }
      // 2. A new statement, so a new snapshot: it sees the rows as they are now that we hold them
      //    (one statement of step 1 would see them as they were before a writer's last change, and
      //    a kept row updated meanwhile would be missed while its siblings were deleted). The
      //    values added are those of the rows actually deleted.
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
        [programmeId, dimension, foldedKeys, foldedShards, keptKeys, keptShards],
      );
      return removed as number;
    });
  }
}
