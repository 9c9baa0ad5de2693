// Queries only: zones with a pass quota, and what a programme already placed in them. Each runs
// in the caller's transaction, after `lock` for the zone and programme it counts.
import type { EntityManager } from 'typeorm';

export interface QuotaZone {
  id: string;
  passQuota: number;
}

export class ZoneQuotaRepository {
  /** The programme's zones (and the shared ones) that set a quota, by id: the order locks are taken in. */
  async quotaZonesOf(manager: EntityManager, programmeId: string, zoneIds?: readonly string[]): Promise<QuotaZone[]> {
    const rows: Array<{ id: string; pass_quota: number }> = await manager.query(
      `SELECT id, pass_quota FROM zone
        WHERE NOT deleted AND pass_quota IS NOT NULL AND (programme_id = $1 OR programme_id IS NULL) AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        ORDER BY id`,
      [programmeId, zoneIds ?? null],
    );
    return rows.map((r) => ({ id: r.id, passQuota: r.pass_quota }));
  }

  /**
   * Serialises, until the transaction ends, the orders and hand-outs that count against one
   * zone's quota for one programme: each counts what the previous one committed.
   */
  async lock(manager: EntityManager, zoneId: string, programmeId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`zone-quota:${zoneId}:${programmeId}`]);
  }

  /** The passes a programme ordered, by order perimeter. */
  async orderedByPerimeter(manager: EntityManager, programmeId: string): Promise<Array<{ level: string; code: string; passes: number }>> {
    const rows: Array<{ level: string; code: string; passes: string }> = await manager.query(
      `SELECT perimeter_level AS level, perimeter_code AS code, sum(pass_count)::text AS passes FROM pass_order WHERE programme_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [programmeId],
    );
    return rows.map((r) => ({ level: r.level, code: r.code, passes: Number(r.passes) }));
  }

  /** The passes a programme handed out to residents of a zone (its funnel's counter: never a count of hand-outs). */
  async handedOutIn(manager: EntityManager, zoneId: string, programmeId: string): Promise<number> {
    const [row]: Array<{ passes: string }> = await manager.query(
      `SELECT COALESCE(sum(handed_out), 0)::text AS passes FROM funnel_counter WHERE programme_id = $1 AND dimension = 'ZONE' AND key = $2`,
      [programmeId, zoneId],
    );
    return Number(row.passes);
  }
}
