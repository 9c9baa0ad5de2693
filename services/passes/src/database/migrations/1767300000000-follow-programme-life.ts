import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowProgrammeLife1767300000000 implements MigrationInterface {
  name = 'FollowProgrammeLife1767300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // What funding decides after the opening: the figures of the latest amendment (its dates and
    // the validity extension of the passes) and the closing of the accounts. Kept apart from the
    // programme's row because they may arrive before the opening does (one consumer per event
    // type); the programme's row carries the figures in force, recomputed from here.
    await queryRunner.query(`
      CREATE TABLE programme_amendment (
        programme_id        uuid PRIMARY KEY,
        deliberation_id     uuid NOT NULL,
        decided_on          date NOT NULL,
        announced_at        timestamptz NOT NULL,
        starts_on           date NOT NULL,
        ends_on             date NOT NULL,
        passes_valid_until  date
      )`);
    await queryRunner.query(`
      CREATE TABLE programme_closing (
        programme_id  uuid PRIMARY KEY,
        closed_on     date NOT NULL
      )`);
    // The last day passes may be redeemed when the authority voted an extension (null: the end of the operation).
    await queryRunner.query(`ALTER TABLE programme ADD COLUMN passes_valid_until date`);
    await queryRunner.query(`ALTER TABLE programme ADD COLUMN closed_on date`);
    // Passes planned for a zone, as territory announces it: orders and hand-outs in the zone stay within it.
    await queryRunner.query(`ALTER TABLE zone ADD COLUMN pass_quota integer CHECK (pass_quota >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE zone DROP COLUMN pass_quota`);
    await queryRunner.query(`ALTER TABLE programme DROP COLUMN closed_on`);
    await queryRunner.query(`ALTER TABLE programme DROP COLUMN passes_valid_until`);
    await queryRunner.query(`DROP TABLE programme_closing`);
    await queryRunner.query(`DROP TABLE programme_amendment`);
  }
}
