// The benchmark's processes: each subgraph, our gateway and the peer gateway run in a child
// process of their own (the same bundled file started with a role), so that the load generator,
// the gateways and the subgraphs never share an event loop — as in production.
import { createServer, Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS, startGateway } from '@pass-numerique/gateway';
import { startFundingService } from '@pass-numerique/funding-service';
import { startPassesService } from '@pass-numerique/passes-service';
import { startPartnersService } from '@pass-numerique/partners-service';
import { startTerritoryService } from '@pass-numerique/territory-service';
import { IDENTITY_HEADER, signIdentity, type Identity } from '@pass-numerique/service-kit';
import { forkRole, type RoleMessage, type RoleProcess } from '../harness';
import { benchId } from './generate';
import { TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';

type Message = RoleMessage;

export interface Child extends RoleProcess<{ url: string }> {
  url: string;
}

/** The services this benchmark runs (each bundled with it), by the name the gateway knows them by. */
const STARTERS = { funding: startFundingService, passes: startPassesService, partners: startPartnersService, territory: startTerritoryService } as const;

export type Role = keyof typeof STARTERS | 'gateway' | 'hive';

/** Starts this same file as a child with a role; resolves once it reports its URL. */
export async function startChild(role: Role, init: Record<string, unknown>): Promise<Child> {
  // BENCH_PROFILE=gateway (or any role) writes that process's CPU profile to BENCH_PROFILE_DIR.
  const profile = process.env.BENCH_PROFILE === role ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR ?? 'dist/bench/analytics/profiles'}`] : [];
  // As the platform runs in production (Dockerfile): graphql-js skips its development checks.
  const child = await forkRole(role, init, { execArgv: [...process.execArgv, ...profile], env: { ...process.env, NODE_ENV: 'production' } });
  return { ...child, url: child.ready.url };
}

/** The committed supergraph, with each subgraph's URL set to where it runs in this benchmark. */
export function supergraphWithUrls(root: string, urls: Record<string, string>): string {
  let sdl = readFileSync(join(root, 'gateway', 'supergraph.graphql'), 'utf8');
  for (const [name, url] of Object.entries(urls)) {
    sdl = sdl.replace(new RegExp(`(${name.toUpperCase()} @join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  return sdl;
}

/** The identity the peer gateway presents to the subgraphs: a programme manager, as our gateway signs it for the benchmark's bearer token. */
export const BENCH_IDENTITY: Identity = { subject: 'bench-manager', grants: [{ role: 'programme_manager', programmeId: benchId('bench-programme-france') }], scopes: [] };

/** What a child does, by role. Returns true when this process is a child. */
export function runChildRole(): boolean {
  const role = process.argv.find((a) => a.startsWith('--role='))?.slice(7) as Role | undefined;
  if (!role) return false;
  let stop: (() => Promise<void>) | undefined;
  // HTTP requests this process has received: the peer comparison checks with it that both gateways
  // ask the subgraphs the same number of times (no de-duplication of identical calls).
  let received = 0;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
    if (event === 'request') received++;
    return (emit as (this: Server, event: string, ...rest: unknown[]) => boolean).call(this, event, ...args);
  } as typeof emit;
  let service: { dataSource: { query(sql: string, params?: unknown[]): Promise<unknown> } } | undefined;
  process.on('message', async (m: Message) => {
    const reply = (body: Record<string, unknown>) => process.send!({ ...body, replyTo: m.id });
    try {
      if (m.type === 'start' && role in STARTERS) {
        const init = m.init as { config: Record<string, unknown> };
        const starter = STARTERS[role as keyof typeof STARTERS] as (config: any, options?: any) => Promise<any>;
        const running = await starter({ ...init.config, loadDemoData: false }, role === 'passes' ? { expiryEveryMs: 0, funnelCompactionEveryMs: 0 } : undefined);
        service = running;
        stop = () => running.stop();
        reply({ url: running.url });
      } else if (m.type === 'start' && role === 'gateway') {
        const init = m.init as { root: string; subgraphUrls: Record<string, string>; jwks: unknown };
        const gateway = await startGateway(
          {
            port: 0,
            host: '127.0.0.1',
            mode: 'production',
            subgraphUrls: init.subgraphUrls as never,
            internalIdentitySecret: TEST_IDENTITY_SECRET,
            subgraphTimeoutMs: 30_000,
            trustedProxies: [],
            auth: { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: init.jwks as never, credentialCacheSeconds: 60 },
            // One load generator is one caller: the per-caller rate limit would measure the limiter.
            limits: { ...DEFAULT_LIMITS, requestsPerMinute: 100_000_000 },
            logLevel: 'silent',
          },
          { supergraph: supergraphWithUrls(init.root, init.subgraphUrls) },
        );
        stop = () => gateway.stop();
        reply({ url: gateway.url });
      } else if (m.type === 'start' && role === 'hive') {
        const init = m.init as { root: string; subgraphUrls: Record<string, string> };
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const hive = require('@graphql-hive/gateway-runtime') as typeof import('@graphql-hive/gateway-runtime');
        // Hive has no people's tokens to check: it presents one signed identity (renewed before its
        // 60 s lifetime ends) to every subgraph, as a static header would.
        let identity = await signIdentity(BENCH_IDENTITY, TEST_IDENTITY_SECRET);
        const renew = setInterval(async () => (identity = await signIdentity(BENCH_IDENTITY, TEST_IDENTITY_SECRET)), 20_000);
        renew.unref();
        const runtime = hive.createGatewayRuntime({
          supergraph: supergraphWithUrls(init.root, init.subgraphUrls),
          // The same upstream work as ours: no de-duplication of identical in-flight subgraph calls.
          transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
          plugins: () => [hive.usePropagateHeaders({ fromClientToSubgraphs: () => ({ [IDENTITY_HEADER]: identity }) })],
          logging: false,
          landingPage: false,
          graphiql: false,
        } as never);
        const server = createServer(runtime as never);
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const address = server.address() as { port: number };
        stop = async () => {
          clearInterval(renew);
          await new Promise((resolve) => server.close(resolve));
          await runtime.dispose?.();
        };
        reply({ url: `http://127.0.0.1:${address.port}/graphql` });
      } else if (m.type === 'usage-columns' && service) {
        // The read behind usageColumns alone (SQL, transfer and parsing, no GraphQL), timed here.
        const repository = (service as unknown as { services: { usageRepository: { columns(programmeId: string, by: string): Promise<{ keys: string[] }> } } }).services.usageRepository;
        const started = performance.now();
        const columns = await repository.columns(m.programmeId as string, m.by as string);
        reply({ ms: performance.now() - started, keys: columns.keys.length });
      } else if (m.type === 'compact-funnel' && service) {
        // The passes service's own job (every 10 minutes in production), run once here.
        const compaction = (service as unknown as { services: { funnelCompaction: { compactAll(): Promise<number> } } }).services.funnelCompaction;
        const started = performance.now();
        const removed = await compaction.compactAll();
        reply({ ms: performance.now() - started, removed });
      } else if (m.type === 'requests') {
        reply({ received });
      } else if (m.type === 'sql' && service) {
        reply({ rows: await service.dataSource.query(m.sql as string, (m.params as unknown[]) ?? []) });
      } else if (m.type === 'stop') {
        await stop?.();
        reply({});
        // A profiled process writes its profile on a normal exit only.
        setImmediate(() => process.exit(0));
      }
    } catch (error) {
      reply({ error: (error as Error).stack ?? String(error) });
    }
  });
  return true;
}
