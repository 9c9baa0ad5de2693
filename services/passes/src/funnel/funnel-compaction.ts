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
import { FUNNEL_DIMENSIONS, type FunnelDimension } from './funnel.repository';
import { FunnelCounterRepository } from './funnel-counter.repository';

export class FunnelCompaction {
  private readonly counters = new FunnelCounterRepository();

  constructor(private readonly dataSource: DataSource) {}

  /** Folds the shards of every key of every programme, one (programme, dimension) at a time; returns the rows removed. */
  async compactAll(): Promise<number> {
    const programmes = await this.counters.programmesWithShards(this.dataSource.manager);
    let removed = 0;
    for (const programmeId of programmes) for (const dimension of FUNNEL_DIMENSIONS) removed += await this.compact(programmeId, dimension);
    return removed;
  }

  /** Folds the shards of every key of one programme's dimension; returns the rows removed. */
  async compact(programmeId: string, dimension: FunnelDimension): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // 1. Lock what can be locked at once, and learn which shards of each key we hold.
      const held = await this.counters.lockSpreadShards(manager, programmeId, dimension);
      if (held.length === 0) return 0;
      const kept = { keys: [] as string[], shards: [] as number[] };
      const folded = { keys: [] as string[], shards: [] as number[] };
      for (const { key, shards } of held) {
        kept.keys.push(key);
        kept.shards.push(shards[0]);
        for (const shard of shards.slice(1)) {
          folded.keys.push(key);
          folded.shards.push(shard);
        }
      }
      // 2. A new statement, so a new snapshot: it sees the rows as they are now that we hold them
      //    (one statement of step 1 would see them as they were before a writer's last change, and
      //    a kept row updated meanwhile would be missed while its siblings were deleted). The
      //    values added are those of the rows actually deleted.
      return this.counters.fold(manager, programmeId, dimension, folded, kept);
    });
  }
}
