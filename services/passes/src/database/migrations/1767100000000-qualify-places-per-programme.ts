import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QualifyPlacesPerProgramme1767100000000 implements MigrationInterface {
  name = 'QualifyPlacesPerProgramme1767100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Each programme qualifies, suspends, reinstates and revokes a place for itself; the place's
    // facts (organisation, name, commune, régie) stay one row. The one status a place had stood for
    // every programme: it becomes that programme's status in each programme passes knows.
    await queryRunner.query(`
      CREATE TABLE place_qualification (
        place_id      uuid NOT NULL REFERENCES place (id),
        programme_id  uuid NOT NULL,
        status        text NOT NULL CHECK (status IN ('QUALIFIED', 'SUSPENDED', 'REVOKED')),
        changed_at    timestamptz NOT NULL,
        PRIMARY KEY (place_id, programme_id)
      )`);
    await queryRunner.query(`CREATE INDEX place_qualification_programme ON place_qualification (programme_id, status)`);
    await queryRunner.query(
      `INSERT INTO place_qualification (place_id, programme_id, status, changed_at)
       SELECT pl.id, pr.id, pl.status, pl.changed_at FROM place pl CROSS JOIN programme pr`,
    );
    await queryRunner.query(`ALTER TABLE place DROP COLUMN status`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one status per place: the most favourable one it holds (a place qualified anywhere took passes).
    await queryRunner.query(`ALTER TABLE place ADD COLUMN status text CHECK (status IN ('QUALIFIED', 'SUSPENDED', 'REVOKED'))`);
    await queryRunner.query(
      `UPDATE place pl SET status = COALESCE((SELECT q.status FROM place_qualification q WHERE q.place_id = pl.id
                                               ORDER BY CASE q.status WHEN 'QUALIFIED' THEN 0 WHEN 'SUSPENDED' THEN 1 ELSE 2 END LIMIT 1), 'SUSPENDED')`,
    );
    await queryRunner.query(`ALTER TABLE place ALTER COLUMN status SET NOT NULL`);
    await queryRunner.query(`DROP TABLE place_qualification`);
  }
}
