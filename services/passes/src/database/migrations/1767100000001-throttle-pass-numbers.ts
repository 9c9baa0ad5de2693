import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ThrottlePassNumbers1767100000001 implements MigrationInterface {
  name = 'ThrottlePassNumbers1767100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Wrong guesses are counted per pass number as well as per caller: a row per key,
    // `caller:<subject>` or `pass:<number>`. Counts already kept were callers'.
    await queryRunner.query(`ALTER TABLE guess_throttle RENAME COLUMN caller TO key`);
    await queryRunner.query(`UPDATE guess_throttle SET key = 'caller:' || key`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM guess_throttle WHERE key NOT LIKE 'caller:%'`);
    await queryRunner.query(`UPDATE guess_throttle SET key = substr(key, length('caller:') + 1)`);
    await queryRunner.query(`ALTER TABLE guess_throttle RENAME COLUMN key TO caller`);
  }
}
