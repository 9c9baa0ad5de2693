import type { MigrationInterface, QueryRunner } from 'typeorm';

// A place's bank details with their history, the four-eyes requests that change them, what each
// statement was paid to, and the notifications that tell an organisation's people about it.
export class CreateBankDetailsTables1767520000000 implements MigrationInterface {
  name = 'CreateBankDetailsTables1767520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE bank_details_change_request (
        id                       uuid PRIMARY KEY,
        place_id                 uuid NOT NULL REFERENCES place (id),
        organisation_id          uuid NOT NULL REFERENCES organisation (id),
        iban                     text NOT NULL,
        bic                      text,
        holder                   text NOT NULL CHECK (length(holder) BETWEEN 1 AND 140),
        certificate_document_id  uuid NOT NULL,
        status                   text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
        requested_by             text NOT NULL,
        requested_at             timestamptz NOT NULL,
        decided_by               text,
        decided_at               timestamptz,
        decided_in_programme_id  uuid,
        rejection_reason         text,
        CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        -- Four eyes, whatever the code above does: the requester never decides.
        CHECK (decided_by IS NULL OR decided_by <> requested_by)
      )`);
    // One pending request per place: a second one would race the first to approval.
    await queryRunner.query(`CREATE UNIQUE INDEX bank_details_change_request_one_pending ON bank_details_change_request (place_id) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX bank_details_change_request_place ON bank_details_change_request (place_id, requested_at DESC)`);
    await queryRunner.query(`CREATE INDEX bank_details_change_request_pending ON bank_details_change_request (requested_at) WHERE status = 'PENDING'`);
    await queryRunner.query(`
      CREATE TABLE bank_details_version (
        id                       uuid PRIMARY KEY,
        place_id                 uuid NOT NULL REFERENCES place (id),
        iban                     text NOT NULL,
        bic                      text,
        holder                   text,
        valid_from               timestamptz NOT NULL,
        valid_to                 timestamptz,
        request_id               uuid UNIQUE REFERENCES bank_details_change_request (id),
        requested_by             text,
        approved_by              text,
        certificate_document_id  uuid,
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CHECK ((request_id IS NULL) = (approved_by IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX bank_details_version_one_in_force ON bank_details_version (place_id) WHERE valid_to IS NULL`);
    await queryRunner.query(`CREATE INDEX bank_details_version_place ON bank_details_version (place_id, valid_from)`);
    await queryRunner.query(`
      CREATE TABLE statement_payee (
        statement_id             uuid PRIMARY KEY,
        place_id                 uuid NOT NULL REFERENCES place (id),
        programme_id             uuid NOT NULL,
        organisation_id          uuid NOT NULL,
        bank_details_version_id  uuid NOT NULL REFERENCES bank_details_version (id),
        statement_approved_at    timestamptz NOT NULL,
        recorded_at              timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE notification (
        id                 uuid PRIMARY KEY,
        recipient_subject  text NOT NULL,
        organisation_id    uuid NOT NULL REFERENCES organisation (id),
        kind               text NOT NULL,
        payload            jsonb NOT NULL,
        created_at         timestamptz NOT NULL,
        read_at            timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX notification_recipient ON notification (recipient_subject, created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification`);
    await queryRunner.query(`DROP TABLE statement_payee`);
    await queryRunner.query(`DROP TABLE bank_details_version`);
    await queryRunner.query(`DROP TABLE bank_details_change_request`);
  }
}
