import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A place applies to each programme and each programme's staff qualify it for their programme
 * only. The one qualification a place had (status and history) becomes its qualification in every
 * programme partners knows of, the programmes of its agreements: a place accepted passes of every
 * programme, and still does. `accepts_passes` (qualified for at least one programme) keeps the
 * open-data counts on a partial index with a literal predicate, as the status column did.
 */
export class QualifyPlacesPerProgramme1767100000000 implements MigrationInterface {
  name = 'QualifyPlacesPerProgramme1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const [{ orphans }] = await queryRunner.query(
      `SELECT count(*)::int AS orphans FROM place WHERE qualification_status IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agreement)`,
    );
    // Moving a qualification needs a programme to move it to; dropping evidence silently is worse than stopping.
    if (orphans > 0) throw new Error(`${orphans} places have a qualification but no programme is known (no agreement): record the programmes' agreements first`);

    await queryRunner.query(`
      CREATE TABLE place_qualification (
        place_id      uuid NOT NULL REFERENCES place (id),
        programme_id  uuid NOT NULL,
        status        text NOT NULL CHECK (status IN ('APPLIED', 'QUALIFIED', 'SUSPENDED', 'REVOKED')),
        applied_at    timestamptz NOT NULL,
        updated_at    timestamptz NOT NULL,
        PRIMARY KEY (place_id, programme_id)
      )`);
    await queryRunner.query(`CREATE INDEX place_qualification_qualified ON place_qualification (programme_id, place_id) WHERE status = 'QUALIFIED'`);
    await queryRunner.query(`
      INSERT INTO place_qualification (place_id, programme_id, status, applied_at, updated_at)
      SELECT p.id, g.programme_id, p.qualification_status,
             coalesce((SELECT min(s.at) FROM qualification_step s WHERE s.place_id = p.id), p.updated_at), p.updated_at
        FROM place p CROSS JOIN (SELECT DISTINCT programme_id FROM agreement) g
       WHERE p.qualification_status IS NOT NULL`);

    await queryRunner.query(`ALTER TABLE qualification_step ADD COLUMN programme_id uuid`);
    await queryRunner.query(`
      INSERT INTO qualification_step (id, place_id, programme_id, action, from_status, to_status, at, by, reason)
      SELECT gen_random_uuid(), s.place_id, g.programme_id, s.action, s.from_status, s.to_status, s.at, s.by, s.reason
        FROM qualification_step s CROSS JOIN (SELECT DISTINCT programme_id FROM agreement) g
       WHERE s.programme_id IS NULL`);
    await queryRunner.query(`DELETE FROM qualification_step WHERE programme_id IS NULL`);
    await queryRunner.query(`ALTER TABLE qualification_step ALTER COLUMN programme_id SET NOT NULL`);
    await queryRunner.query(`DROP INDEX qualification_step_place`);
    await queryRunner.query(`CREATE INDEX qualification_step_place ON qualification_step (place_id, programme_id, at)`);

    await queryRunner.query(`ALTER TABLE place ADD COLUMN accepts_passes boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`UPDATE place SET accepts_passes = true WHERE qualification_status = 'QUALIFIED'`);
    // Dropping the column drops its CHECKs (the one with the IBAN included) and its partial index.
    await queryRunner.query(`ALTER TABLE place DROP COLUMN qualification_status`);
    await queryRunner.query(`ALTER TABLE place ADD CONSTRAINT place_accepts_passes_iban CHECK (NOT accepts_passes OR iban IS NOT NULL)`);
    await queryRunner.query(`CREATE INDEX place_accepting_insee ON place (insee_code) WHERE accepts_passes`);
  }

  /** Back to one qualification per place: each place keeps the one it changed last, with its history. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX place_accepting_insee`);
    await queryRunner.query(`ALTER TABLE place DROP CONSTRAINT place_accepts_passes_iban`);
    await queryRunner.query(`ALTER TABLE place ADD COLUMN qualification_status text CHECK (qualification_status IN ('APPLIED', 'QUALIFIED', 'SUSPENDED', 'REVOKED'))`);
    await queryRunner.query(`
      WITH latest AS (
        SELECT DISTINCT ON (place_id) place_id, programme_id, status FROM place_qualification ORDER BY place_id, updated_at DESC, programme_id
      )
      UPDATE place p SET qualification_status = l.status FROM latest l WHERE l.place_id = p.id`);
    await queryRunner.query(`
      DELETE FROM qualification_step s WHERE NOT EXISTS (
        SELECT 1 FROM (SELECT DISTINCT ON (place_id) place_id, programme_id FROM place_qualification ORDER BY place_id, updated_at DESC, programme_id) l
         WHERE l.place_id = s.place_id AND l.programme_id = s.programme_id)`);
    await queryRunner.query(`ALTER TABLE place ADD CHECK (qualification_status IS DISTINCT FROM 'QUALIFIED' OR iban IS NOT NULL)`);
    await queryRunner.query(`CREATE INDEX place_qualified_insee ON place (insee_code) WHERE qualification_status = 'QUALIFIED'`);
    await queryRunner.query(`ALTER TABLE place DROP COLUMN accepts_passes`);
    await queryRunner.query(`DROP INDEX qualification_step_place`);
    await queryRunner.query(`ALTER TABLE qualification_step DROP COLUMN programme_id`);
    await queryRunner.query(`CREATE INDEX qualification_step_place ON qualification_step (place_id, at)`);
    await queryRunner.query(`DROP TABLE place_qualification`);
  }
}
