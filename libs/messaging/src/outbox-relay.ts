// Publishes outbox rows to JetStream in commit order. The event id is the JetStream message id:
// if the relay dies between publishing and marking a row, the re-publish is de-duplicated by
// the stream, and consumers are idempotent on the same id anyway.
import type { DataSource } from 'typeorm';
import type { Pool, PoolClient } from 'pg';
import { headers } from '@nats-io/transport-node';
import { SpanKind, trace } from '@opentelemetry/api';
import type { EventBus } from './nats-connection';
import { markFailed, messagingTracer, publishSpanAttributes, sendTraceContext, storedTraceContext } from './event-tracing';
import { eventSubject } from './streams';
import { OUTBOX_CHANNEL } from './outbox';

export interface OutboxRelayOptions {
  batchSize?: number;
  /** Safety-net polling interval: notifications wake the relay at once, polling catches anything missed. */
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
  /** Told the types of the events each batch published (for metrics). */
  onPublished?: (types: string[]) => void;
}

interface OutboxRow {
  position: string;
  id: string;
  type: string;
  payload: unknown;
  occurred_at: Date;
  trace_context: Record<string, string> | null;
}

export class OutboxRelay {
  private listener?: PoolClient;
  private timer?: NodeJS.Timeout;
  private running = false;
  private draining: Promise<void> = Promise.resolve();
  private wakeRequested = false;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
  }

  async start(): Promise<void> {
    this.running = true;
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    this.listener = await pool.connect();
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error) => this.options.onError?.(error));
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), this.pollIntervalMs);
    this.wake();
  }

  /**
   * Publishes everything pending now; resolves when the outbox is empty (used at shutdown and in
   * tests). Queued behind the passes a notification started, never beside them: two passes of one
   * relay at once would each lock part of the rows (SKIP LOCKED) and publish them out of order.
   */
  async flush(): Promise<void> {
    const flushed = this.draining.then(async () => {
      while ((await this.publishBatch()) > 0) {
        /* keep going until a batch comes back empty */
      }
    });
    this.draining = flushed.catch(() => undefined);
    await flushed;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await this.draining.catch(() => undefined);
    if (this.listener) {
      await this.listener.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
      this.listener.release();
      this.listener = undefined;
    }
  }

  private wake(): void {
    if (!this.running) return;
    if (this.wakeRequested) return;
    this.wakeRequested = true;
    this.draining = this.draining.then(async () => {
      this.wakeRequested = false;
      try {
        while (this.running && (await this.publishBatch()) === this.batchSize) {
          /* a full batch means there may be more */
        }
      } catch (error) {
        this.options.onError?.(error);
      }
    });
  }

  /** Publishes one batch; returns how many rows it published. */
  private async publishBatch(): Promise<number> {
    const published = await this.publishBatchInTransaction();
    if (published.length > 0) this.options.onPublished?.(published);
    return published.length;
  }

  /** The types of the events published, in order. */
  private async publishBatchInTransaction(): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      // SKIP LOCKED lets several replicas of a service relay side by side without waiting on each other.
      const rows: OutboxRow[] = await manager.query(
        `SELECT position, id, type, payload, occurred_at, trace_context FROM outbox_event
          WHERE published_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return [];
      // A failure mid-batch rolls the marks back; the rows already sent are re-sent next time
      // and dropped by the stream's de-duplication on their message id.
      // The publishes are pipelined: written in commit order on one connection (so the stream
      // stores them in that order), then their acknowledgements awaited together — one round
      // trip per batch instead of one per event.
      await Promise.all(rows.map((row) => this.publish(row)));
      await manager.query(`UPDATE outbox_event SET published_at = now() WHERE position = ANY($1::bigint[])`, [rows.map((r) => r.position)]);
      return rows.map((row) => row.type);
    });
  }

  /**
   * Publishes one row; a traced row in a producer span continuing the trace that recorded it,
   * whose context the message carries to the consumers.
   */
  private async publish(row: OutboxRow): Promise<void> {
    const subject = eventSubject(this.bus.prefix, row.type);
    const envelope = { id: row.id, type: row.type, occurredAt: new Date(row.occurred_at).toISOString(), payload: row.payload };
    const h = headers();
    h.set('Pn-Event-Type', row.type);
    const recordedIn = storedTraceContext(row.trace_context);
    if (!recordedIn) {
      await this.bus.js.publish(subject, JSON.stringify(envelope), { msgID: row.id, headers: h });
      return;
    }
    const span = messagingTracer().startSpan(`send ${subject}`, { kind: SpanKind.PRODUCER, attributes: publishSpanAttributes(subject, row.id) }, recordedIn);
    sendTraceContext(trace.setSpan(recordedIn, span), h);
    try {
      await this.bus.js.publish(subject, JSON.stringify(envelope), { msgID: row.id, headers: h });
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  }
}
