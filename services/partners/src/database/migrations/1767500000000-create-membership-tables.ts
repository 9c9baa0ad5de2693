import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Memberships and invitations of self-registered organisations, and the operator's verification
 * of organisations. Organisations already registered (by staff, the demo) were checked by whoever
 * registered them: they are VERIFIED. What they do is read from their data: places make a
 * mediation place, a distributor's agreement a distributor.
 */
export class CreateMembershipTables1767500000000 implements MigrationInterface {
  name = 'CreateMembershipTables1767500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organisation
        ADD COLUMN verification_status text NOT NULL DEFAULT 'VERIFIED'
          CHECK (verification_status IN ('UNVERIFIED', 'VERIFIED', 'REJECTED')),
        ADD COLUMN verification_decided_at timestamptz,
        ADD COLUMN rejection_reason text,
        ADD COLUMN activities text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE organisation o SET activities = array_remove(ARRAY[
          CASE WHEN EXISTS (SELECT 1 FROM place p WHERE p.organisation_id = o.id) THEN 'MEDIATION_PLACE' END,
          CASE WHEN EXISTS (SELECT 1 FROM agreement a WHERE a.organisation_id = o.id AND a.role = 'DISTRIBUTOR') THEN 'DISTRIBUTOR' END
        ]::text[], NULL)`);
    await queryRunner.query(`CREATE INDEX organisation_awaiting_verification ON organisation (name, id) WHERE verification_status = 'UNVERIFIED'`);
    await queryRunner.query(`
      CREATE TABLE membership (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        subject text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        email text,
        since timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, subject)
      )`);
    await queryRunner.query(`CREATE INDEX membership_subject ON membership (subject, since)`);
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'MEMBER')),
        code_hash bytea NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by text
      )`);
    await queryRunner.query(`CREATE INDEX invitation_organisation ON invitation (organisation_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE invitation`);
    await queryRunner.query(`DROP TABLE membership`);
    await queryRunner.query(`DROP INDEX organisation_awaiting_verification`);
    await queryRunner.query(`ALTER TABLE organisation DROP COLUMN verification_status, DROP COLUMN verification_decided_at, DROP COLUMN rejection_reason, DROP COLUMN activities`);
  }
}
