import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexRedemptionsByPlace1767560000000 implements MigrationInterface {
  name = 'IndexRedemptionsByPlace1767560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A place's desk lists its latest redemptions (placeRedemptions), newest first.
    await queryRunner.query(`CREATE INDEX redemption_by_place ON redemption (place_id, redeemed_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX redemption_by_place`);
  }
}
