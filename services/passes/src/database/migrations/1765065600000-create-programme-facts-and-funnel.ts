import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@pass-numerique/messaging';

export class CreateProgrammeFactsAndFunnel1765065600000 implements MigrationInterface {
  name = 'CreateProgrammeFactsAndFunnel1765065600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner);
    // What passes needs to know of a programme, as announced by funding.programme.opened.v1.
    await queryRunner.query(`
      CREATE TABLE programme (
        id               uuid PRIMARY KEY,
        code             text NOT NULL,
        name             text NOT NULL,
        owner_organisation_id uuid,
        perimeter_level  text NOT NULL,
        perimeter_code   text NOT NULL,
        starts_on        date NOT NULL,
        ends_on          date NOT NULL,
        learnt_at        timestamptz NOT NULL
      )`);
    // The funnel read model: one row of counters per (programme, dimension, key), kept up to
    // date in the transaction of each state change, so that no query ever counts passes.
    // Each row is split into a few shards so that concurrent changes do not queue on one row
    // lock; reading sums at most a handful of shards.
    await queryRunner.query(`
      CREATE TABLE funnel_counter (
        programme_id  uuid NOT NULL,
        dimension     text NOT NULL CHECK (dimension IN ('PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE', 'DISTRIBUTOR', 'PLACE', 'PUBLIC')),
        key           text NOT NULL,
        shard         smallint NOT NULL DEFAULT 0,
        ordered       bigint NOT NULL DEFAULT 0,
        activated     bigint NOT NULL DEFAULT 0,
        allocated     bigint NOT NULL DEFAULT 0,
        handed_out    bigint NOT NULL DEFAULT 0,
        redeemed      bigint NOT NULL DEFAULT 0,
        reimbursed    bigint NOT NULL DEFAULT 0,
        expired       bigint NOT NULL DEFAULT 0,
        credited      bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (programme_id, dimension, key, shard)
      )`);
    // Territory and organisation entities ask "across programmes" too.
    await queryRunner.query(`CREATE INDEX funnel_counter_by_key ON funnel_counter (dimension, key)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE funnel_counter`);
    await queryRunner.query(`DROP TABLE programme`);
    await dropMessagingTables(queryRunner);
  }
}
