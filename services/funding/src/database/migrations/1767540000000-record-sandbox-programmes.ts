import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordSandboxProgrammes1767540000000 implements MigrationInterface {
  name = 'RecordSandboxProgrammes1767540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Set from partners.sandbox.opened.v1 only: a programme opened by a deliberation is never a sandbox.
    await queryRunner.query(`ALTER TABLE programme ADD COLUMN sandbox boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE programme DROP COLUMN sandbox`);
  }
}
