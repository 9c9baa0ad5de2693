import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@pass-numerique/messaging';

export class CreateFundingTables1764979200000 implements MigrationInterface {
  name = 'CreateFundingTables1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner);
    await queryRunner.query(`
      CREATE TABLE programme (
        id                     uuid PRIMARY KEY,
        code                   text NOT NULL UNIQUE,
        name                   text NOT NULL,
        owner_organisation_id  uuid,
        perimeter_level        text NOT NULL,
        perimeter_code         text NOT NULL,
        starts_on              date NOT NULL,
        ends_on                date NOT NULL CHECK (ends_on >= starts_on),
        settlement_model       text NOT NULL CHECK (settlement_model IN ('PREPAID_OPERATOR', 'DIRECT')),
        opened_at              timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE deliberation (
        id            uuid PRIMARY KEY,
        programme_id  uuid NOT NULL REFERENCES programme (id),
        number        text NOT NULL,
        decided_on    date NOT NULL,
        body          text NOT NULL CHECK (body IN ('REGIONAL_COUNCIL', 'STANDING_COMMITTEE')),
        place         text NOT NULL,
        chair         text NOT NULL,
        subject       text NOT NULL,
        theme         text,
        vote          jsonb NOT NULL,
        outcome       text NOT NULL CHECK (outcome IN ('ADOPTED_UNANIMOUSLY', 'ADOPTED', 'REJECTED')),
        decisions     text[] NOT NULL,
        cites         text[] NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX deliberation_programme ON deliberation (programme_id)`);
    await queryRunner.query(`
      CREATE TABLE commitment_authorisation (
        id                         uuid PRIMARY KEY,
        programme_id               uuid NOT NULL REFERENCES programme (id),
        deliberation_id            uuid NOT NULL REFERENCES deliberation (id),
        kind                       text NOT NULL CHECK (kind IN ('AE', 'AP')),
        amount_cents               bigint NOT NULL CHECK (amount_cents > 0),
        budget_year                integer NOT NULL,
        imputation_chapter         text NOT NULL,
        imputation_function        text NOT NULL,
        imputation_nature          text NOT NULL,
        imputation_programme_code  text NOT NULL,
        nomenclature               text NOT NULL,
        nomenclature_version       text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX commitment_authorisation_programme ON commitment_authorisation (programme_id)`);
    await queryRunner.query(`
      CREATE TABLE payment_schedule_line (
        authorisation_id  uuid NOT NULL REFERENCES commitment_authorisation (id),
        budget_year       integer NOT NULL,
        amount_cents      bigint NOT NULL CHECK (amount_cents >= 0),
        PRIMARY KEY (authorisation_id, budget_year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE payment_schedule_line`);
    await queryRunner.query(`DROP TABLE commitment_authorisation`);
    await queryRunner.query(`DROP TABLE deliberation`);
    await queryRunner.query(`DROP TABLE programme`);
    await dropMessagingTables(queryRunner);
  }
}
