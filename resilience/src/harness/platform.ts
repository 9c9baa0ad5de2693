// The platform as it runs in production: the four services and the gateway as separate
// processes started from the built bundles (dist/, `npm run build`), each on its own throwaway
// database (pn_test_<run>_…) and all on one throwaway event prefix. A campaign can kill -9,
// freeze (SIGSTOP) and restart any of them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { connectEventBus, deleteStreams } from '@pass-numerique/messaging';
import { TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER, testEventPrefix, testInfrastructure, testPeopleKeys } from '@pass-numerique/testing';
import { Child, freePort, httpStatus, waitFor } from './child-process';
import { REPOSITORY_ROOT } from './own-infrastructure';

export const SERVICES = ['funding', 'passes', 'partners', 'territory'] as const;
export type ServiceName = (typeof SERVICES)[number];
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
  /** NATS URL; the test run's shared one by default. */
  natsUrl?: string;
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

export class Platform {
  readonly apps = {} as Record<AppName, Child>;
  readonly ports = {} as Record<AppName, number>;
  readonly databaseUrls = {} as Record<ServiceName, string>;
  readonly eventPrefix = testEventPrefix();
  readonly runId = testInfrastructure().runId;
  /** Apps we stopped, killed or froze on purpose: their absence is not a crash. */
  private readonly intended = new Set<AppName>();
  private constructor(private readonly options: Required<Pick<PlatformOptions, 'postgresUrl' | 'natsUrl'>> & PlatformOptions) {}

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

  private envOf(app: AppName): Record<string, string> {
    const common = {
      PATH: process.env.PATH ?? '',
      APOLLO_TELEMETRY_DISABLED: 'true',
      INTERNAL_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      LOG_LEVEL: this.options.logLevel ?? 'warn',
    };
    if (app === 'gateway') return common;
    const upper = app.toUpperCase();
    const demo = { funding: false, passes: false, partners: true, territory: false, ...this.options.demo };
    return {
      ...common,
      [`${upper}_DATABASE_URL`]: this.databaseUrls[app],
      [`${upper}_PORT`]: String(this.ports[app]),
      NATS_URL: this.options.natsUrl,
      EVENT_PREFIX: this.eventPrefix,
      LOAD_DEMO_DATA: String(demo[app]),
    };
  }

  private async launch(): Promise<void> {
    for (const app of APPS) this.ports[app] = await freePort();
    for (const service of SERVICES) this.databaseUrls[service] = this.databaseUrl(service);
    // Started together: each creates its own database and streams (both idempotent).
    for (const service of SERVICES) this.apps[service] = new Child(service, process.execPath, ['--enable-source-maps', bundleOf(service)], { cwd: REPOSITORY_ROOT, env: this.envOf(service) });
    await Promise.all(SERVICES.map((service) => this.waitReady(service, 120_000)));
    const { jwks } = await testPeopleKeys();
    const gatewayEnv = {
      ...this.envOf('gateway'),
      GATEWAY_PORT: String(this.ports.gateway),
      GATEWAY_MODE: 'production',
      ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${this.ports[s]}/graphql`])),
      SUBGRAPH_TIMEOUT_MS: String(this.options.subgraphTimeoutMs ?? 3_000),
      AUTH_ISSUER: TEST_TOKEN_ISSUER,
      AUTH_AUDIENCE: TEST_TOKEN_AUDIENCE,
      AUTH_JWKS: JSON.stringify(jwks),
      CREDENTIAL_CACHE_SECONDS: String(this.options.credentialCacheSeconds ?? 30),
      RATE_LIMIT_PER_MINUTE: String(this.options.rateLimitPerMinute ?? 1_000_000),
    };
    this.apps.gateway = new Child('gateway', process.execPath, ['--enable-source-maps', bundleOf('gateway')], { cwd: REPOSITORY_ROOT, env: gatewayEnv });
    await this.waitReady('gateway', 60_000);
  }

  /** Waits until the app answers /ready (services: database and NATS connected) or /health (gateway). */
  async waitReady(app: AppName, timeoutMs = 60_000): Promise<void> {
    const child = this.apps[app];
    const path = app === 'gateway' ? '/health' : '/ready';
    await waitFor(`${app} to be ready`, async () => (await httpStatus(`http://127.0.0.1:${this.ports[app]}${path}`)) === 200, {
      timeoutMs,
      intervalMs: 100,
      abandon: () => (child.running ? undefined : `it exited: ${child.describe()}`),
    });
  }

  /** kill -9. */
  async kill(app: AppName): Promise<void> {
    this.intended.add(app);
    await this.apps[app].kill();
  }

  /** Starts a killed or stopped app again on the same port and database, and waits until it is ready. */
  async restart(app: AppName): Promise<number> {
    const began = Date.now();
    this.apps[app].restart();
    await this.waitReady(app, 120_000);
    this.intended.delete(app);
    return Date.now() - began;
  }

  /** SIGSTOP: the process keeps its sockets open (connections are accepted by the kernel) but never answers. */
  freeze(app: AppName): void {
    this.intended.add(app);
    this.apps[app].signal('SIGSTOP');
  }

  thaw(app: AppName): void {
    this.apps[app].signal('SIGCONT');
    this.intended.delete(app);
  }

  /** Apps that exited although nobody stopped them, with their last lines. */
  crashes(): string[] {
    return APPS.filter((app) => this.apps[app] && !this.apps[app].running && !this.intended.has(app)).map((app) => this.apps[app].describe());
  }

  /** One GraphQL call through the gateway; network failures and timeouts come back as status 0. */
  async query<Data = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<GraphQLResult<Data>> {
    return postJson<Data>(this.gatewayUrl, JSON.stringify({ query, variables }), headers, timeoutMs);
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
    if (this.apps.gateway) await this.apps.gateway.stop('SIGTERM', 10_000);
    await Promise.all(SERVICES.filter((s) => this.apps[s]).map((s) => this.apps[s].stop('SIGTERM', 15_000)));
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
