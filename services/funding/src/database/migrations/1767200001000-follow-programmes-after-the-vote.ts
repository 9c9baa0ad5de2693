import type { MigrationInterface, QueryRunner } from 'typeorm';

// A programme's life after the vote: amendments (new deliberations that change the authorisation,
// its schedule, the end date or the funding plan), the closing, and the statements the passes
// service announced as approved but not yet paid (which hold a closing back).
//
// The figures in force stay where they were (commitment_authorisation.amount_cents,
// payment_schedule_line, programme.ends_on, co_funder), so that every rule reads them as before;
// each figure ever in force is also a numbered line of its history (authorisation_version,
// programme_period, funding_plan_version), written once and never changed. Version 1 of each is
// what was opened; the rows that exist today are backfilled as such.
export class FollowProgrammesAfterTheVote1767200001000 implements MigrationInterface {
  name = 'FollowProgrammesAfterTheVote1767200001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE programme
        ADD COLUMN status             text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        ADD COLUMN passes_valid_until date`);
    await queryRunner.query(`
      ALTER TABLE deliberation
        ADD COLUMN kind       text NOT NULL DEFAULT 'OPENING' CHECK (kind IN ('OPENING', 'AMENDMENT', 'CLOSING')),
        ADD COLUMN assumption text,
        ALTER COLUMN vote DROP NOT NULL,
        ADD CONSTRAINT deliberation_vote_known_or_assumed CHECK (vote IS NOT NULL OR assumption IS NOT NULL)`);

    await queryRunner.query(`
      CREATE TABLE programme_period (
        programme_id        uuid NOT NULL REFERENCES programme (id),
        version             integer NOT NULL CHECK (version >= 1),
        deliberation_id     uuid NOT NULL REFERENCES deliberation (id),
        starts_on           date NOT NULL,
        ends_on             date NOT NULL CHECK (ends_on >= starts_on),
        passes_valid_until  date CHECK (passes_valid_until >= ends_on),
        recorded_at         timestamptz NOT NULL,
        PRIMARY KEY (programme_id, version)
      )`);
    await queryRunner.query(`
      INSERT INTO programme_period (programme_id, version, deliberation_id, starts_on, ends_on, passes_valid_until, recorded_at)
      SELECT p.id, 1, (SELECT d.id FROM deliberation d WHERE d.programme_id = p.id ORDER BY d.decided_on, d.id LIMIT 1), p.starts_on, p.ends_on, NULL, p.opened_at
        FROM programme p`);

    await queryRunner.query(`
      CREATE TABLE authorisation_version (
        authorisation_id  uuid NOT NULL REFERENCES commitment_authorisation (id),
        version           integer NOT NULL CHECK (version >= 1),
        deliberation_id   uuid NOT NULL REFERENCES deliberation (id),
        amount_cents      bigint NOT NULL CHECK (amount_cents > 0),
        schedule          jsonb NOT NULL,
        recorded_at       timestamptz NOT NULL,
        PRIMARY KEY (authorisation_id, version)
      )`);
    await queryRunner.query(`
      INSERT INTO authorisation_version (authorisation_id, version, deliberation_id, amount_cents, schedule, recorded_at)
      SELECT a.id, 1, a.deliberation_id, a.amount_cents,
             COALESCE((SELECT jsonb_agg(jsonb_build_object('budgetYear', l.budget_year, 'amountCents', l.amount_cents) ORDER BY l.budget_year)
                         FROM payment_schedule_line l WHERE l.authorisation_id = a.id), '[]'::jsonb),
             p.opened_at
        FROM commitment_authorisation a JOIN programme p ON p.id = a.programme_id`);

    await queryRunner.query(`
      CREATE TABLE funding_plan_version (
        programme_id     uuid NOT NULL REFERENCES programme (id),
        version          integer NOT NULL CHECK (version >= 1),
        deliberation_id  uuid REFERENCES deliberation (id),
        co_funders       jsonb NOT NULL,
        recorded_at      timestamptz NOT NULL,
        PRIMARY KEY (programme_id, version)
      )`);
    await queryRunner.query(`
      INSERT INTO funding_plan_version (programme_id, version, deliberation_id, co_funders, recorded_at)
      SELECT c.programme_id, 1, NULL,
             jsonb_agg(jsonb_build_object('organisationId', c.organisation_id, 'displayName', c.display_name, 'kind', c.kind, 'rule', c.rule,
                                          'rateBasisPoints', c.rate_basis_points, 'shareAmountCents', c.share_amount_cents, 'shareOfCents', c.share_of_cents,
                                          'plannedCents', c.planned_cents, 'status', c.status) ORDER BY c.position),
             min(p.opened_at)
        FROM co_funder c JOIN programme p ON p.id = c.programme_id
       GROUP BY c.programme_id`);

    await queryRunner.query(`
      CREATE TABLE programme_closing (
        programme_id     uuid PRIMARY KEY REFERENCES programme (id),
        deliberation_id  uuid REFERENCES deliberation (id),
        closed_on        date NOT NULL,
        reference        text NOT NULL,
        authorised_cents bigint NOT NULL,
        committed_cents  bigint NOT NULL,
        payments_cents   bigint NOT NULL,
        receipts_cents   bigint NOT NULL,
        released_cents   bigint NOT NULL CHECK (released_cents >= 0),
        recorded_at      timestamptz NOT NULL,
        CONSTRAINT programme_closing_balances CHECK (authorised_cents = committed_cents + released_cents AND payments_cents - receipts_cents = committed_cents)
      )`);
    await queryRunner.query(`
      CREATE TABLE authorisation_release (
        authorisation_id  uuid PRIMARY KEY REFERENCES commitment_authorisation (id),
        programme_id      uuid NOT NULL REFERENCES programme (id),
        released_on       date NOT NULL,
        amount_cents      bigint NOT NULL CHECK (amount_cents >= 0),
        recorded_at       timestamptz NOT NULL
      )`);

    // Places' statements as the passes service announced them: approved, then paid. Events of the
    // two types may arrive in either order, so a row is made by whichever comes first.
    await queryRunner.query(`
      CREATE TABLE passes_statement (
        statement_id           uuid PRIMARY KEY,
        programme_id           uuid NOT NULL,
        place_organisation_id  uuid NOT NULL,
        month                  text NOT NULL,
        amount_cents           bigint NOT NULL CHECK (amount_cents >= 0),
        approved_on            date,
        paid_on                date
      )`);
    await queryRunner.query(`CREATE INDEX passes_statement_unpaid ON passes_statement (programme_id) WHERE paid_on IS NULL`);
    await queryRunner.query(`
      INSERT INTO passes_statement (statement_id, programme_id, place_organisation_id, month, amount_cents, approved_on, paid_on)
      SELECT (payload->>'statementId')::uuid, programme_id, (payload->>'placeOrganisationId')::uuid, payload->>'month', amount_cents, NULL, occurred_on
        FROM passes_fact WHERE event_type = 'passes.statement.paid.v1'
      ON CONFLICT DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE passes_statement`);
    await queryRunner.query(`DROP TABLE authorisation_release`);
    await queryRunner.query(`DROP TABLE programme_closing`);
    await queryRunner.query(`DROP TABLE funding_plan_version`);
    await queryRunner.query(`DROP TABLE authorisation_version`);
    await queryRunner.query(`DROP TABLE programme_period`);
    await queryRunner.query(`DELETE FROM deliberation WHERE kind <> 'OPENING'`);
    await queryRunner.query(`ALTER TABLE deliberation DROP CONSTRAINT deliberation_vote_known_or_assumed, ALTER COLUMN vote SET NOT NULL, DROP COLUMN assumption, DROP COLUMN kind`);
    await queryRunner.query(`ALTER TABLE programme DROP COLUMN passes_valid_until, DROP COLUMN status`);
  }
}
