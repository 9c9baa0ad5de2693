import type { MigrationInterface, QueryRunner } from 'typeorm';
import { luhnSqlExpression } from '../../orders/pass-numbers';

export class CreateOrdersBookletsPasses1765152000000 implements MigrationInterface {
  name = 'CreateOrdersBookletsPasses1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Serials are handed out in blocks by one counter row per kind: an order reserves its whole
    // range in one statement, and numbers never repeat across orders or programmes.
    await queryRunner.query(`CREATE TABLE serial_counter (kind text PRIMARY KEY, next_serial bigint NOT NULL)`);
    await queryRunner.query(`INSERT INTO serial_counter (kind, next_serial) VALUES ('pass', 10000000001), ('booklet', 100000001)`);
    // SQL so that the planner inlines it: bulk generation computes numbers at COPY-like speed.
    await queryRunner.query(`
      CREATE FUNCTION luhn_number(serial bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT serial * 10 + ${luhnSqlExpression('serial')} $$`);

    await queryRunner.query(`
      CREATE TABLE pass_order (
        id                        uuid PRIMARY KEY,
        programme_id              uuid NOT NULL REFERENCES programme (id),
        buyer_organisation_id     uuid,
        operator_organisation_id  uuid,
        booklet_count             integer NOT NULL CHECK (booklet_count > 0),
        booklet_size              smallint NOT NULL CHECK (booklet_size IN (5, 10)),
        pass_count                integer NOT NULL CHECK (pass_count = booklet_count * booklet_size),
        pass_face_value_cents     bigint NOT NULL CHECK (pass_face_value_cents > 0),
        fee_rate_basis_points     integer NOT NULL CHECK (fee_rate_basis_points BETWEEN 0 AND 10000),
        fee_cents                 bigint NOT NULL CHECK (fee_cents >= 0),
        perimeter_level           text NOT NULL,
        perimeter_code            text NOT NULL,
        valid_from                date,
        valid_until               date CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
        target_publics            text[] NOT NULL,
        status                    text NOT NULL CHECK (status IN ('PLACED', 'DELIVERED', 'ACTIVATED')),
        placed_at                 timestamptz NOT NULL,
        placed_by                 text NOT NULL,
        delivered_at              timestamptz,
        activated_at              timestamptz,
        payment_order_number      text,
        first_pass_serial         bigint NOT NULL,
        first_booklet_serial      bigint NOT NULL,
        CHECK ((status = 'ACTIVATED') = (payment_order_number IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX pass_order_programme ON pass_order (programme_id, placed_at, id)`);
    // One print file per order: the primary key is the rule, the row is the log.
    await queryRunner.query(`
      CREATE TABLE print_file_export (
        order_id     uuid PRIMARY KEY REFERENCES pass_order (id),
        exported_at  timestamptz NOT NULL,
        exported_by  text NOT NULL,
        pass_count   integer NOT NULL
      )`);

    await queryRunner.query(`
      CREATE TABLE booklet (
        id                           uuid PRIMARY KEY,
        number                       bigint NOT NULL UNIQUE,
        order_id                     uuid NOT NULL REFERENCES pass_order (id),
        programme_id                 uuid NOT NULL,
        size                         smallint NOT NULL,
        first_pass_serial            bigint NOT NULL,
        distributor_organisation_id  uuid,
        agreement_id                 uuid,
        allocated_at                 timestamptz,
        handed_out_count             smallint NOT NULL DEFAULT 0,
        redeemed_count               smallint NOT NULL DEFAULT 0,
        expired_count                smallint NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX booklet_order ON booklet (order_id, number)`);
    await queryRunner.query(`CREATE INDEX booklet_distributor ON booklet (distributor_organisation_id, number) WHERE distributor_organisation_id IS NOT NULL`);

    // Kept narrow and with as few indexes as possible: an order writes up to millions of rows.
    // The passes of a booklet or an order are a range of numbers (consecutive serials), found
    // through the primary key; no foreign key, as the generation is the only writer of these links.
    await queryRunner.query(`
      CREATE TABLE pass (
        number          bigint PRIMARY KEY,
        booklet_id      uuid NOT NULL,
        order_id        uuid NOT NULL,
        status          text NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'HANDED_OUT', 'REDEEMED', 'EXPIRED')),
        hand_out_id     uuid,
        valid_until     date,
        redemption_id   uuid,
        expired_on      date,
        credit_note_id  uuid
      )`);
    await queryRunner.query(`CREATE INDEX pass_to_expire ON pass (valid_until) WHERE status = 'HANDED_OUT'`);
    await queryRunner.query(`CREATE INDEX pass_to_credit ON pass (order_id) WHERE status = 'EXPIRED' AND credit_note_id IS NULL`);

    // Facts learnt from partners' events.
    await queryRunner.query(`
      CREATE TABLE place (
        id                   uuid PRIMARY KEY,
        organisation_id      uuid NOT NULL,
        name                 text NOT NULL,
        insee_code           text NOT NULL,
        status               text NOT NULL CHECK (status IN ('QUALIFIED', 'SUSPENDED', 'REVOKED')),
        cashes_through_regie boolean NOT NULL,
        changed_at           timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE distributor_agreement (
        agreement_id     uuid PRIMARY KEY,
        programme_id     uuid NOT NULL,
        organisation_id  uuid NOT NULL,
        scope_level      text,
        scope_code       text,
        starts_on        date NOT NULL,
        ends_on          date
      )`);
    await queryRunner.query(`CREATE INDEX distributor_agreement_organisation ON distributor_agreement (organisation_id, programme_id)`);

    await queryRunner.query(`
      CREATE TABLE hand_out (
        id                           uuid PRIMARY KEY,
        programme_id                 uuid NOT NULL,
        order_id                     uuid NOT NULL,
        booklet_id                   uuid NOT NULL REFERENCES booklet (id),
        distributor_organisation_id  uuid NOT NULL,
        pass_count                   smallint NOT NULL,
        handed_out_at                timestamptz NOT NULL,
        valid_until                  date NOT NULL,
        age_band                     text NOT NULL,
        gender                       text,
        situation                    text NOT NULL,
        residence_insee_code         text NOT NULL,
        residence_epci               text,
        residence_departement        text NOT NULL,
        residence_region             text NOT NULL,
        consent_given                boolean NOT NULL CHECK (consent_given),
        recorded_by                  text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX hand_out_programme ON hand_out (programme_id, handed_out_at)`);

    await queryRunner.query(`
      CREATE TABLE redemption (
        id                     uuid PRIMARY KEY,
        pass_number            bigint NOT NULL,
        programme_id           uuid NOT NULL,
        order_id               uuid NOT NULL,
        hand_out_id            uuid NOT NULL,
        place_id               uuid NOT NULL,
        place_organisation_id  uuid NOT NULL,
        face_value_cents       bigint NOT NULL,
        idempotency_key        text NOT NULL,
        requested_by           text NOT NULL,
        redeemed_at            timestamptz NOT NULL,
        status                 text NOT NULL CHECK (status IN ('REDEEMED', 'CANCELLED')),
        cancelled_at           timestamptz,
        cancelled_by           text,
        cancellation_reason    text,
        statement_id           uuid,
        UNIQUE (place_id, idempotency_key)
      )`);
    // The database's own guarantee that a pass is redeemed at most once, whatever the code does.
    await queryRunner.query(`CREATE UNIQUE INDEX redemption_once ON redemption (pass_number) WHERE status = 'REDEEMED'`);
    await queryRunner.query(`CREATE INDEX redemption_to_state ON redemption (redeemed_at) WHERE status = 'REDEEMED' AND statement_id IS NULL`);
    await queryRunner.query(`CREATE INDEX redemption_statement ON redemption (statement_id) WHERE statement_id IS NOT NULL`);

    // Wrong codes and unknown numbers per caller, to slow brute force down.
    await queryRunner.query(`
      CREATE TABLE guess_throttle (
        caller             text PRIMARY KEY,
        failures           integer NOT NULL,
        window_started_at  timestamptz NOT NULL,
        blocked_until      timestamptz
      )`);

    await queryRunner.query(`
      CREATE TABLE statement (
        id                     uuid PRIMARY KEY,
        programme_id           uuid NOT NULL,
        place_id               uuid NOT NULL,
        place_organisation_id  uuid NOT NULL,
        month                  text NOT NULL,
        pass_count             integer NOT NULL,
        amount_cents           bigint NOT NULL,
        status                 text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'PAID')),
        generated_at           timestamptz NOT NULL,
        approved_at            timestamptz,
        approved_by            text,
        paid_on                date,
        payment_reference      text,
        UNIQUE (programme_id, place_id, month)
      )`);
    await queryRunner.query(`CREATE INDEX statement_place ON statement (place_id, month)`);
    await queryRunner.query(`
      CREATE TABLE credit_note (
        id                     uuid PRIMARY KEY,
        programme_id           uuid NOT NULL,
        order_id               uuid NOT NULL REFERENCES pass_order (id),
        buyer_organisation_id  uuid,
        pass_count             integer NOT NULL CHECK (pass_count > 0),
        amount_cents           bigint NOT NULL,
        issued_at              timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX credit_note_programme ON credit_note (programme_id, issued_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['credit_note', 'statement', 'guess_throttle', 'redemption', 'hand_out', 'distributor_agreement', 'place', 'pass', 'booklet', 'print_file_export', 'pass_order', 'serial_counter']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION luhn_number(bigint)`);
  }
}
