// `npm run bench passes`: the passes service's benchmarks, each a ratio against a baseline
// measured in the same run (absolute figures on a shared machine mean little).
// BENCH_ONLY=issue,gateway narrows a run; see RESULTS.md for the figures.
import 'reflect-metadata';
import { IDENTITY_HEADER, openDatabase, signIdentity } from '@pass-numerique/service-kit';
import { deleteTestStreams, dropDatabase, identityOf, personToken, testDatabaseUrl, testEventPrefix, testPeopleKeys, testServiceConfig, TEST_IDENTITY_SECRET } from '@pass-numerique/testing';
import { passCodeKey, passesSubgraph } from '@pass-numerique/passes-service';
import { benchIssue } from './issue-passes.bench';
import { runBenchmark, subgraphUrlsFor } from '../harness';
import { runChildRole, startChild } from './bench-processes';
import { benchFunnelOfFrance, benchRedemptions, benchTrivialQuery, doubleRedemptions, FUNNEL_COLUMNS_QUERY, FUNNEL_ROWS_QUERY } from './gateway-load.bench';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function issueBench(): Promise<void> {
  const definition = passesSubgraph({ internalIdentitySecret: TEST_IDENTITY_SECRET });
  const url = testDatabaseUrl('bench_passes_issue');
  const dataSource = await openDatabase({ url, entities: definition.entities, migrations: definition.migrations });
  try {
    const passCount = Number(process.env.BENCH_PASSES ?? 1_000_000);
    const results = await benchIssue(dataSource, url, passCount, Number(process.env.BENCH_ROUNDS ?? 3));
    console.log(`issue ${passCount.toLocaleString('en')} passes (booklets of 10), service path vs raw COPY of the same pass rows:`);
    for (const r of results) {
      console.log(`  service ${r.serviceMs.toFixed(0)} ms (${Math.round((r.passes / r.serviceMs) * 1000).toLocaleString('en')} passes/s) · COPY ${r.copyMs.toFixed(0)} ms (${Math.round((r.passes / r.copyMs) * 1000).toLocaleString('en')} rows/s) · ratio ${(r.copyMs / r.serviceMs).toFixed(2)}× of COPY's rate`);
    }
    const ratios = results.map((r) => r.copyMs / r.serviceMs).sort((a, b) => a - b);
    console.log(`  median ratio: ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}× (goal ≥ 0.50×)`);
  } finally {
    await dataSource.destroy();
    await dropDatabase(url);
  }
}

async function gatewayBench(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const config = { ...testServiceConfig('passes', { eventPrefix: testEventPrefix(), logLevel: 'error' }), loadDemoData: false };
  const passes = await startChild('passes', { config });
  let gateway: Awaited<ReturnType<typeof startChild>> | undefined;
  try {
    gateway = await startChild('gateway', {
      root: process.cwd(),
      jwks: (await testPeopleKeys()).jwks,
      subgraphUrls: subgraphUrlsFor({ passes: passes.ready.url }),
    });
    const gatewayUrl = gateway.ready.url as string;

    const passCount = Number(process.env.BENCH_REDEEMABLE ?? 12_000);
    const seeded = await passes.request<{ programmeId: string; placeId: string; placeOrganisationId: string; passNumbers: string[] }>({ type: 'seed-passes', count: passCount });
    const manager = await personToken({ role: 'programme_manager', programmeId: seeded.programmeId, subject: 'bench-manager' });
    // Alternating rounds (trivial, redemptions, trivial, …) so that the shared machine's load weighs
    // on both alike; each round redeems its own share of the seeded passes.
    const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
    const share = Math.floor(seeded.passNumbers.length / rounds);
    const measured: Array<{ trivial: Awaited<ReturnType<typeof benchTrivialQuery>>; redeem: Awaited<ReturnType<typeof benchRedemptions>> }> = [];
    for (let round = 0; round < rounds; round++) {
      const trivial = await benchTrivialQuery(gatewayUrl, seeded.programmeId, manager, seconds);
      const redeem = await benchRedemptions(gatewayUrl, { ...seeded, passNumbers: seeded.passNumbers.slice(round * share, (round + 1) * share) }, passCodeKey(config), seconds);
      measured.push({ trivial, redeem });
    }
    const { redemptions, doubles } = await doubleRedemptions(passes);
    console.log(`redemption through the gateway, 50 concurrent clients, ${rounds} alternating rounds of ${seconds} s each, same run:`);
    for (const [round, { trivial, redeem }] of measured.entries()) {
      console.log(`  round ${round + 1}: trivial query (programmePasses → passes subgraph) ${trivial.requestsPerSecond.toFixed(0)} req/s, p50 ${trivial.p50} ms, p99 ${trivial.p99} ms (${trivial.failed} failed)`);
      console.log(`           redeemPass, a distinct pass per request: ${redeem.requestsPerSecond.toFixed(0)} req/s, p50 ${redeem.p50} ms, p99 ${redeem.p99} ms; ${redeem.ok} redeemed, ${redeem.failed} refused${redeem.passesLeft === 0 ? ' (ran out of seeded passes)' : ''}; ratio ${(redeem.requestsPerSecond / trivial.requestsPerSecond).toFixed(2)}×`);
    }
    const ratios = measured.map((m) => m.redeem.requestsPerSecond / m.trivial.requestsPerSecond).sort((a, b) => a - b);
    console.log(`  median ratio ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}× the trivial query's throughput (goal ≥ 0.50×); redemptions in the database ${redemptions}, double redemptions ${doubles} (goal 0)`);

    const funnelPasses = Number(process.env.BENCH_FUNNEL_PASSES ?? 10_000_000);
    const france = await passes.request<{ programmeId: string; communes: number; rows: number }>({ type: 'seed-funnel', passes: funnelPasses });
    const times = Number(process.env.BENCH_FUNNEL_TIMES ?? 40);
    const direct = async () => ({ [IDENTITY_HEADER]: await signIdentity(identityOf({ role: 'programme_manager', programmeId: france.programmeId, subject: 'bench' }), TEST_IDENTITY_SECRET) });
    const viaGateway = async () => ({ authorization: `Bearer ${await personToken({ role: 'programme_manager', programmeId: france.programmeId, subject: 'bench-manager' })}` });
    const shapes = [
      { name: 'funnelColumns (one list per stage)', query: FUNNEL_COLUMNS_QUERY, variables: { id: france.programmeId }, rowsOf: (d: any) => d.programmePasses.funnelColumns.keys.length },
      { name: 'funnelBreakdown (one object per commune, first: 40000)', query: FUNNEL_ROWS_QUERY, variables: { id: france.programmeId, first: 40_000 }, rowsOf: (d: any) => d.programmePasses.funnelBreakdown.nodes.length },
    ];
    console.log(`funnel of every commune of France (${funnelPasses.toLocaleString('en')} passes in the read model, ${france.rows.toLocaleString('en')} counter rows), one request at a time, ${times} requests each:`);
    for (const shape of shapes) {
      for (const [where, url, headers] of [['gateway', gatewayUrl, viaGateway], ['subgraph', passes.ready.url, direct]] as const) {
        const r = await benchFunnelOfFrance(url, shape.query, shape.variables, headers, times, shape.rowsOf);
        console.log(`  ${shape.name} via ${where}: ${r.rows.toLocaleString('en')} communes, ${(r.bytes / 1e6).toFixed(1)} MB; p50 ${percentile(r.latencies, 50).toFixed(0)} ms, p95 ${percentile(r.latencies, 95).toFixed(0)} ms (goal < 500 ms)`);
      }
    }
  } finally {
    await gateway?.stop();
    await passes.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  }
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',');
  const wants = (name: string) => !only || only.includes(name);
  if (wants('issue')) await issueBench();
  if (wants('gateway')) await gatewayBench();
}

if (!runChildRole()) runBenchmark(main);
