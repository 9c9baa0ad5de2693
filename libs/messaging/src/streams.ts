// Stream layout: one stream per producing service (`<PREFIX>_<SERVICE>` on `<prefix>.<service>.>`)
// plus one dead-letter stream. The prefix keeps an installation's or a test run's events apart.
import { DiscardPolicy, RetentionPolicy, StorageType, type StreamConfig } from '@nats-io/jetstream';
import { TimeoutError } from '@nats-io/transport-node';
import type { EventType } from '@pass-numerique/event-contracts';
import { SERVICE_NAMES } from '@pass-numerique/platform-manifest';
import type { EventBus } from './nats-connection';

/** Every service of the platform writes events through its outbox: each has a stream. */
export const PRODUCERS = SERVICE_NAMES;
export type Producer = (typeof PRODUCERS)[number];

const NANOS_PER_MS = 1_000_000;
/** Re-publishing an event id within this window is dropped by JetStream (the relay's crash-retry case). */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

export function streamName(prefix: string, producer: string): string {
  return `${prefix}_${producer}`.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
}
export function deadLetterStreamName(prefix: string): string {
  return streamName(prefix, 'dead_letters');
}
export function eventSubject(prefix: string, type: EventType | string): string {
  return `${prefix}.${type}`;
}
export function deadLetterSubject(prefix: string, consumer: string, type: string): string {
  return `${prefix}.dead-letter.${consumer}.${type}`;
}

export interface StreamOptions {
  /**
   * Copies of each stream kept by a NATS cluster: 3 in production (a message is acknowledged
   * once two servers hold it, and one server may be lost), 1 on a single server (development,
   * tests). EVENT_STREAM_REPLICAS in each service's environment; see docs/durability.md.
   */
  replicas?: number;
}

function durableConfig(name: string, subjects: string[], { replicas = 1 }: StreamOptions = {}): Partial<StreamConfig> & { name: string } {
  return {
    name,
    subjects,
    // File storage: events are the only copy of a fact in flight between two databases.
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    discard: DiscardPolicy.Old,
    duplicate_window: DUPLICATE_WINDOW_MS * NANOS_PER_MS,
    num_replicas: replicas,
  };
}

/** Creates (or brings up to date) every stream of the catalogue. Idempotent; every service calls it at start. */
export async function ensureStreams(bus: EventBus, options: StreamOptions = {}): Promise<void> {
  const wanted = [
    ...PRODUCERS.map((p) => durableConfig(streamName(bus.prefix, p), [`${bus.prefix}.${p}.>`], options)),
    durableConfig(deadLetterStreamName(bus.prefix), [`${bus.prefix}.dead-letter.>`], options),
  ];
  for (const config of wanted) {
    // A stream with copies on several servers, created by several replicas at once on a fresh
    // cluster, may be answered only after the request's timeout (nats-server 2.9): the stream is
    // being created, so ask again rather than stop the service.
    for (let attempt = 1; ; attempt++) {
      try {
        await ensureStream(bus, config);
        break;
      } catch (error) {
        if (!(error instanceof TimeoutError) || attempt === STREAM_CREATION_ATTEMPTS) throw error;
      }
    }
  }
}

const STREAM_CREATION_ATTEMPTS = 6;

async function ensureStream(bus: EventBus, config: ReturnType<typeof durableConfig>): Promise<void> {
  try {
    await bus.jsm.streams.info(config.name);
    await bus.jsm.streams.update(config.name, config);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await bus.jsm.streams.add(config);
  }
}

/** Removes every stream of a prefix (test clean-up). */
export async function deleteStreams(bus: EventBus): Promise<void> {
  for (const name of [...PRODUCERS.map((p) => streamName(bus.prefix, p)), deadLetterStreamName(bus.prefix)]) {
    try {
      await bus.jsm.streams.delete(name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

export function isNotFound(error: unknown): boolean {
  const e = error as { code?: string | number; api_error?: { err_code?: number }; message?: string };
  return e?.api_error?.err_code === 10059 || e?.api_error?.err_code === 10014 || /not found/i.test(e?.message ?? '');
}
