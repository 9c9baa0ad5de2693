// `npm run ops -- <subcommand>`: what an operator needs to see and do about messaging, against
// the same PostgreSQL and NATS the services use (DATABASE_URL, <SERVICE>_DATABASE_URL, NATS_URL,
// EVENT_PREFIX, as the services read them). docs/operations.md tells when to use each.
import { Client } from 'pg';
import {
  connectEventBus,
  countDeadLetters,
  listDeadLetters,
  outboxBacklog,
  PRODUCERS,
  replayDeadLetter,
  streamName,
  type DeadLetter,
  type EventBus,
  type OutboxBacklog,
} from '@pass-numerique/messaging';
import { serviceDatabaseUrl } from '@pass-numerique/service-kit';

export const OPS_USAGE = `usage: npm run ops -- <subcommand> [--json]
  status                          outbox backlog, consumers and dead letters of every service
  outbox                          events each service has committed and not yet published
  consumers                       each durable consumer's position: pending, awaiting ack, redelivered
  dead-letters [--consumer NAME] [--limit N]
                                  events a consumer could not apply, with the reason (no payloads)
  replay <sequence>... | --consumer NAME | --all
                                  send dead letters back to their subject (once the cause is fixed);
                                  consumers that had applied them skip them
environment: DATABASE_URL (or <SERVICE>_DATABASE_URL), NATS_URL, EVENT_PREFIX (default pn)`;

export type Env = Record<string, string | undefined>;

export interface ServiceOutbox extends Partial<OutboxBacklog> {
  service: string;
  /** Why the backlog could not be read (database missing, unreachable). */
  problem?: string;
}

export interface DurableState {
  consumer: string;
  eventType: string;
  stream: string;
  pending: number;
  ackPending: number;
  redelivered: number;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

export async function readOutboxes(env: Env): Promise<ServiceOutbox[]> {
  const server = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const outboxes: ServiceOutbox[] = [];
  for (const service of PRODUCERS) {
    const client = new Client({ connectionString: serviceDatabaseUrl(server, service, env[`${service.toUpperCase()}_DATABASE_URL`]), connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      outboxes.push({ service, ...(await outboxBacklog({ query: async (sql: string) => (await client.query(sql)).rows })) });
    } catch (error) {
      outboxes.push({ service, problem: (error as { code?: string }).code === '3D000' ? 'no database yet' : String((error as Error).message) });
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return outboxes;
}

/** Every durable consumer on the producers' streams, named `<consumer>--<event type>`. */
export async function readDurables(bus: EventBus): Promise<DurableState[]> {
  const states: DurableState[] = [];
  for (const producer of PRODUCERS) {
    const stream = streamName(bus.prefix, producer);
    let infos;
    try {
      infos = await bus.jsm.consumers.list(stream).next();
    } catch {
      continue; // the stream does not exist yet
    }
    for (const info of infos) {
      const [consumer, type] = info.name.split('--');
      states.push({
        consumer,
        eventType: (type ?? '').replace(/_/g, '.'),
        stream,
        pending: info.num_pending,
        ackPending: info.num_ack_pending,
        redelivered: info.num_redelivered,
      });
    }
  }
  return states.sort((a, b) => a.consumer.localeCompare(b.consumer) || a.eventType.localeCompare(b.eventType));
}

/** A dead letter as shown to an operator: where it comes from and why, never its payload. */
function withoutData(letter: DeadLetter): Omit<DeadLetter, 'data'> & { bytes: number } {
  const { data, ...rest } = letter;
  return { ...rest, bytes: Buffer.byteLength(data) };
}

function table(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '(none)';
  const columns = Object.keys(rows[0]);
  const cells = rows.map((row) => columns.map((c) => String(row[c] ?? '')));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [line(columns), ...cells.map(line)].join('\n');
}

/** Runs one subcommand; writes to `out`; returns the exit code. */
export async function runOps(args: string[], env: Env, out: (text: string) => void): Promise<number> {
  const [subcommand, ...rest] = args;
  const json = rest.includes('--json');
  const show = (title: string, rows: Array<Record<string, unknown>>) => out(json ? JSON.stringify(rows) : `${title}\n${table(rows)}\n`);
  if (!subcommand || !['status', 'outbox', 'consumers', 'dead-letters', 'replay'].includes(subcommand)) {
    out(OPS_USAGE);
    return subcommand === undefined || subcommand === 'help' ? 0 : 2;
  }

  if (subcommand === 'outbox' || subcommand === 'status') {
    const outboxes = await readOutboxes(env);
    show(
      'Outbox (committed, not yet published)',
      outboxes.map((o) => ({ service: o.service, events: o.events ?? '', oldestAgeSeconds: o.oldestAgeSeconds === undefined ? '' : Math.round(o.oldestAgeSeconds), problem: o.problem ?? '' })),
    );
    if (subcommand === 'outbox') return 0;
  }

  const bus = await connectEventBus(env.NATS_URL ?? 'nats://127.0.0.1:4222', env.EVENT_PREFIX ?? 'pn', 'pn-ops');
  try {
    if (subcommand === 'consumers' || subcommand === 'status') {
      show('Consumers', (await readDurables(bus)) as unknown as Array<Record<string, unknown>>);
    }
    if (subcommand === 'status') {
      const counts = await countDeadLetters(bus).catch(() => ({}));
      show('Dead letters', Object.entries(counts).map(([consumer, count]) => ({ consumer, count })));
      return 0;
    }
    if (subcommand === 'dead-letters') {
      const consumer = option(rest, 'consumer');
      const limit = Number(option(rest, 'limit') ?? 100);
      const letters = (await listDeadLetters(bus, limit)).filter((l) => !consumer || l.consumer === consumer);
      show('Dead letters', letters.map(withoutData));
      return 0;
    }
    if (subcommand === 'replay') {
      const consumer = option(rest, 'consumer');
      let sequences = rest.filter((a) => /^\d+$/.test(a)).map(Number);
      if (consumer || rest.includes('--all')) {
        sequences = (await listDeadLetters(bus, 10_000)).filter((l) => rest.includes('--all') || l.consumer === consumer).map((l) => l.sequence);
      }
      if (sequences.length === 0) {
        out('nothing to replay: name dead-letter sequences, --consumer NAME or --all');
        return 2;
      }
      const failed: string[] = [];
      for (const sequence of sequences) {
        await replayDeadLetter(bus, sequence).catch((error) => failed.push(`${sequence}: ${(error as Error).message}`));
      }
      out(json ? JSON.stringify({ replayed: sequences.length - failed.length, failed }) : `replayed ${sequences.length - failed.length} dead letter(s)${failed.length ? `; failed: ${failed.join('; ')}` : ''}`);
      return failed.length ? 1 : 0;
    }
    return 0;
  } finally {
    await bus.nc.close();
  }
}

// Run as a bundled script (tools/platform/ops.mjs); imported by its test.
if (process.argv[1]?.endsWith('ops.js')) {
  runOps(process.argv.slice(2), process.env, (text) => process.stdout.write(`${text}\n`)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`ops: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}
