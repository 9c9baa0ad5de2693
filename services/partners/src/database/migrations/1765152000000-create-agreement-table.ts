import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgreementTable1765152000000 implements MigrationInterface {
  name = 'CreateAgreementTable1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement (
        id               uuid PRIMARY KEY,
        programme_id     uuid NOT NULL,
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        role             text NOT NULL CHECK (role IN ('FUNDER', 'OPERATOR', 'DISTRIBUTOR', 'CO_PILOT')),
        scope_level      text CHECK (scope_level IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE')),
        scope_code       text,
        starts_on        date NOT NULL,
        ends_on          date CHECK (ends_on >= starts_on),
        signed_at        timestamptz NOT NULL,
        recorded_by      text NOT NULL,
        CHECK ((scope_level IS NULL) = (scope_code IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX agreement_organisation ON agreement (organisation_id)`);
    await queryRunner.query(`CREATE INDEX agreement_programme_role ON agreement (programme_id, role, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement`);
  }
}
