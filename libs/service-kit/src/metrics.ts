// Prometheus metrics (prom-client), one registry per service so that several services in one
// process (tests, benchmarks) keep theirs apart. What each metric means and the alert it
// deserves: docs/operations.md.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Distinct operation names kept as labels; past it, `(other)`: a client names its operations, and must not grow the series without end. */
const MAX_OPERATION_NAMES = 200;
/** A value read at scrape time (a database count, JetStream's state) that takes longer is left out of that scrape. */
const SCRAPE_READ_TIMEOUT_MS = 2_000;

export interface ServiceMetricsOptions {
  /** Node.js process metrics (CPU, memory, event-loop lag, GC); on by default. */
  processMetrics?: boolean;
}

type Sample<L extends string> = { labels?: Partial<Record<L, string>>; value: number };

// Node.js's own metrics describe the process, not a service: collected once per process (their
// observers are never released), and appended to the /metrics of every service it runs.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly requestErrors: Counter<'operation' | 'code'>;
  private readonly requestDuration: Histogram<'operation'>;
  private readonly jobLastSuccess: Gauge<'job'>;
  private readonly jobFailures: Counter<'job'>;
  private readonly eventsConsumed: Counter<'event_type' | 'outcome'>;
  private readonly eventsPublished: Counter<'event_type'>;
  private readonly withProcessMetrics: boolean;
  private readonly factCounters = new Map<string, Counter>();

  constructor(
    readonly service: string,
    options: ServiceMetricsOptions = {},
  ) {
    this.registry.setDefaultLabels({ service });
    this.withProcessMetrics = options.processMetrics ?? true;
    const registers = [this.registry];
    this.requests = new Counter({ name: 'pn_graphql_requests_total', help: 'GraphQL operations answered, by operation name and outcome (ok, error)', labelNames: ['operation', 'outcome'], registers });
    this.requestErrors = new Counter({ name: 'pn_graphql_errors_total', help: 'Errors in GraphQL answers, by operation name and error code', labelNames: ['operation', 'code'], registers });
    this.requestDuration = new Histogram({
      name: 'pn_graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.jobLastSuccess = new Gauge({ name: 'pn_job_last_success_timestamp_seconds', help: 'When a scheduled job last finished without error (Unix time)', labelNames: ['job'], registers });
    this.jobFailures = new Counter({ name: 'pn_job_failures_total', help: 'Runs of a scheduled job that failed', labelNames: ['job'], registers });
    this.eventsConsumed = new Counter({
      name: 'pn_events_consumed_total',
      help: 'Deliveries handled by this service’s consumers, by event type and outcome (applied, duplicate, retry, dead-lettered)',
      labelNames: ['event_type', 'outcome'],
      registers,
    });
    this.eventsPublished = new Counter({ name: 'pn_outbox_published_total', help: 'Events the outbox relay published to JetStream, by event type', labelNames: ['event_type'], registers });
  }

  /** The label for an operation name, bounded in number. */
  operationLabel(name: string | null | undefined): string {
    const label = name ? name.slice(0, 100) : '(anonymous)';
    if (this.operationNames.has(label)) return label;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(label);
    return label;
  }

  operationAnswered(operation: string, seconds: number, errorCodes: string[]): void {
    this.requests.inc({ operation, outcome: errorCodes.length > 0 ? 'error' : 'ok' });
    this.requestDuration.observe({ operation }, seconds);
    for (const code of new Set(errorCodes)) this.requestErrors.inc({ operation, code });
  }

  jobSucceeded(job: string, at: Date = new Date()): void {
    this.jobLastSuccess.set({ job }, at.getTime() / 1000);
  }

  jobFailed(job: string): void {
    this.jobFailures.inc({ job });
  }

  eventConsumed(eventType: string, outcome: string): void {
    this.eventsConsumed.inc({ event_type: eventType, outcome });
  }

  outboxPublished(types: string[]): void {
    for (const type of types) {
      this.eventsPublished.inc({ event_type: type });
      this.factCounters.get(type)?.inc();
    }
  }

  /**
   * A counter of business facts (redemptions, hand-outs) counted as their events leave the outbox:
   * each fact committed is counted once, by the replica that publishes it, and a rolled-back one
   * never.
   */
  countEvents(eventType: string, name: string, help: string): void {
    this.factCounters.set(eventType, this.counter(name, help));
  }

  /** A counter of this service's own (webhook deliveries, refusals …). */
  counter<L extends string = never>(name: string, help: string, labelNames: L[] = []): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A gauge of this service's own, set as things happen. */
  gauge<L extends string = never>(name: string, help: string, labelNames: L[] = []): Gauge<L> {
    return new Gauge({ name, help, labelNames, registers: [this.registry] });
  }

  /**
   * A gauge read when Prometheus scrapes (a database count, JetStream's state). A read that fails
   * or is slow leaves the gauge out of that scrape rather than failing the whole scrape: alert on
   * its absence.
   */
  observe<L extends string = never>(name: string, help: string, labelNames: L[], read: () => Promise<number | Array<Sample<L>>>): void {
    new Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        const samples = await withTimeout(read(), SCRAPE_READ_TIMEOUT_MS).catch(() => undefined);
        if (samples === undefined) return;
        for (const sample of typeof samples === 'number' ? [{ value: samples }] : samples) {
          if (sample.labels) this.set(sample.labels as Partial<Record<L, string | number>>, sample.value);
          else this.set(sample.value);
        }
      },
    });
  }

  /** The text Prometheus scrapes. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    const own = await this.registry.metrics();
    return { contentType: this.registry.contentType, body: this.withProcessMetrics ? `${own}\n${await processMetrics().metrics()}` : own };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Counts, times and error codes of every GraphQL operation a server answers. */
export function graphqlMetricsPlugin<Context extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      const errorCodes: string[] = [];
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) errorCodes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        },
        async willSendResponse({ operation, operationName }) {
          // An operation that did not parse or validate has no trustworthy name.
          const label = operation ? metrics.operationLabel(operationName) : '(invalid)';
          metrics.operationAnswered(label, Number(process.hrtime.bigint() - started) / 1e9, errorCodes);
        },
      };
    },
  };
}

export interface RunningMetricsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * /metrics on a port of its own, for a process whose main port is public (the gateway): the
 * figures are for the operator's Prometheus, not for the Internet.
 */
export async function startMetricsServer(metrics: ServiceMetrics, host: string, port: number): Promise<RunningMetricsServer> {
  const server = http.createServer(async (req, res) => {
    if (new URL(req.url ?? '/', 'http://internal').pathname !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    try {
      const { contentType, body } = await metrics.exposition();
      res.writeHead(200, { 'content-type': contentType }).end(body);
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/metrics`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
