import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecoverRedemptions1767300000001 implements MigrationInterface {
  name = 'RecoverRedemptions1767300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A redemption found invalid once its statement was paid: its value is owed back by the place
    // and taken back on the place's next statement for the programme (statement_id, null until then).
    await queryRunner.query(`
      CREATE TABLE redemption_recovery (
        id                     uuid PRIMARY KEY,
        redemption_id          uuid NOT NULL UNIQUE REFERENCES redemption (id),
        programme_id           uuid NOT NULL,
        place_id               uuid NOT NULL,
        place_organisation_id  uuid NOT NULL,
        paid_statement_id      uuid NOT NULL REFERENCES statement (id),
        amount_cents           bigint NOT NULL CHECK (amount_cents > 0),
        reason                 text NOT NULL,
        recovered_at           timestamptz NOT NULL,
        recovered_by           text NOT NULL,
        statement_id           uuid REFERENCES statement (id)
      )`);
    await queryRunner.query(`CREATE INDEX redemption_recovery_outstanding ON redemption_recovery (programme_id, place_id, recovered_at) WHERE statement_id IS NULL`);
    await queryRunner.query(`CREATE INDEX redemption_recovery_statement ON redemption_recovery (statement_id) WHERE statement_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE redemption DROP CONSTRAINT redemption_status_check`);
    await queryRunner.query(`ALTER TABLE redemption ADD CONSTRAINT redemption_status_check CHECK (status IN ('REDEEMED', 'CANCELLED', 'RECOVERED'))`);
    // A statement pays its month's passes (gross) less the recoveries it takes back: amount_cents is what it pays.
    await queryRunner.query(`ALTER TABLE statement ADD COLUMN gross_amount_cents bigint`);
    await queryRunner.query(`UPDATE statement SET gross_amount_cents = amount_cents`);
    await queryRunner.query(`ALTER TABLE statement ALTER COLUMN gross_amount_cents SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE statement ADD COLUMN recovered_cents bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE statement ADD CONSTRAINT statement_net CHECK (amount_cents = gross_amount_cents - recovered_cents AND amount_cents >= 0)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE statement DROP CONSTRAINT statement_net`);
    await queryRunner.query(`UPDATE statement SET amount_cents = gross_amount_cents`);
    await queryRunner.query(`ALTER TABLE statement DROP COLUMN recovered_cents`);
    await queryRunner.query(`ALTER TABLE statement DROP COLUMN gross_amount_cents`);
    // Without recoveries, a redemption taken back reads as a cancelled one: its pass was given back all the same.
    await queryRunner.query(
      `UPDATE redemption r SET status = 'CANCELLED', cancelled_at = c.recovered_at, cancelled_by = c.recovered_by, cancellation_reason = c.reason
         FROM redemption_recovery c WHERE c.redemption_id = r.id`,
    );
    await queryRunner.query(`ALTER TABLE redemption DROP CONSTRAINT redemption_status_check`);
    await queryRunner.query(`ALTER TABLE redemption ADD CONSTRAINT redemption_status_check CHECK (status IN ('REDEEMED', 'CANCELLED'))`);
    await queryRunner.query(`DROP TABLE redemption_recovery`);
  }
}
