import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePeopleHelpedAndAlertIndexes1766100000000 implements MigrationInterface {
  name = 'CreatePeopleHelpedAndAlertIndexes1766100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // People helped (one per hand-out) and what their passes cost, on the same dimensions and
    // keys as the funnel's handedOut, kept from passes.pass.distributed.v1 by one consumer: so
    // the dashboard and the open data never count hand-outs at query time. One consumer writes
    // it, in event order, so no shards are needed (unlike funnel_counter's hot path).
    await queryRunner.query(`
      CREATE TABLE people_helped_counter (
        programme_id       uuid NOT NULL,
        dimension          text NOT NULL CHECK (dimension IN ('PROGRAMME', 'REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE', 'DISTRIBUTOR', 'PUBLIC')),
        key                text NOT NULL,
        people             bigint NOT NULL DEFAULT 0,
        passes_cost_cents  bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (programme_id, dimension, key)
      )`);
    // Passes at risk of expiring unused, by validity date: an index-only range scan over the
    // passes in a beneficiary's hands whose validity ends within the horizon, with the order (to
    // keep one programme's) and the hand-out (to find the distributor and the commune). Redeeming
    // a pass never enters it (it leaves the predicate), so the redemption path pays nothing more.
    await queryRunner.query(`CREATE INDEX pass_expiring_by_hand_out ON pass (valid_until, order_id, hand_out_id) WHERE status = 'HANDED_OUT'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX pass_expiring_by_hand_out`);
    await queryRunner.query(`DROP TABLE people_helped_counter`);
  }
}
