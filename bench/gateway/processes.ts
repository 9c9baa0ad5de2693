// The benchmark's processes: each subgraph and each gateway runs in a child process of its own
// (the same bundled file started with a role), so that the load generator, the gateway and the
// subgraphs never share an event loop. Every child answers `cpu` with its own process.cpuUsage():
// the gateway's CPU time per request is measured by the gateway process itself.
import { writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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

/** Starts this same file as a child with a role. */
export async function startChild(role: Role, init: Record<string, unknown>): Promise<Child> {
  // As the platform runs in production (Dockerfile): graphql-js skips its development checks.
  const child = await forkRole(role, init, { env: { ...process.env, NODE_ENV: 'production' } });
  return { ...child, url: child.ready.url, cpuMicros: async () => (await child.request<{ micros: number }>({ type: 'cpu' })).micros };
}

/** Profiles the child's CPU while `work` runs (not its start-up), into `file`. */
export async function profiled<T>(child: Child, file: string, work: () => Promise<T>): Promise<T> {
  await child.request({ type: 'profile-start' });
  try {
    return await work();
  } finally {
    await child.request({ type: 'profile-stop', file });
  }
}

/** What a child does, by role. Returns true when this process is a child. */
export function runChildRole(): boolean {
  const role = process.argv.find((a) => a.startsWith('--role='))?.slice(7) as Role | undefined;
  if (!role) return false;
  let stop: (() => Promise<void>) | undefined;
  let inspector: Session | undefined;
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
      } else if (m.type === 'profile-start') {
        inspector = new Session();
        inspector.connect();
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.start');
        reply({});
      } else if (m.type === 'profile-stop' && inspector) {
        const { profile } = await inspector.post('Profiler.stop');
        inspector.disconnect();
        mkdirSync((m.file as string).replace(/\/[^/]*$/, ''), { recursive: true });
        writeFileSync(m.file as string, JSON.stringify(profile));
        reply({});
      } else if (m.type === 'stop') {
        await stop?.();
        reply({});
        setImmediate(() => process.exit(0));
      }
    } catch (error) {
      reply({ error: (error as Error).stack ?? String(error) });
    }
  });
  return true;
}
