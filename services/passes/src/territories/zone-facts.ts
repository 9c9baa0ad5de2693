// How territory's zone events become passes' zone facts. The three event types travel on
// separate consumers and may arrive out of order: each carries the zone's version, and a lower
// version never overwrites a higher one. A deletion is kept as a tombstone with its version.
import type { EntityManager } from 'typeorm';

export async function recordZone(
  manager: EntityManager,
  zone: { zoneId: string; programmeId: string | null; name: string; memberCommunes: string[]; version: number; passQuota?: number | null },
  deleted: boolean,
): Promise<void> {
  // A deletion carries no quota: the zone's last one is kept with its tombstone.
  await manager.query(
    `INSERT INTO zone (id, programme_id, name, member_communes, version, deleted, pass_quota) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET programme_id = EXCLUDED.programme_id, name = EXCLUDED.name, member_communes = EXCLUDED.member_communes,
       version = EXCLUDED.version, deleted = EXCLUDED.deleted, pass_quota = CASE WHEN EXCLUDED.deleted THEN zone.pass_quota ELSE EXCLUDED.pass_quota END
     WHERE zone.version < EXCLUDED.version OR (zone.version = EXCLUDED.version AND EXCLUDED.deleted)`,
    [zone.zoneId, zone.programmeId, zone.name, zone.memberCommunes, zone.version, deleted, zone.passQuota ?? null],
  );
}
