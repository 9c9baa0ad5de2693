import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateZones1765700000000 implements MigrationInterface {
  name = 'CreateZones1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Programme zones as territory's events describe them: enough to check a ZONE perimeter and
    // to count passes by zone.
    await queryRunner.query(`
      CREATE TABLE zone (
        id               uuid PRIMARY KEY,
        programme_id     uuid,
        name             text NOT NULL,
        member_communes  text[] NOT NULL,
        version          integer NOT NULL,
        deleted          boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(`CREATE INDEX zone_members ON zone USING gin (member_communes)`);
    // The zones a beneficiary's commune was in at hand-out: the passes keep counting there, even
    // if the zone changes later (the figures of the past do not move).
    await queryRunner.query(`ALTER TABLE hand_out ADD COLUMN zone_ids uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE hand_out DROP COLUMN zone_ids`);
    await queryRunner.query(`DROP TABLE zone`);
  }
}
