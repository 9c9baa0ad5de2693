import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexBookletsNotHandedOut1766200000000 implements MigrationInterface {
  name = 'IndexBookletsNotHandedOut1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Passes allocated and not handed out, per order, for the J-30/J-15/J-7 alerts: an index-only
    // scan over the booklets still holding passes (a few per cent of them once a programme runs)
    // instead of every booklet of the orders whose window closes soon. Redeeming a pass does not
    // touch these columns.
    await queryRunner.query(
      `CREATE INDEX booklet_not_handed_out ON booklet (order_id, agreement_id, distributor_organisation_id, size, handed_out_count) WHERE handed_out_count < size`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX booklet_not_handed_out`);
  }
}
