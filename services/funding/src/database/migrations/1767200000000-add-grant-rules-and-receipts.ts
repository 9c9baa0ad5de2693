import type { MigrationInterface, QueryRunner } from 'typeorm';

// Co-funding rules that match real grants, and money given back as receipts of its own.
//
// co_funder: a fixed grant under a convention (FIXED_GRANT: its base, advance, instalment ceiling
// and signature date), a rate stated as an exact share of a cost (125,000.00 of 763,900.00) rather
// than rounded basis points, and the rounding rule the co-funder applies. Rows written before keep
// their basis points and the half-up rounding they were computed with.
//
// receipt: a titre de recettes — a credit note, a recovery — on a commitment. Reductions used to
// carry the paid part they gave back (refunded_cents) as a negative payment; each such part becomes
// a receipt line of its own, dated and charged to the budget year of its reduction, and the
// reduction keeps only what it releases of the commitment.
export class AddGrantRulesAndReceipts1767200000000 implements MigrationInterface {
  name = 'AddGrantRulesAndReceipts1767200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE co_funder DROP CONSTRAINT co_funder_rule_check`);
    await queryRunner.query(`ALTER TABLE co_funder DROP CONSTRAINT co_funder_rate_matches_rule`);
    await queryRunner.query(`
      ALTER TABLE co_funder
        ADD COLUMN share_amount_cents               bigint CHECK (share_amount_cents > 0),
        ADD COLUMN share_of_cents                   bigint CHECK (share_of_cents > 0),
        ADD COLUMN rounding                         text NOT NULL DEFAULT 'HALF_UP' CHECK (rounding IN ('DOWN', 'HALF_UP')),
        ADD COLUMN grant_base_cents                 bigint CHECK (grant_base_cents > 0),
        ADD COLUMN grant_signed_on                  date,
        ADD COLUMN advance_rate_basis_points        integer CHECK (advance_rate_basis_points BETWEEN 0 AND 10000),
        ADD COLUMN instalment_ceiling_basis_points  integer CHECK (instalment_ceiling_basis_points BETWEEN 0 AND 10000),
        ADD COLUMN assumption                       text,
        ADD CONSTRAINT co_funder_rule CHECK (rule IN ('FIXED_GRANT', 'USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE', 'REMAINDER')),
        ADD CONSTRAINT co_funder_share_whole CHECK ((share_amount_cents IS NULL) = (share_of_cents IS NULL) AND (share_amount_cents IS NULL OR share_amount_cents <= share_of_cents)),
        ADD CONSTRAINT co_funder_rate_matches_rule CHECK (
          CASE WHEN rule IN ('USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE') THEN (rate_basis_points IS NULL) <> (share_amount_cents IS NULL)
               ELSE rate_basis_points IS NULL AND share_amount_cents IS NULL END),
        ADD CONSTRAINT co_funder_grant_terms CHECK (
          (rule = 'FIXED_GRANT') = (grant_base_cents IS NOT NULL AND advance_rate_basis_points IS NOT NULL AND instalment_ceiling_basis_points IS NOT NULL)
          AND (rule <> 'FIXED_GRANT' OR (planned_cents <= grant_base_cents AND advance_rate_basis_points <= instalment_ceiling_basis_points)))`);

    // What a co-funder was asked to pay (an appel de fonds), with the entitlement it rested on.
    await queryRunner.query(`
      CREATE TABLE co_funder_claim (
        id                 uuid PRIMARY KEY,
        programme_id       uuid NOT NULL REFERENCES programme (id),
        co_funder_id       uuid NOT NULL REFERENCES co_funder (id),
        amount_cents       bigint NOT NULL CHECK (amount_cents > 0),
        as_of              date NOT NULL,
        submitted_on       date NOT NULL CHECK (submitted_on >= as_of),
        reference          text NOT NULL,
        entitlement_cents  bigint NOT NULL CHECK (entitlement_cents >= 0),
        recorded_at        timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX co_funder_claim_co_funder ON co_funder_claim (co_funder_id, submitted_on)`);
    // A fixed grant's balance is due on its final report; one report per co-funder.
    await queryRunner.query(`
      CREATE TABLE co_funder_final_report (
        co_funder_id  uuid PRIMARY KEY REFERENCES co_funder (id),
        programme_id  uuid NOT NULL REFERENCES programme (id),
        filed_on      date NOT NULL,
        reference     text NOT NULL,
        recorded_at   timestamptz NOT NULL
      )`);

    await queryRunner.query(`ALTER TABLE payment ADD COLUMN payee_organisation_id uuid, ADD COLUMN payee_name text`);
    // Payments made from the passes service's events name their payee in the event they came from:
    // the operator for an activation, the place for a statement.
    await queryRunner.query(`
      UPDATE payment p SET payee_organisation_id = (o.payload->>'operatorOrganisationId')::uuid
        FROM passes_fact f, commitment c, passes_fact o
       WHERE f.source_event_id = p.source_event_id AND f.event_type = 'passes.order.activated.v1'
         AND c.id = p.commitment_id AND o.fact_key = 'order-placed:' || c.order_id::text`);
    await queryRunner.query(`
      UPDATE payment p SET payee_organisation_id = (f.payload->>'placeOrganisationId')::uuid
        FROM passes_fact f
       WHERE f.source_event_id = p.source_event_id AND f.event_type = 'passes.statement.paid.v1'`);

    await queryRunner.query(`
      CREATE TABLE receipt (
        id                     uuid PRIMARY KEY,
        programme_id           uuid NOT NULL REFERENCES programme (id),
        commitment_id          uuid NOT NULL REFERENCES commitment (id),
        kind                   text NOT NULL CHECK (kind IN ('CREDIT_NOTE', 'RECOVERY')),
        title_number           text,
        issued_on              date NOT NULL,
        budget_year            integer NOT NULL,
        amount_cents           bigint NOT NULL CHECK (amount_cents > 0),
        feder_eligible         boolean NOT NULL,
        payer_organisation_id  uuid,
        payer_name             text,
        reference              text NOT NULL,
        reason                 text,
        pass_count             integer CHECK (pass_count >= 0),
        credit_note_id         uuid UNIQUE,
        reduction_id           uuid UNIQUE REFERENCES commitment_reduction (id),
        corrected_payment_id   uuid REFERENCES payment (id),
        source_event_id        uuid UNIQUE,
        recorded_at            timestamptz NOT NULL,
        CONSTRAINT receipt_recovery_has_reason CHECK (kind <> 'RECOVERY' OR reason IS NOT NULL OR reduction_id IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX receipt_commitment ON receipt (commitment_id)`);
    await queryRunner.query(`CREATE INDEX receipt_programme ON receipt (programme_id, issued_on, id)`);
    await queryRunner.query(`
      INSERT INTO receipt (id, programme_id, commitment_id, kind, title_number, issued_on, budget_year, amount_cents, feder_eligible,
                           payer_organisation_id, payer_name, reference, reason, pass_count, credit_note_id, reduction_id, corrected_payment_id,
                           source_event_id, recorded_at)
      SELECT gen_random_uuid(), r.programme_id, r.commitment_id, CASE WHEN r.credit_note_id IS NULL THEN 'RECOVERY' ELSE 'CREDIT_NOTE' END,
             NULL, r.reduced_on, r.budget_year, r.refunded_cents, r.feder_eligible,
             (SELECT (o.payload->>'operatorOrganisationId')::uuid FROM commitment c JOIN passes_fact o ON o.fact_key = 'order-placed:' || c.order_id::text WHERE c.id = r.commitment_id),
             NULL, r.reference, NULL, r.pass_count, r.credit_note_id, r.id, NULL, r.source_event_id, r.recorded_at
        FROM commitment_reduction r
       WHERE r.refunded_cents > 0`);
    await queryRunner.query(`ALTER TABLE commitment_reduction DROP COLUMN refunded_cents`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE commitment_reduction ADD COLUMN refunded_cents bigint NOT NULL DEFAULT 0`);
    await queryRunner.query(`UPDATE commitment_reduction r SET refunded_cents = x.amount_cents FROM receipt x WHERE x.reduction_id = r.id`);
    await queryRunner.query(`DROP TABLE receipt`);
    await queryRunner.query(`ALTER TABLE payment DROP COLUMN payee_organisation_id, DROP COLUMN payee_name`);
    await queryRunner.query(`DROP TABLE co_funder_final_report`);
    await queryRunner.query(`DROP TABLE co_funder_claim`);
    // Fixed grants and exact shares have no older form: going down with any of them fails on the constraints below, losing nothing.
    await queryRunner.query(`
      ALTER TABLE co_funder
        DROP CONSTRAINT co_funder_grant_terms, DROP CONSTRAINT co_funder_rate_matches_rule, DROP CONSTRAINT co_funder_share_whole, DROP CONSTRAINT co_funder_rule,
        DROP COLUMN share_amount_cents, DROP COLUMN share_of_cents, DROP COLUMN rounding, DROP COLUMN grant_base_cents, DROP COLUMN grant_signed_on,
        DROP COLUMN advance_rate_basis_points, DROP COLUMN instalment_ceiling_basis_points, DROP COLUMN assumption,
        ADD CONSTRAINT co_funder_rule_check CHECK (rule IN ('USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE', 'REMAINDER')),
        ADD CONSTRAINT co_funder_rate_matches_rule CHECK ((rule = 'REMAINDER') = (rate_basis_points IS NULL))`);
  }
}
