// The platform as it runs in production: the four services and the gateway as separate
// processes started from the built bundles (dist/, `npm run build`), each service on its own
// throwaway database (pn_test_<run>_…) and all on one throwaway event prefix. A campaign can
// kill -9, freeze (SIGSTOP) and restart any of them. With `replicas` and `gateways`, each app
// runs several times (the replicas of a service on one database) behind a round-robin front,
// as behind a Kubernetes Service: the gateways call the services' fronts, clients the gateways'.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { connectEventBus, deleteStreams } from '@pass-numerique/messaging';
import { PLATFORM_SERVICES, SERVICE_NAMES } from '@pass-numerique/platform-manifest';
import { TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER, testEventPrefix, testInfrastructure, testPeopleKeys } from '@pass-numerique/testing';
import { Child, freePort, httpStatus, lostItsPort, onFreshPorts, waitFor } from './child-process';
import { REPOSITORY_ROOT } from './own-infrastructure';
import { RoundRobinFront } from './round-robin-front';

export const SERVICES = SERVICE_NAMES;
export type ServiceName = string;
export type AppName = ServiceName | 'gateway';
export const APPS: AppName[] = [...SERVICES, 'gateway'];

/** RESILIENCE_DIST_DIR runs other bundles than dist/ (an older build, to show that a campaign fails without a fix). */
const distDir = process.env.RESILIENCE_DIST_DIR ?? join(REPOSITORY_ROOT, 'dist');
const bundleOf = (app: AppName) => join(distDir, app === 'gateway' ? 'gateway' : join('services', app), 'main.js');

export interface PlatformOptions {
  /** Short name in the databases' names (letters and digits). */
  label: string;
  /** PostgreSQL server URL; the test run's shared one by default. */
  postgresUrl?: string;
  /** NATS URL (a comma-separated list for a cluster); the test run's shared one by default. */
  natsUrl?: string;
  /** Copies of each event stream (EVENT_STREAM_REPLICAS): 3 on a three-server cluster. */
  streamReplicas?: number;
  /** Processes of each service, on one database (1 by default). */
  replicas?: number;
  /** Gateway processes (1 by default); with several, they share rate-limit counters through `redisUrl`. */
  gateways?: number;
  /** Redis for the gateways' rate-limit counters (REDIS_URL); memory when unset. */
  redisUrl?: string;
  /** Which services load their part of the demo programme (partners' places and distributors by default). */
  demo?: Partial<Record<ServiceName, boolean>>;
  subgraphTimeoutMs?: number;
  rateLimitPerMinute?: number;
  credentialCacheSeconds?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface GraphQLResult<Data = any> {
  /** HTTP status; 0 when no answer came (connection refused, reset, timeout). */
  status: number;
  data?: Data;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  /** Why no answer came, when status is 0. */
  networkError?: string;
  elapsedMs: number;
}

/** One process of an app: its run and its port. */
export interface Replica {
  child: Child;
  port: number;
}

export class Platform {
  /** Every process of each app, first replica first. */
  readonly replicas = {} as Record<AppName, Replica[]>;
  /** The round-robin front of each app that runs more than once. */
  readonly fronts: Partial<Record<AppName, RoundRobinFront>> = {};
  readonly databaseUrls = {} as Record<ServiceName, string>;
  readonly eventPrefix = testEventPrefix();
  readonly runId = testInfrastructure().runId;
  /** Gateways' rate-limit keys in a Redis other runs share. */
  readonly rateLimitKeyPrefix = `resilience:${randomBytes(4).toString('hex')}`;
  /** Processes we stopped, killed or froze on purpose (app#replica): their absence is not a crash. */
  private readonly intended = new Set<string>();
  /** The variables each process (app#replica) was started with beyond its app's own. */
  private readonly extraEnvs = new Map<string, Record<string, string>>();
  private constructor(private readonly options: Required<Pick<PlatformOptions, 'postgresUrl' | 'natsUrl'>> & PlatformOptions) {}

  /** Each app's first (or only) process. */
  get apps(): Record<AppName, Child> {
    return Object.fromEntries(APPS.filter((app) => this.replicas[app]).map((app) => [app, this.replicas[app][0].child])) as Record<AppName, Child>;
  }

  /** Where each app answers: its front when it has several processes, its process otherwise. */
  get ports(): Record<AppName, number> {
    return Object.fromEntries(APPS.filter((app) => this.replicas[app]).map((app) => [app, this.fronts[app]?.port ?? this.replicas[app][0].port])) as Record<AppName, number>;
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}/graphql`;
  }

  get natsUrl(): string {
    return this.options.natsUrl;
  }

  static async start(options: PlatformOptions): Promise<Platform> {
    for (const app of APPS) {
      if (!existsSync(bundleOf(app))) throw new Error(`${bundleOf(app)} is missing: run npm run build (npm test builds first)`);
    }
    const infra = testInfrastructure();
    const platform = new Platform({ ...options, postgresUrl: options.postgresUrl ?? infra.databaseUrl, natsUrl: options.natsUrl ?? infra.natsUrl });
    try {
      await platform.launch();
    } catch (error) {
      await platform.stop();
      throw error;
    }
    return platform;
  }

  private databaseUrl(service: ServiceName): string {
    const url = new URL(this.options.postgresUrl);
    url.pathname = `/pn_test_${this.runId}_${this.options.label}_${service}_${randomBytes(3).toString('hex')}`.toLowerCase();
    return url.toString();
  }

  private envOf(app: AppName, port: number): Record<string, string> {
    const common = {
      PATH: process.env.PATH ?? '',
      APOLLO_TELEMETRY_DISABLED: 'true',
      INTERNAL_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      LOG_LEVEL: this.options.logLevel ?? 'warn',
    };
    if (app === 'gateway') return { ...common, GATEWAY_PORT: String(port) };
    const upper = app.toUpperCase();
    const demo: Partial<Record<ServiceName, boolean>> = { partners: true, ...this.options.demo };
    return {
      ...common,
      [`${upper}_DATABASE_URL`]: this.databaseUrls[app],
      [`${upper}_PORT`]: String(port),
      NATS_URL: this.options.natsUrl,
      EVENT_PREFIX: this.eventPrefix,
      EVENT_STREAM_REPLICAS: String(this.options.streamReplicas ?? 1),
      // Every process asks, as every replica of a deployment would: the first to take the demo's
      // database lock loads it, the others find it there.
      LOAD_DEMO_DATA: String(demo[app] === true),
    };
  }

  /** Starts one more process of an app, on a port of its own. */
  private async spawn(app: AppName, extraEnv: Record<string, string> = {}): Promise<number> {
    const replicas = (this.replicas[app] ??= []);
    const replica = replicas.length;
    this.extraEnvs.set(`${app}#${replica}`, extraEnv);
    replicas.push(await this.processOf(app, replica));
    return replica;
  }

  private async processOf(app: AppName, replica: number): Promise<Replica> {
    const port = await freePort();
    const name = replica === 0 ? app : `${app}-${replica + 1}`;
    const env = { ...this.envOf(app, port), ...this.extraEnvs.get(`${app}#${replica}`) };
    return { port, child: new Child(name, process.execPath, ['--enable-source-maps', bundleOf(app)], { cwd: REPOSITORY_ROOT, env }) };
  }

  /** Waits for every process of an app at its first start; one whose port another process took meanwhile starts again on a new one. */
  private async firstReady(app: AppName): Promise<void> {
    await Promise.all(
      this.replicas[app].map((_, replica) =>
        onFreshPorts(async () => {
          try {
            await this.waitReady(app, 120_000, replica);
          } catch (error) {
            if (lostItsPort(error)) this.replicas[app][replica] = await this.processOf(app, replica);
            throw error;
          }
        }),
      ),
    );
  }

  /** A round-robin front before each app that runs several processes. */
  private async openFronts(apps: readonly AppName[]): Promise<void> {
    for (const app of apps) {
      if (this.replicas[app].length > 1) this.fronts[app] = await RoundRobinFront.start(this.replicas[app].map((replica) => replica.port));
    }
  }

  private async launch(): Promise<void> {
    for (const service of SERVICES) this.databaseUrls[service] = this.databaseUrl(service);
    // Every process of every service started at once, as a first deployment does: each creates
    // its database, migrates, brings the streams up to date and loads the demo, all under the
    // locks and retries that make that safe with replicas.
    for (let replica = 0; replica < (this.options.replicas ?? 1); replica++) for (const service of SERVICES) await this.spawn(service);
    await Promise.all(SERVICES.map((service) => this.firstReady(service)));
    await this.openFronts(SERVICES);
    const { jwks } = await testPeopleKeys();
    const gatewayEnv = {
      GATEWAY_MODE: 'production',
      ...Object.fromEntries(PLATFORM_SERVICES.map(({ name, urlVariable }) => [urlVariable, `http://127.0.0.1:${this.ports[name]}/graphql`])),
      SUBGRAPH_TIMEOUT_MS: String(this.options.subgraphTimeoutMs ?? 3_000),
      AUTH_ISSUER: TEST_TOKEN_ISSUER,
      AUTH_AUDIENCE: TEST_TOKEN_AUDIENCE,
      AUTH_JWKS: JSON.stringify(jwks),
      CREDENTIAL_CACHE_SECONDS: String(this.options.credentialCacheSeconds ?? 30),
      RATE_LIMIT_PER_MINUTE: String(this.options.rateLimitPerMinute ?? 1_000_000),
      ...(this.options.redisUrl ? { REDIS_URL: this.options.redisUrl, RATE_LIMIT_KEY_PREFIX: this.rateLimitKeyPrefix } : {}),
    };
    for (let replica = 0; replica < (this.options.gateways ?? 1); replica++) await this.spawn('gateway', gatewayEnv);
    await Promise.all(APPS.map((app) => this.firstReady(app)));
    await this.openFronts(['gateway']);
  }

  /**
   * Waits until the app answers /ready (services: database and NATS connected) or /health
   * (gateway): the given replica, or every one of them.
   */
  async waitReady(app: AppName, timeoutMs = 60_000, replica?: number): Promise<void> {
    const path = app === 'gateway' ? '/health' : '/ready';
    const which = replica === undefined ? this.replicas[app] : [this.replicas[app][replica]];
    await Promise.all(
      which.map(({ child, port }) =>
        waitFor(`${child.name} to be ready`, async () => (await httpStatus(`http://127.0.0.1:${port}${path}`)) === 200, {
          timeoutMs,
          intervalMs: 100,
          abandon: () => (child.running ? undefined : `it exited: ${child.describe()}`),
        }),
      ),
    );
  }

  /** kill -9 of one process of an app (its first by default). */
  async kill(app: AppName, replica = 0): Promise<void> {
    this.intended.add(`${app}#${replica}`);
    await this.replicas[app][replica].child.kill();
  }

  /** Starts a killed or stopped process again on the same port and database, and waits until it is ready. */
  async restart(app: AppName, replica = 0): Promise<number> {
    const began = Date.now();
    this.replicas[app][replica].child.restart();
    await this.waitReady(app, 120_000, replica);
    this.intended.delete(`${app}#${replica}`);
    return Date.now() - began;
  }

  /** SIGSTOP: the process keeps its sockets open (connections are accepted by the kernel) but never answers. */
  freeze(app: AppName, replica = 0): void {
    this.intended.add(`${app}#${replica}`);
    this.replicas[app][replica].child.signal('SIGSTOP');
  }

  thaw(app: AppName, replica = 0): void {
    this.replicas[app][replica].child.signal('SIGCONT');
    this.intended.delete(`${app}#${replica}`);
  }

  /** Processes that exited although nobody stopped them, with their last lines. */
  crashes(): string[] {
    return APPS.flatMap((app) =>
      (this.replicas[app] ?? []).filter(({ child }, i) => !child.running && !this.intended.has(`${app}#${i}`)).map(({ child }) => child.describe()),
    );
  }

  /** One GraphQL call through the gateway; network failures and timeouts come back as status 0. */
  async query<Data = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<GraphQLResult<Data>> {
    return { ...(await postJson<Data>(this.gatewayUrl, JSON.stringify({ query, variables }), headers, timeoutMs)), url: this.gatewayUrl };
  }

  /** A client on a service's own database (the source tables the checks recount). */
  async database(service: ServiceName): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrls[service], connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  /** Stops everything (gateway first, as in production), drops the databases and deletes the streams. */
  async stop(): Promise<void> {
    const stopAll = (app: AppName, graceMs: number) => Promise.all((this.replicas[app] ?? []).map(({ child }) => child.stop('SIGTERM', graceMs)));
    await stopAll('gateway', 10_000);
    await Promise.all(SERVICES.map((service) => stopAll(service, 15_000)));
    await Promise.all(Object.values(this.fronts).map((front) => front?.stop()));
    const admin = new URL(this.options.postgresUrl);
    admin.pathname = '/postgres';
    const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      for (const url of Object.values(this.databaseUrls)) {
        await client.query(`DROP DATABASE IF EXISTS "${decodeURIComponent(new URL(url).pathname.slice(1))}" WITH (FORCE)`);
      }
    } catch {
      // the test runner sweeps pn_test_<run>_* databases anyway
    } finally {
      await client.end().catch(() => undefined);
    }
    try {
      const bus = await connectEventBus(this.options.natsUrl, this.eventPrefix, 'resilience-cleanup');
      await deleteStreams(bus).finally(() => bus.nc.close());
    } catch {
      // swept by the runner too
    }
  }
}

/** POSTs a body to a GraphQL endpoint; never throws. */
export async function postJson<Data = any>(url: string, body: string | Buffer, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<GraphQLResult<Data>> {
  const began = Date.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: { data?: Data; errors?: GraphQLResult['errors'] } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { errors: [{ message: `(not JSON) ${text.slice(0, 200)}` }] };
    }
    return { status: response.status, data: parsed.data ?? undefined, errors: parsed.errors, elapsedMs: Date.now() - began };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, networkError: cause ?? (error as Error).name ?? String(error), elapsedMs: Date.now() - began };
  }
}

/** The first error's code, or OK. */
export function outcomeOf(result: GraphQLResult): string {
  if (result.status === 0) return `NETWORK:${result.networkError}`;
  const code = result.errors?.[0]?.extensions?.code;
  if (result.errors?.length) return typeof code === 'string' ? code : 'UNCODED';
  return 'OK';
}
