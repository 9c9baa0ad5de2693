import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditTable, dropAuditTable } from '@pass-numerique/service-kit';

export class CreateAuditEntry1765600000000 implements MigrationInterface {
  name = 'CreateAuditEntry1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditTable(queryRunner);
  }
}
