// Transactional outbox: an event is a row written by the same transaction as the state change
// it describes, so either both exist or neither does. The relay publishes it afterwards.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { validatePayload, type EventContract, type EventEnvelope, type EventType } from '@pass-numerique/event-contracts';
import { currentTraceContext } from './event-tracing';

export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Records an event inside the caller's transaction. The payload is validated against its
 * contract here, so a producer can never publish what its consumers would refuse.
 */
export async function recordEvent<P>(
  manager: EntityManager,
  contract: EventContract<EventType, P>,
  payload: P,
  occurredAt: Date,
): Promise<EventEnvelope<P>> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error(`recordEvent(${contract.type}) must run inside the transaction of the state change`);
  }
  const envelope: EventEnvelope<P> = {
    id: randomUUID(),
    type: contract.type,
    occurredAt: occurredAt.toISOString(),
    payload: validatePayload(contract, payload),
  };
  // The trace of the work recording it goes with the event (event-tracing.ts); null when untraced.
  const traceContext = currentTraceContext();
  await manager.query(`INSERT INTO outbox_event (id, type, payload, occurred_at, trace_context) VALUES ($1, $2, $3, $4, $5)`, [
    envelope.id,
    envelope.type,
    JSON.stringify(envelope.payload),
    occurredAt,
    traceContext === null ? null : JSON.stringify(traceContext),
  ]);
  // Delivered at commit only: wakes the relay without polling delay, and never for a rollback.
  await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
  return envelope;
}

export interface OutboxBacklog {
  /** Events committed and not yet published. */
  events: number;
  /** Age of the oldest of them, in seconds (0 when none). */
  oldestAgeSeconds: number;
}

/** What the relay has yet to publish: a backlog that grows, or ages, means events are not leaving. */
export async function outboxBacklog(db: { query(sql: string): Promise<any> }): Promise<OutboxBacklog> {
  const [row] = await db.query(
    `SELECT count(*)::int AS events, COALESCE(EXTRACT(EPOCH FROM now() - min(occurred_at)), 0)::float AS oldest
       FROM outbox_event WHERE published_at IS NULL`,
  );
  return { events: row.events, oldestAgeSeconds: Math.max(0, row.oldest) };
}
