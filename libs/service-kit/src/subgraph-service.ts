// Every subgraph starts the same way: config → database (migrations) → messaging (streams,
// outbox relay, consumers) → GraphQL server behind the gateway's signed identity. A service
// declares what is its own; this file does the rest, so the four services cannot drift apart.
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { systemClock, type Clock } from '@pass-numerique/kernel';
import {
  connectEventBus,
  ensureStreams,
  EventConsumer,
  OutboxRelay,
  type EventBus,
  type Subscription,
} from '@pass-numerique/messaging';
import type { ServiceConfig } from './config';
import { DEMO_LOAD_LOCK_KEY, databaseAnswers, durabilityWarnings, openDatabase, underDatabaseLock, type DatabaseOptions } from './database';
import { createErrorFormatter } from './error-formatting';
import { HttpRefusal, refusalBody, sendJson, startHttpServer, type HttpRoute } from './http-server';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from './identity';
import { createLogger, type Logger } from './logger';
import { subgraphTypeDefs } from './shared-types';
import { graphqlMetricsPlugin, ServiceMetrics } from './metrics';
import { observeMessaging } from './messaging-metrics';
import { accessPolicyPlugin, guardFields, RequestAccess, type AccessPolicy, type Reach } from './authorisation';
import { auditPlugin, listAuditEntries, type AuditEntry } from './audit';
import { graphqlTracingPlugin, traceResolvers } from './graphql-tracing';
import type { Connection } from './pagination';

export interface ServiceDependencies {
  dataSource: DataSource;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
}

export interface SubgraphContext<Services, Loaders = unknown> {
  identity: Identity;
  services: Services;
  /** Per-request DataLoaders: batching lives for one request only, so no data leaks between callers. */
  loaders: Loaders;
  /** The request's tenant checks: what they vouched for goes into the audit trail. */
  access: RequestAccess;
  /**
   * How far the caller reaches through the field being resolved (its `info`) or the entity type
   * being resolved by reference (its name): see authorisation.ts.
   */
  reach(at: GraphQLResolveInfo | string): Reach;
  /** Reads this service's audit trail (for its `<service>AuditTrail` query), as far as the caller reaches. */
  auditTrail(args: { first?: number | null; after?: string | null }, reach: Reach): Promise<Connection<AuditEntry>>;
}

/**
 * The resolver map buildSubgraphSchema takes, read off its signature: @apollo/subgraph does not
 * export the type. Each service types its resolvers with the types generated from its schema.
 */
type SubgraphResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']>;

export interface SubgraphDefinition<Services, Loaders> {
  name: string;
  typeDefs: string;
  resolvers: SubgraphResolverMap;
  entities: DatabaseOptions['entities'];
  migrations: Function[];
  createServices(deps: ServiceDependencies): Services;
  createLoaders(services: Services): Loaders;
  /** Who may call each root field, resolve each entity and read each guarded field; anything it does not name is refused. */
  accessPolicy: AccessPolicy;
  /** Record every mutation in the service's audit_entry table (created by a migration calling createAuditTable). */
  audited?: boolean;
  /** The events this service consumes, with their handlers. */
  subscriptions?(services: Services): Subscription<any>[];
  /**
   * Runs once the database is migrated and the services built, before the service relays, consumes
   * or answers anything (territory imports the map of France here, so no client sees it empty).
   */
  beforeStart?(services: Services, deps: ServiceDependencies): Promise<void>;
  /** Background work beside the subgraph: started once it answers, each stopped before it stops (`demo`: the demo is loaded too). */
  jobs?(services: Services, deps: ServiceDependencies & { demo: boolean }): SubgraphJob[];
  /** The service's part of the demo, loaded idempotently after the jobs start when the configuration asks for it (LOAD_DEMO_DATA). */
  loadDemo?(services: Services, deps: ServiceDependencies): Promise<unknown>;
  /**
   * HTTP endpoints beside /graphql (partners' document uploads and downloads), reached through the
   * gateway: like /graphql, they answer 401 to a request the gateway has not signed.
   */
  httpRoutes?(services: Services, deps: ServiceDependencies): HttpRoute[];
  /** Registers the service's own metrics (read at scrape time or counted as things happen). */
  observe?(metrics: ServiceMetrics, deps: ServiceDependencies & { services: Services }): void;
}

/** A piece of background work: started once the subgraph answers; `stop` waits for a run in flight. */
export interface SubgraphJob {
  name: string;
  start(context: { logger: Logger; metrics: ServiceMetrics }): Promise<void> | void;
  stop(): Promise<void>;
}

/**
 * A job that runs an idempotent task every `everyMs` (never two at once; 0 means never). Each
 * run's outcome is counted (pn_job_last_success_timestamp_seconds, pn_job_failures_total) and a
 * failure logged; the next run retries.
 */
export function repeatEvery(name: string, everyMs: number, task: () => Promise<unknown>): SubgraphJob {
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<unknown> | undefined;
  return {
    name,
    start({ logger, metrics }) {
      if (everyMs <= 0) return;
      timer = setInterval(() => {
        if (inFlight) return;
        inFlight = task()
          .then(() => metrics.jobSucceeded(name))
          .catch((error) => {
            metrics.jobFailed(name);
            logger.warn(`${name} run failed; next run will retry`, { error: String(error) });
          })
          .finally(() => (inFlight = undefined));
      }, everyMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await inFlight;
    },
  };
}

export interface RunningSubgraph<Services> {
  name: string;
  url: string;
  port: number;
  services: Services;
  dataSource: DataSource;
  bus: EventBus;
  relay: OutboxRelay;
  consumer: EventConsumer;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  /** Node.js's process metrics appended to /metrics (default on; collected once per process however many services it runs). */
  processMetrics?: boolean;
}

export async function startSubgraph<Services, Loaders>(
  definition: SubgraphDefinition<Services, Loaders>,
  config: ServiceConfig & { loadDemoData?: boolean },
  options: StartOptions = {},
): Promise<RunningSubgraph<Services>> {
  const logger = options.logger ?? createLogger(definition.name, config.logLevel);
  const clock = options.clock ?? systemClock;
  const metrics = new ServiceMetrics(definition.name, { processMetrics: options.processMetrics });
  // Each part started is stopped in reverse order; the label makes a slow stop visible in the logs.
  const started: Array<[label: string, stop: () => Promise<void>]> = [];
  const stopStarted = async () => {
    for (const [label, stop] of started.reverse()) {
      await stop().catch((error) => logger.warn('stop failed', { part: label, error: String(error) }));
      logger.debug('stopped', { part: label });
    }
  };

  try {
    const dataSource = await openDatabase({ url: config.databaseUrl, entities: definition.entities, migrations: definition.migrations });
    started.push(['database', () => dataSource.destroy()]);
    for (const warning of await durabilityWarnings(dataSource)) logger.warn(warning);

    const bus = await connectEventBus(config.natsUrl, config.eventPrefix, `${definition.name}-service`);
    started.push(['nats', () => bus.nc.drain()]);
    await ensureStreams(bus, { replicas: config.streamReplicas });

    const deps: ServiceDependencies = { dataSource, bus, clock, logger };
    const services = definition.createServices(deps);
    definition.observe?.(metrics, { ...deps, services });
    await definition.beforeStart?.(services, deps);

    const relay = new OutboxRelay(dataSource, bus, {
      onError: (error) => logger.warn('outbox relay failed; will retry', { error: String(error) }),
      onPublished: (types) => metrics.outboxPublished(types),
    });
    await relay.start();
    started.push([
      'outbox relay',
      async () => {
        await relay.flush().catch(() => undefined);
        await relay.stop();
      },
    ]);

    const consumer = new EventConsumer(definition.name, dataSource, bus, definition.subscriptions?.(services) ?? [], {
      onError: (error, at) => logger.warn('event not applied', { ...at, error: String(error) }),
      onOutcome: (type, outcome) => metrics.eventConsumed(type, outcome),
    });
    await consumer.start();
    started.push(['consumers', () => consumer.stop()]);
    observeMessaging(metrics, { dataSource, bus, consumer, consumerName: definition.name });

    const apollo = new ApolloServer<SubgraphContext<Services, Loaders>>({
      schema: buildSubgraphSchema([{ typeDefs: parse(subgraphTypeDefs(definition.typeDefs)), resolvers: traceResolvers(guardFields(definition.resolvers, definition.accessPolicy)) }]),
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      // The process owns its signals (runProcess): Apollo's own handler would race the graceful stop.
      stopOnTerminationSignals: false,
      // No Apollo Studio here: no landing page fetched from a CDN, no inline traces for a cloud.
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        graphqlMetricsPlugin(metrics),
        graphqlTracingPlugin(),
        accessPolicyPlugin(definition.accessPolicy),
        ...(definition.audited ? [auditPlugin(dataSource, logger, () => clock.now())] : []),
      ],
    });
    await apollo.start();
    started.push(['graphql', () => apollo.stop()]);

    const signedByGateway = async (req: IncomingMessage) => {
      const header = req.headers[IDENTITY_HEADER];
      return verifyIdentity(Array.isArray(header) ? header[0] : header, config.internalIdentitySecret);
    };
    const unsigned = new HttpRefusal(401, 'UNAUTHENTICATED', 'subgraphs answer only requests signed by the gateway');
    const routes = (definition.httpRoutes?.(services, deps) ?? []).map(
      (route): HttpRoute => ({
        ...route,
        handle: async (req, res, rest) => ((await signedByGateway(req)) ? route.handle(req, res, rest) : sendJson(res, unsigned.status, refusalBody(unsigned))),
      }),
    );
    const http = await startHttpServer({
      apollo,
      host: config.host,
      port: config.port,
      routes,
      context: async (req) => {
        const identity = await signedByGateway(req);
        if (!identity) return unsigned;
        const access = new RequestAccess(identity, definition.accessPolicy);
        return {
          identity,
          services,
          loaders: definition.createLoaders(services),
          access,
          reach: (at: GraphQLResolveInfo | string) => access.reach(at),
          auditTrail: (args: { first?: number | null; after?: string | null }, reach: Reach) => listAuditEntries(dataSource, definition.name, args, reach),
        };
      },
      readiness: { database: () => databaseAnswers(dataSource), nats: () => !bus.nc.isClosed() },
      metrics: () => metrics.exposition(),
    });
    started.push(['http', () => http.close()]);
    logger.info('subgraph ready', { url: http.url });

    for (const job of definition.jobs?.(services, { ...deps, demo: Boolean(config.loadDemoData) }) ?? []) {
      await job.start({ logger, metrics });
      started.push([job.name, () => job.stop()]);
    }
    if (config.loadDemoData && definition.loadDemo) {
      const loadDemo = definition.loadDemo;
      await underDatabaseLock(dataSource, DEMO_LOAD_LOCK_KEY, 600_000, 'demo loading', () => loadDemo(services, deps));
    }

    return {
      name: definition.name,
      url: http.url,
      port: http.port,
      services,
      dataSource,
      bus,
      relay,
      consumer,
      metrics,
      stop: stopStarted,
    };
  } catch (error) {
    await stopStarted();
    throw error;
  }
}
