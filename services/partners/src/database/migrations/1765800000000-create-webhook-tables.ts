import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhookTables1765800000000 implements MigrationInterface {
  name = 'CreateWebhookTables1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE webhook_subscription (
        id                          uuid PRIMARY KEY,
        organisation_id             uuid NOT NULL REFERENCES organisation (id),
        url                         text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
        events                      text[] NOT NULL CHECK (cardinality(events) > 0),
        status                      text NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
        secret_ciphertext           bytea NOT NULL,
        previous_secret_ciphertext  bytea,
        previous_secret_expires_at  timestamptz,
        created_at                  timestamptz NOT NULL,
        created_by                  text NOT NULL,
        secret_rotated_at           timestamptz,
        disabled_at                 timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX webhook_subscription_organisation ON webhook_subscription (organisation_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE webhook_delivery (
        id                uuid PRIMARY KEY,
        subscription_id   uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
        event_id          uuid NOT NULL,
        event_type        text NOT NULL,
        payload           text NOT NULL,
        created_at        timestamptz NOT NULL,
        attempts          integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at   timestamptz,
        last_attempt_at   timestamptz,
        last_status_code  integer,
        last_error        text,
        delivered_at      timestamptz,
        failed_at         timestamptz,
        -- Each event once per webhook, however many times it is consumed.
        UNIQUE (subscription_id, event_id),
        CHECK (next_attempt_at IS NULL OR (delivered_at IS NULL AND failed_at IS NULL))
      )`);
    // The dispatcher's question: what is due now.
    await queryRunner.query(`CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE next_attempt_at IS NOT NULL`);
    // The delivery log of a webhook, newest first.
    await queryRunner.query(`CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, created_at DESC, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_delivery`);
    await queryRunner.query(`DROP TABLE webhook_subscription`);
  }
}
