// Every statement on sandboxes: their programme's row and the test passes issued in them.
import type { EntityManager } from 'typeorm';

/** A test pass as the sandbox lists it. */
export interface SandboxPassRow {
  number: string;
  status: string;
  booklet_id: string;
  valid_until: string | null;
  face_value_cents: string;
}

export class SandboxRepository {
  /** The sandbox's programme, marked as one; false when it was already known (a re-announcement). */
  async recordProgramme(
    manager: EntityManager,
    programme: { programmeId: string; code: string; name: string; organisationId: string; perimeter: { level: string; code: string }; startsOn: string; endsOn: string },
    learntAt: string,
  ): Promise<boolean> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO programme (id, code, name, owner_organisation_id, perimeter_level, perimeter_code, starts_on, ends_on, learnt_at, sandbox)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [programme.programmeId, programme.code, programme.name, programme.organisationId, programme.perimeter.level, programme.perimeter.code, programme.startsOn, programme.endsOn, learntAt],
    );
    return inserted.length > 0;
  }

  /** The sandbox's programme when `programmeId` is one, owned by its organisation; null otherwise. */
  async sandboxProgramme(manager: EntityManager, programmeId: string): Promise<{ id: string; organisationId: string; endsOn: string } | null> {
    const [row] = await manager.query(
      `SELECT id, owner_organisation_id AS "organisationId", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM programme WHERE id = $1 AND sandbox`,
      [programmeId],
    );
    return row ?? null;
  }

  /** The booklets of a set of test passes, by number. */
  async bookletsOfOrder(manager: EntityManager, orderId: string): Promise<Array<{ id: string; firstPassSerial: number; size: number }>> {
    const rows: Array<{ id: string; first_pass_serial: string; size: number }> = await manager.query(`SELECT id, first_pass_serial::text, size FROM booklet WHERE order_id = $1 ORDER BY number`, [orderId]);
    return rows.map((r) => ({ id: r.id, firstPassSerial: Number(r.first_pass_serial), size: r.size }));
  }

  /** The sandbox's latest set of test passes: where its passes are valid and where its fictitious beneficiary lives. */
  async latestSet(manager: EntityManager, programmeId: string): Promise<{ perimeterLevel: string; perimeterCode: string; residenceInseeCode: string } | null> {
    const [row] = await manager.query(
      `SELECT o.perimeter_level AS "perimeterLevel", o.perimeter_code AS "perimeterCode", h.residence_insee_code AS "residenceInseeCode"
         FROM pass_order o JOIN hand_out h ON h.order_id = o.id
        WHERE o.programme_id = $1 ORDER BY o.first_pass_serial DESC, h.handed_out_at LIMIT 1`,
      [programmeId],
    );
    return row ?? null;
  }

  /** The passes of the sandbox's latest set of test passes (serials only grow), by number. */
  latestPasses(manager: EntityManager, programmeId: string): Promise<SandboxPassRow[]> {
    return manager.query(
      `SELECT p.number::text, p.status, p.booklet_id, to_char(p.valid_until, 'YYYY-MM-DD') AS valid_until, o.pass_face_value_cents::text AS face_value_cents
         FROM (SELECT id, pass_face_value_cents FROM pass_order WHERE programme_id = $1 ORDER BY first_pass_serial DESC LIMIT 1) o
         JOIN pass p ON p.order_id = o.id
        ORDER BY p.number`,
      [programmeId],
    );
  }
}
