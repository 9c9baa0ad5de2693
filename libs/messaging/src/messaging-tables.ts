// The two tables every service database holds for reliable messaging. Each service's first
// migration calls these, so the tables have the same shape everywhere.
import type { QueryRunner } from 'typeorm';

export async function createMessagingTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE outbox_event (
      position      bigserial PRIMARY KEY,
      id            uuid NOT NULL UNIQUE,
      type          text NOT NULL,
      payload       jsonb NOT NULL,
      occurred_at   timestamptz NOT NULL,
      published_at  timestamptz
    )`);
  // The relay only ever reads what is still to publish: keep that index tiny.
  await queryRunner.query(`CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL`);
  await queryRunner.query(`
    CREATE TABLE processed_event (
      consumer      text NOT NULL,
      event_id      uuid NOT NULL,
      event_type    text NOT NULL,
      processed_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
}

/**
 * Where each event's trace context is kept (the W3C `traceparent` and `tracestate` of the work
 * that recorded it, null when that work was not traced): the relay sends it on with the event.
 */
export async function addEventTraceContext(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`ALTER TABLE outbox_event ADD COLUMN trace_context jsonb`);
}

export async function dropEventTraceContext(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`ALTER TABLE outbox_event DROP COLUMN trace_context`);
}

export async function dropMessagingTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TABLE processed_event`);
  await queryRunner.query(`DROP TABLE outbox_event`);
}
