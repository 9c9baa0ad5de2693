// How territory's zone events become passes' zone facts. The three event types travel on
// separate consumers and may arrive out of order: each carries the zone's version, and a lower
// version never overwrites a higher one. A deletion is kept as a tombstone with its version.
import type { EntityManager } from 'typeorm';

export async function recordZone(
  manager: EntityManager,
  zone: { zoneId: string; programmeId: string | null; name: string; memberCommunes: string[]; version: number },
  deleted: boolean,
): Promise<void> {
  await manager.query(
    `INSERT INTO zone (id, programme_id, name, member_communes, version, deleted) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET programme_id = EXCLUDED.programme_id, name = EXCLUDED.name, member_communes = EXCLUDED.member_communes,
       version = EXCLUDED.version, deleted = EXCLUDED.deleted
     WHERE zone.version < EXCLUDED.version OR (zone.version = EXCLUDED.version AND EXCLUDED.deleted)`,
    [zone.zoneId, zone.programmeId, zone.name, zone.memberCommunes, zone.version, deleted],
  );
}
