// Queries only: passes' copy of territory's zones (member communes, quota, tombstones). Every
// method runs in the transaction it is given.
import type { EntityManager } from 'typeorm';

export interface ZoneFacts {
  zoneId: string;
  programmeId: string | null;
  name: string;
  memberCommunes: string[];
  version: number;
  passQuota?: number | null;
}

export class ZoneRepository {
  /**
   * Keeps a zone as territory announced it unless a higher version is known: the three zone event
   * types travel on separate consumers and may arrive out of order. A deletion is kept as a
   * tombstone with its version, and carries no quota: the zone's last one is kept with it.
   */
  async record(manager: EntityManager, zone: ZoneFacts, deleted: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO zone (id, programme_id, name, member_communes, version, deleted, pass_quota) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET programme_id = EXCLUDED.programme_id, name = EXCLUDED.name, member_communes = EXCLUDED.member_communes,
       version = EXCLUDED.version, deleted = EXCLUDED.deleted, pass_quota = CASE WHEN EXCLUDED.deleted THEN zone.pass_quota ELSE EXCLUDED.pass_quota END
     WHERE zone.version < EXCLUDED.version OR (zone.version = EXCLUDED.version AND EXCLUDED.deleted)`,
      [zone.zoneId, zone.programmeId, zone.name, zone.memberCommunes, zone.version, deleted, zone.passQuota ?? null],
    );
  }

  /** The member communes of a zone still defined; undefined for a deleted or unknown one. */
  async membersOf(manager: EntityManager, zoneId: string): Promise<readonly string[] | undefined> {
    const [zone] = await manager.query(`SELECT member_communes FROM zone WHERE id = $1 AND NOT deleted`, [zoneId]);
    return zone?.member_communes;
  }

  /** A zone's name, deleted or not; undefined for one passes never heard of. */
  async nameOf(manager: EntityManager, zoneId: string): Promise<string | undefined> {
    const [zone] = await manager.query(`SELECT name FROM zone WHERE id = $1`, [zoneId]);
    return zone?.name;
  }

  /** The zones (of the programme, or shared) a commune belongs to. */
  async containing(manager: EntityManager, communeCode: string, programmeId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM zone WHERE member_communes @> ARRAY[$1]::text[] AND NOT deleted AND (programme_id = $2 OR programme_id IS NULL) ORDER BY id`,
      [communeCode, programmeId],
    );
    return rows.map((r) => r.id);
  }
}
