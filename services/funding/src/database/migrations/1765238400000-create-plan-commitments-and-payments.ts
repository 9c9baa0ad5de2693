import type { MigrationInterface, QueryRunner } from 'typeorm';

// Funding plan, commitments, payments and reductions, and what the passes service told us.
// The CHECK and UNIQUE constraints restate the rules the services enforce, so that no code
// path (a bug, a hand-written SQL fix) can store a plan, a commitment or a payment that breaks them.
export class CreatePlanCommitmentsAndPayments1765238400000 implements MigrationInterface {
  name = 'CreatePlanCommitmentsAndPayments1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE co_funder (
        id                   uuid PRIMARY KEY,
        programme_id         uuid NOT NULL REFERENCES programme (id),
        organisation_id      uuid NOT NULL,
        display_name         text NOT NULL,
        kind                 text NOT NULL CHECK (kind IN ('STATE', 'EU_FEDER', 'OWN_FUNDS', 'OTHER')),
        rule                 text NOT NULL CHECK (rule IN ('USED_PASSES_SHARE', 'ELIGIBLE_PAID_RATE', 'REMAINDER')),
        rate_basis_points    integer CHECK (rate_basis_points BETWEEN 1 AND 10000),
        planned_cents        bigint NOT NULL CHECK (planned_cents >= 0),
        agreement_reference  text,
        status               text NOT NULL CHECK (status IN ('REQUESTED', 'GRANTED', 'SIGNED')),
        position             integer NOT NULL,
        CONSTRAINT co_funder_rate_matches_rule CHECK ((rule = 'REMAINDER') = (rate_basis_points IS NULL)),
        CONSTRAINT co_funder_once_per_programme UNIQUE (programme_id, organisation_id)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX co_funder_one_remainder ON co_funder (programme_id) WHERE rule = 'REMAINDER'`);
    await queryRunner.query(`
      CREATE TABLE co_funder_receipt (
        id            uuid PRIMARY KEY,
        co_funder_id  uuid NOT NULL REFERENCES co_funder (id),
        amount_cents  bigint NOT NULL CHECK (amount_cents > 0),
        received_on   date NOT NULL,
        reference     text NOT NULL,
        recorded_at   timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX co_funder_receipt_co_funder ON co_funder_receipt (co_funder_id)`);

    await queryRunner.query(`
      CREATE TABLE commitment (
        id                uuid PRIMARY KEY,
        programme_id      uuid NOT NULL REFERENCES programme (id),
        authorisation_id  uuid NOT NULL REFERENCES commitment_authorisation (id),
        kind              text NOT NULL CHECK (kind IN ('PASS_ORDER', 'ENGINEERING', 'OTHER')),
        reference         text NOT NULL,
        description       text,
        committed_on      date NOT NULL,
        budget_year       integer NOT NULL,
        amount_cents      bigint NOT NULL CHECK (amount_cents > 0),
        face_value_cents  bigint CHECK (face_value_cents >= 0),
        fee_cents         bigint CHECK (fee_cents >= 0),
        pass_count        integer CHECK (pass_count >= 0),
        order_id          uuid UNIQUE,
        source_event_id   uuid UNIQUE,
        recorded_at       timestamptz NOT NULL,
        CONSTRAINT commitment_pass_order_is_face_value_plus_fee CHECK (
          (kind = 'PASS_ORDER') = (face_value_cents IS NOT NULL AND fee_cents IS NOT NULL)
          AND (face_value_cents IS NULL OR face_value_cents + fee_cents = amount_cents))
      )`);
    await queryRunner.query(`CREATE INDEX commitment_by_authorisation ON commitment (authorisation_id)`);
    await queryRunner.query(`CREATE INDEX commitment_programme ON commitment (programme_id, committed_on, id)`);

    await queryRunner.query(`
      CREATE TABLE payment (
        id                    uuid PRIMARY KEY,
        programme_id          uuid NOT NULL REFERENCES programme (id),
        commitment_id         uuid NOT NULL REFERENCES commitment (id),
        payment_order_number  text NOT NULL,
        paid_on               date NOT NULL,
        budget_year           integer NOT NULL,
        invoice_reference     text,
        feder_eligible        boolean NOT NULL,
        amount_cents          bigint NOT NULL CHECK (amount_cents > 0),
        source_event_id       uuid,
        recorded_at           timestamptz NOT NULL,
        -- One event may pay several commitments (a statement spread over orders), never one twice.
        CONSTRAINT payment_once_per_source_event UNIQUE (source_event_id, commitment_id)
      )`);
    await queryRunner.query(`CREATE INDEX payment_commitment ON payment (commitment_id)`);
    await queryRunner.query(`CREATE INDEX payment_programme ON payment (programme_id, paid_on, id)`);

    await queryRunner.query(`
      CREATE TABLE commitment_reduction (
        id               uuid PRIMARY KEY,
        programme_id     uuid NOT NULL REFERENCES programme (id),
        commitment_id    uuid NOT NULL REFERENCES commitment (id),
        amount_cents     bigint NOT NULL CHECK (amount_cents > 0),
        refunded_cents   bigint NOT NULL CHECK (refunded_cents >= 0 AND refunded_cents <= amount_cents),
        reduced_on       date NOT NULL,
        budget_year      integer NOT NULL,
        reference        text NOT NULL,
        feder_eligible   boolean NOT NULL,
        pass_count       integer CHECK (pass_count >= 0),
        credit_note_id   uuid UNIQUE,
        source_event_id  uuid UNIQUE,
        recorded_at      timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX commitment_reduction_commitment ON commitment_reduction (commitment_id)`);
    await queryRunner.query(`CREATE INDEX commitment_reduction_programme ON commitment_reduction (programme_id)`);

    // Facts received from the passes service, kept as received: the reconciliation compares them
    // with the commitments and payments they produced. No foreign key to programme: a fact may
    // arrive before the programme it names (the demo replays passes' history at start).
    await queryRunner.query(`
      CREATE TABLE passes_fact (
        source_event_id  uuid PRIMARY KEY,
        event_type       text NOT NULL,
        fact_key         text NOT NULL UNIQUE,
        programme_id     uuid NOT NULL,
        order_id         uuid,
        amount_cents     bigint NOT NULL CHECK (amount_cents >= 0),
        pass_count       integer NOT NULL CHECK (pass_count >= 0),
        occurred_on      date NOT NULL,
        payload          jsonb NOT NULL,
        status           text NOT NULL CHECK (status IN ('PENDING', 'APPLIED', 'IGNORED', 'REFUSED')),
        reason_code      text,
        reason           text,
        received_at      timestamptz NOT NULL,
        settled_at       timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX passes_fact_programme ON passes_fact (programme_id, event_type)`);
    await queryRunner.query(`CREATE INDEX passes_fact_unsettled ON passes_fact (programme_id, received_at) WHERE status IN ('PENDING', 'REFUSED')`);
    await queryRunner.query(`CREATE INDEX passes_fact_order ON passes_fact (order_id, event_type)`);

    // Passes used, counted per order and day from redemption events: the State's base. Counters,
    // not one row per pass, so that ten million redemptions stay a small table.
    await queryRunner.query(`
      CREATE TABLE used_pass_day (
        programme_id      uuid NOT NULL,
        order_id          uuid NOT NULL,
        day               date NOT NULL,
        redeemed          integer NOT NULL DEFAULT 0,
        cancelled         integer NOT NULL DEFAULT 0,
        face_value_cents  bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (programme_id, order_id, day)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE used_pass_day`);
    await queryRunner.query(`DROP TABLE passes_fact`);
    await queryRunner.query(`DROP TABLE commitment_reduction`);
    await queryRunner.query(`DROP TABLE payment`);
    await queryRunner.query(`DROP TABLE commitment`);
    await queryRunner.query(`DROP TABLE co_funder_receipt`);
    await queryRunner.query(`DROP TABLE co_funder`);
  }
}
