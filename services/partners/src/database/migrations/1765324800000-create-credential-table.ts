import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCredentialTable1765324800000 implements MigrationInterface {
  name = 'CreateCredentialTable1765324800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE partner_credential (
        id               uuid PRIMARY KEY,
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        label            text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        scopes           text[] NOT NULL CHECK (cardinality(scopes) > 0),
        secret_hash      bytea NOT NULL CHECK (length(secret_hash) = 32),
        created_at       timestamptz NOT NULL,
        created_by       text NOT NULL,
        expires_at       timestamptz NOT NULL CHECK (expires_at > created_at),
        revoked_at       timestamptz,
        revoked_by       text,
        last_used_at     timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX partner_credential_organisation ON partner_credential (organisation_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partner_credential`);
  }
}
