import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents organisations give with their applications, and the bytes of those kept in
 * PostgreSQL (the default store; object storage keeps its own). A document's bytes are written
 * once, when the upload is accepted.
 */
export class CreateDocumentTables1767510000000 implements MigrationInterface {
  name = 'CreateDocumentTables1767510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE document (
        id               uuid PRIMARY KEY,
        organisation_id  uuid NOT NULL REFERENCES organisation (id),
        place_id         uuid REFERENCES place (id),
        programme_id     uuid,
        kind             text NOT NULL CHECK (kind IN ('BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT', 'OTHER')),
        file_name        text NOT NULL,
        content_type     text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        byte_size        integer NOT NULL CHECK (byte_size > 0 AND byte_size <= 10485760),
        status           text NOT NULL CHECK (status IN ('PENDING_UPLOAD', 'UPLOADED')),
        sha256           text,
        storage          text,
        created_at       timestamptz NOT NULL,
        created_by       text NOT NULL,
        uploaded_at      timestamptz,
        CHECK (status = 'PENDING_UPLOAD' OR (sha256 IS NOT NULL AND storage IS NOT NULL AND uploaded_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX document_organisation ON document (organisation_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE document_content (
        document_id  uuid PRIMARY KEY REFERENCES document (id),
        content      bytea NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE document_content`);
    await queryRunner.query(`DROP TABLE document`);
  }
}
