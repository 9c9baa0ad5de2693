// The benchmark's processes: each subgraph and each gateway runs in a child process of its own
// (the same bundled file started with a role), so that the load generator, the gateway and the
// subgraphs never share an event loop. Every child answers `cpu` with its own process.cpuUsage():
// the gateway's CPU time per request is measured by the gateway process itself.
import { DEFAULT_LIMITS, startGateway } from '@pass-numerique/gateway';
import { startFundingService } from '@pass-numerique/funding-service';
import { startPassesService } from '@pass-numerique/passes-service';
import { startPartnersService } from '@pass-numerique/partners-service';
import { startTerritoryService } from '@pass-numerique/territory-service';
import { TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';
import { forkRole, type RoleMessage, type RoleProcess } from '../harness';

const STARTERS = { funding: startFundingService, passes: startPassesService, partners: startPartnersService, territory: startTerritoryService } as const;

export type SubgraphRole = keyof typeof STARTERS;
export type Role = SubgraphRole | 'gateway';

export interface Child extends RoleProcess<{ url: string }> {
  url: string;
  /** The child's CPU time (user + system) so far, in µs, as its own process.cpuUsage() says. */
  cpuMicros(): Promise<number>;
}

/** Starts this same file as a child with a role (BENCH_PROFILE=<role> writes its CPU profile). */
export async function startChild(role: Role, init: Record<string, unknown>, label: string = role): Promise<Child> {
  const profile = process.env.BENCH_PROFILE === label ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR ?? 'dist/bench/gateway/profiles'}`] : [];
  // As the platform runs in production (Dockerfile): graphql-js skips its development checks.
  const child = await forkRole(role, init, { execArgv: [...process.execArgv, ...profile], env: { ...process.env, NODE_ENV: 'production' } });
  return { ...child, url: child.ready.url, cpuMicros: async () => (await child.request<{ micros: number }>({ type: 'cpu' })).micros };
}

/** What a child does, by role. Returns true when this process is a child. */
export function runChildRole(): boolean {
  const role = process.argv.find((a) => a.startsWith('--role='))?.slice(7) as Role | undefined;
  if (!role) return false;
  let stop: (() => Promise<void>) | undefined;
  process.on('message', async (m: RoleMessage & { init?: Record<string, any> }) => {
    const reply = (body: Record<string, unknown>) => process.send!({ ...body, replyTo: m.id });
    try {
      if (m.type === 'start' && role in STARTERS) {
        const starter = STARTERS[role as SubgraphRole] as (config: any, options?: any) => Promise<any>;
        const running = await starter({ ...m.init!.config, loadDemoData: false }, role === 'passes' ? { expiryEveryMs: 0, funnelCompactionEveryMs: 0 } : undefined);
        stop = () => running.stop();
        reply({ url: running.url });
      } else if (m.type === 'start' && role === 'gateway') {
        const gateway = await startGateway({
          port: 0,
          host: '127.0.0.1',
          mode: 'production',
          subgraphUrls: m.init!.subgraphUrls,
          internalIdentitySecret: TEST_IDENTITY_SECRET,
          subgraphTimeoutMs: 30_000,
          trustedProxies: [],
          auth: { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: m.init!.jwks, credentialCacheSeconds: 60 },
          // One load generator is one caller: the per-caller rate limit would measure the limiter.
          limits: { ...DEFAULT_LIMITS, requestsPerMinute: 100_000_000 },
          logLevel: 'silent',
        });
        stop = () => gateway.stop();
        reply({ url: gateway.url });
      } else if (m.type === 'cpu') {
        const { user, system } = process.cpuUsage();
        reply({ micros: user + system });
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
