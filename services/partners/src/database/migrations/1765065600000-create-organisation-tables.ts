import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@pass-numerique/messaging';

export class CreateOrganisationTables1765065600000 implements MigrationInterface {
  name = 'CreateOrganisationTables1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner);
    await queryRunner.query(`
      CREATE TABLE organisation (
        id             uuid PRIMARY KEY,
        name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        legal_kind     text NOT NULL CHECK (legal_kind IN ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'CCAS', 'ASSOCIATION',
                                                           'SOCIAL_CENTRE', 'THIRD_PLACE', 'OPERATOR', 'PUBLIC_AGENCY', 'COMPANY')),
        siret          text CHECK (siret ~ '^[0-9]{14}$'),
        siren          text CHECK (siren ~ '^[0-9]{9}$'),
        rna            text CHECK (rna ~ '^W[0-9A-Z]{9}$'),
        address        text NOT NULL,
        postal_code    text NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
        insee_code     text NOT NULL,
        registered_at  timestamptz NOT NULL,
        CHECK (siret IS NOT NULL OR siren IS NOT NULL OR rna IS NOT NULL),
        CHECK (siret IS NULL OR siren = substr(siret, 1, 9))
      )`);
    // The database, not only the service, guarantees one organisation per SIRET (two concurrent registrations race here).
    await queryRunner.query(`CREATE UNIQUE INDEX organisation_siret ON organisation (siret) WHERE siret IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX organisation_siren ON organisation (siren)`);
    await queryRunner.query(`CREATE INDEX organisation_name_id ON organisation (name, id)`);
    await queryRunner.query(`CREATE INDEX organisation_kind_name_id ON organisation (legal_kind, name, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE organisation`);
    await dropMessagingTables(queryRunner);
  }
}
