import type { MigrationInterface, QueryRunner } from 'typeorm';

// Corrections after payment, as the passes service announces them: a redemption found invalid
// after its statement was paid is recovered (passes.redemption.recovered.v1), then taken back on
// the place's next statement (passes.statement.paid.v2, which lists each recovery it takes back).
//
// receipt: one statement takes back several recoveries, each a receipt of its own, all from the
// same event; a receipt of a recovery names it (recovery_id), and the same recovery never corrects
// the same payment twice. Every other receipt stays the only one of its event, as before.
//
// passes_recovery: the recoveries the passes service announced, and the statement that took each
// one back. The two events arrive in any order, so a row is made by whichever comes first; a
// recovery announced and not yet taken back holds a closing back. Statements paid before (through
// passes.statement.paid.v1) took nothing back: there is nothing to fill in.
export class TakeBackRecoveries1767200002000 implements MigrationInterface {
  name = 'TakeBackRecoveries1767200002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE receipt DROP CONSTRAINT receipt_source_event_id_key`);
    await queryRunner.query(`
      ALTER TABLE receipt
        ADD COLUMN recovery_id uuid,
        ADD CONSTRAINT receipt_recovery_id_of_recovery CHECK (recovery_id IS NULL OR (kind = 'RECOVERY' AND corrected_payment_id IS NOT NULL)),
        ADD CONSTRAINT receipt_once_per_recovery_and_payment UNIQUE (recovery_id, corrected_payment_id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX receipt_once_per_source_event ON receipt (source_event_id) WHERE recovery_id IS NULL`);

    await queryRunner.query(`
      CREATE TABLE passes_recovery (
        recovery_id              uuid PRIMARY KEY,
        programme_id             uuid NOT NULL,
        paid_statement_id        uuid NOT NULL,
        amount_cents             bigint NOT NULL CHECK (amount_cents > 0),
        recovered_on             date,
        taken_back_statement_id  uuid,
        taken_back_on            date,
        CONSTRAINT passes_recovery_announced CHECK (recovered_on IS NOT NULL OR taken_back_on IS NOT NULL),
        CONSTRAINT passes_recovery_taken_back_whole CHECK ((taken_back_statement_id IS NULL) = (taken_back_on IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX passes_recovery_outstanding ON passes_recovery (programme_id) WHERE taken_back_on IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Going down with two receipts of one event fails on the restored constraint, losing nothing.
    await queryRunner.query(`DROP TABLE passes_recovery`);
    await queryRunner.query(`DROP INDEX receipt_once_per_source_event`);
    await queryRunner.query(`
      ALTER TABLE receipt
        DROP CONSTRAINT receipt_once_per_recovery_and_payment, DROP CONSTRAINT receipt_recovery_id_of_recovery, DROP COLUMN recovery_id,
        ADD CONSTRAINT receipt_source_event_id_key UNIQUE (source_event_id)`);
  }
}
