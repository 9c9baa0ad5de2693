import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vendor keys and delegations: a credential's kind (the existing keys are their organisation's own),
 * and the delegations an organisation gives a software vendor's keys (delegations/).
 */
export class CreateDelegationTable1767530000000 implements MigrationInterface {
  name = 'CreateDelegationTable1767530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE partner_credential ADD COLUMN kind text NOT NULL DEFAULT 'ORGANISATION' CHECK (kind IN ('ORGANISATION', 'VENDOR'))`);
    await queryRunner.query(`
      CREATE TABLE partner_delegation (
        id                        uuid PRIMARY KEY,
        vendor_organisation_id    uuid NOT NULL REFERENCES organisation (id),
        organisation_id           uuid NOT NULL REFERENCES organisation (id) CHECK (organisation_id <> vendor_organisation_id),
        scopes                    text[] NOT NULL CHECK (cardinality(scopes) > 0),
        status                    text NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED', 'REVOKED')),
        requested_at              timestamptz NOT NULL,
        requested_by              text NOT NULL,
        accepted_at               timestamptz,
        accepted_by               text,
        declined_at               timestamptz,
        declined_by               text,
        revoked_at                timestamptz,
        revoked_by                text,
        revoked_by_side           text CHECK (revoked_by_side IN ('VENDOR', 'ORGANISATION'))
      )`);
    // One request or delegation in force per pair: the gateway looks the active one up on every vendor call.
    await queryRunner.query(`CREATE UNIQUE INDEX partner_delegation_open ON partner_delegation (vendor_organisation_id, organisation_id) WHERE status IN ('PENDING', 'ACTIVE')`);
    await queryRunner.query(`CREATE INDEX partner_delegation_organisation ON partner_delegation (organisation_id, requested_at)`);
    await queryRunner.query(`CREATE INDEX partner_delegation_vendor ON partner_delegation (vendor_organisation_id, requested_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE partner_delegation`);
    await queryRunner.query(`ALTER TABLE partner_credential DROP COLUMN kind`);
  }
}
