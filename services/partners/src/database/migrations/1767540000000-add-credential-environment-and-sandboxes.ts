import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCredentialEnvironmentAndSandboxes1767540000000 implements MigrationInterface {
  name = 'AddCredentialEnvironmentAndSandboxes1767540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Every key issued so far acts on real passes.
    await queryRunner.query(`ALTER TABLE partner_credential ADD COLUMN environment text NOT NULL DEFAULT 'LIVE' CHECK (environment IN ('LIVE', 'SANDBOX'))`);
    // One sandbox per organisation: the primary key is what makes asking again return the same one.
    await queryRunner.query(`
      CREATE TABLE sandbox (
        organisation_id  uuid PRIMARY KEY REFERENCES organisation (id),
        programme_id     uuid NOT NULL UNIQUE,
        name             text NOT NULL,
        created_at       timestamptz NOT NULL,
        created_by       text NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sandbox`);
    await queryRunner.query(`ALTER TABLE partner_credential DROP COLUMN environment`);
  }
}
