import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications with documents and their review: the documents each programme asks for, the
 * documents each application gave, and two more steps of the review — the programme asks the
 * place for changes (it completes and applies again) or refuses the application.
 */
/** The CHECK constraints on a column, whatever PostgreSQL named them when the column was created. */
async function dropCheckOn(queryRunner: QueryRunner, table: string, column: string): Promise<void> {
  const constraints: Array<{ conname: string }> = await queryRunner.query(
    `SELECT c.conname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
      WHERE c.conrelid = $1::regclass AND c.contype = 'c' AND a.attname = $2 AND array_length(c.conkey, 1) = 1`,
    [table, column],
  );
  for (const { conname } of constraints) await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT "${conname}"`);
}

export class AddApplicationReview1767510000001 implements MigrationInterface {
  name = 'AddApplicationReview1767510000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE application_requirement (
        programme_id  uuid PRIMARY KEY,
        kinds         text[] NOT NULL,
        updated_at    timestamptz NOT NULL,
        updated_by    text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE application_document (
        place_id      uuid NOT NULL REFERENCES place (id),
        programme_id  uuid NOT NULL,
        document_id   uuid NOT NULL REFERENCES document (id),
        submitted_at  timestamptz NOT NULL,
        PRIMARY KEY (place_id, programme_id, submitted_at, document_id)
      )`);
    await queryRunner.query(`CREATE INDEX application_document_document ON application_document (document_id)`);
    await dropCheckOn(queryRunner, 'place_qualification', 'status');
    await queryRunner.query(`
      ALTER TABLE place_qualification ADD CONSTRAINT place_qualification_status_check
        CHECK (status IN ('APPLIED', 'CHANGES_REQUESTED', 'REFUSED', 'QUALIFIED', 'SUSPENDED', 'REVOKED'))`);
    await queryRunner.query(`CREATE INDEX place_qualification_programme_status ON place_qualification (programme_id, status, applied_at)`);
    await dropCheckOn(queryRunner, 'qualification_step', 'action');
    await queryRunner.query(`
      ALTER TABLE qualification_step ADD CONSTRAINT qualification_step_action_check
        CHECK (action IN ('APPLY', 'REQUEST_CHANGES', 'REFUSE', 'QUALIFY', 'SUSPEND', 'REINSTATE', 'REVOKE'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE qualification_step DROP CONSTRAINT qualification_step_action_check`);
    await queryRunner.query(`ALTER TABLE qualification_step ADD CONSTRAINT qualification_step_action_check CHECK (action IN ('APPLY', 'QUALIFY', 'SUSPEND', 'REINSTATE', 'REVOKE'))`);
    await queryRunner.query(`DROP INDEX place_qualification_programme_status`);
    await queryRunner.query(`ALTER TABLE place_qualification DROP CONSTRAINT place_qualification_status_check`);
    await queryRunner.query(`ALTER TABLE place_qualification ADD CONSTRAINT place_qualification_status_check CHECK (status IN ('APPLIED', 'QUALIFIED', 'SUSPENDED', 'REVOKED'))`);
    await queryRunner.query(`DROP TABLE application_document`);
    await queryRunner.query(`DROP TABLE application_requirement`);
  }
}
