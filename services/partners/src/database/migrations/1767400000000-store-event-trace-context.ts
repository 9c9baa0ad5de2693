import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addEventTraceContext, dropEventTraceContext } from '@pass-numerique/messaging';

export class StoreEventTraceContext1767400000000 implements MigrationInterface {
  name = 'StoreEventTraceContext1767400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await addEventTraceContext(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropEventTraceContext(queryRunner);
  }
}
