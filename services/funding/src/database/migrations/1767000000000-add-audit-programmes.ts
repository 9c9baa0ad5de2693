import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditProgrammes, dropAuditProgrammes } from '@pass-numerique/service-kit';

export class AddAuditProgrammes1767000000000 implements MigrationInterface {
  name = 'AddAuditProgrammes1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addAuditProgrammes(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditProgrammes(queryRunner);
  }
}
