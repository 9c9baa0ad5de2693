// The benchmark's processes: the passes service and the gateway each run in a child process
// (the same bundled file, started with a role), so that the load generator, the gateway and the
// subgraph do not share one event loop — as in production, where they are separate processes.
import { ManualClock } from '@pass-numerique/kernel';
import { DEFAULT_LIMITS, composeSupergraph, startGateway } from '@pass-numerique/gateway';
import { startPassesService } from '@pass-numerique/passes-service';
import { TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER, testPeopleKeys, type testServiceConfig } from '@pass-numerique/testing';
import { forkRole, type RoleMessage, type RoleProcess } from '../harness';
import { seedRedeemablePasses, seedFunnelOfFrance } from './seed';

type Message = RoleMessage & { init?: Record<string, any> };

/** Starts this same file as a child with a role; resolves once it reports ready. */
export function startChild(role: 'passes' | 'gateway', init: Record<string, unknown>): Promise<RoleProcess<any>> {
  return forkRole<any>(role, init);
}

/** What a child does, by role. Returns true when this process is a child. */
export function runChildRole(): boolean {
  const role = process.argv.find((a) => a.startsWith('--role='))?.slice(7);
  if (!role) return false;
  let running: { stop(): Promise<void> } | undefined;
  let passes: Awaited<ReturnType<typeof startPassesService>> | undefined;
  process.on('message', async (m: Message) => {
    const reply = (body: Record<string, unknown>) => process.send!({ ...body, replyTo: m.id });
    try {
      if (m.type === 'start' && role === 'passes') {
        const config = m.init!.config as ReturnType<typeof testServiceConfig> & { loadDemoData: boolean };
        passes = await startPassesService(config, { clock: new ManualClock('2020-06-01T08:00:00Z'), expiryEveryMs: 0 });
        running = passes;
        reply({ url: passes.url });
      } else if (m.type === 'start' && role === 'gateway') {
        const composed = composeSupergraph(m.init!.root as string);
        if (!composed.ok) throw new Error(`supergraph does not compose: ${composed.errors.join('; ')}`);
        const gateway = await startGateway(
          {
            port: 0,
            host: '127.0.0.1',
            mode: 'production',
            subgraphUrls: m.init!.subgraphUrls as any,
            internalIdentitySecret: TEST_IDENTITY_SECRET,
            subgraphTimeoutMs: 10_000,
            trustedProxies: [],
            auth: { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: m.init!.jwks as any, credentialCacheSeconds: 60 },
            // The load generator is one client: per-caller rate limiting would measure the limiter.
            limits: { ...DEFAULT_LIMITS, requestsPerMinute: 100_000_000 },
            logLevel: 'silent',
          },
          { supergraph: composed.supergraphSdl },
        );
        running = gateway;
        reply({ url: gateway.url });
      } else if (m.type === 'seed-passes' && passes) {
        reply(await seedRedeemablePasses(passes, m.count as number));
      } else if (m.type === 'seed-funnel' && passes) {
        reply(await seedFunnelOfFrance(passes, m.passes as number));
      } else if (m.type === 'sql' && passes) {
        reply({ rows: await passes.dataSource.query(m.sql as string, (m.params as unknown[]) ?? []) });
      } else if (m.type === 'stop') {
        await running?.stop();
        reply({});
        process.exit(0);
      }
    } catch (error) {
      reply({ error: (error as Error).stack ?? String(error) });
    }
  });
  return true;
}

export { testPeopleKeys };
