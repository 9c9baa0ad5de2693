// The platform replicated as production runs it: two gateways behind a round-robin front, two
// processes of each service (sharing the service's database) behind theirs, a cluster of three
// NATS servers keeping every stream three times, the gateways' rate limits counted in one Redis.
// Under a steady load of hand-outs, redemptions, orders and dashboard reads, one process of each
// service and one gateway are killed (-9) at once; while they are down, the NATS server leading
// the passes stream is killed and restarted, then PostgreSQL. Afterwards nothing is lost or doubled, every read model equals its recount (in the
// databases and on the dashboard), a month's statements asked for on both replicas at once come
// out once, and one client's rate limit held across both gateways.
import { connectEventBus, deadLetterStreamName, PRODUCERS, streamName } from '@pass-numerique/messaging';
import { headersOf } from './harness/api';
import { sleep, waitFor } from './harness/child-process';
import { deadLetters } from './harness/dead-letters';
import { checkConfirmed, checkEverything, type CheckReport } from './harness/ledger-checks';
import { DASHBOARD, dashboardFigures, SteadyLoad } from './harness/load';
import { OwnNats, OwnPostgres, type OwnNatsCluster } from './harness/own-infrastructure';
import { APPS, outcomeOf, Platform } from './harness/platform';
import { profile } from './harness/profile';
import { Prng } from './harness/prng';
import { printReport, Tally } from './harness/report';
import { setUpScenario, type Scenario } from './harness/scenario';
import { statementsAtOnce } from './harness/statements';

const PROFILE = profile();
const REPLICAS = 2;
const GATEWAYS = 2;
const NATS_SERVERS = 3;
/** The gateway's default: well above the load's busiest client (the distributor), met by one client's flood. */
const RATE_LIMIT_PER_MINUTE = 1_200;
const REDIS_URL = process.env.PN_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe(`replicated platform under faults (${GATEWAYS} gateways, ${REPLICAS} × each service, ${NATS_SERVERS} NATS servers; ${PROFILE.name} profile, seed ${PROFILE.seed})`, () => {
  let postgres: OwnPostgres | undefined;
  let nats: OwnNatsCluster | undefined;
  let platform: Platform;
  let scenario: Scenario;
  const figures: Array<[string, string | number]> = [['profile, seed (RESILIENCE_SEED replays it)', `${PROFILE.name}, ${PROFILE.seed}`]];

  beforeAll(async () => {
    await Promise.all([OwnPostgres.start().then((p) => (postgres = p)), OwnNats.startCluster(NATS_SERVERS).then((n) => (nats = n))]);
    platform = await Platform.start({
      label: 'replicas',
      postgresUrl: postgres!.url,
      natsUrl: nats!.url,
      streamReplicas: NATS_SERVERS,
      replicas: REPLICAS,
      gateways: GATEWAYS,
      redisUrl: REDIS_URL,
      rateLimitPerMinute: RATE_LIMIT_PER_MINUTE,
      subgraphTimeoutMs: 5_000,
      credentialCacheSeconds: 1,
    });
    scenario = await setUpScenario(platform, { bookletCount: PROFILE.replicas.booklets, placeCount: 4, tokenSeconds: Math.ceil(PROFILE.timeoutMs / 1000) + 600 });
  }, PROFILE.name === 'long' ? 900_000 : 240_000);

  afterAll(async () => {
    printReport('replicas', figures);
    await platform?.stop();
    await Promise.all([nats?.destroy(), postgres?.destroy()]);
  }, 60_000);

  afterEach(() => {
    expect(platform?.crashes()).toEqual([]);
  });

  /** Each stream's leader and followers, by stream; the followers that have not caught up are named. */
  const streamPlacement = async () => {
    const bus = await connectEventBus(platform.natsUrl, platform.eventPrefix, 'resilience-placement');
    try {
      const placement: Array<{ stream: string; replicas: number; leader?: string; followers: string[]; behind: string[] }> = [];
      for (const stream of [...PRODUCERS.map((producer) => streamName(platform.eventPrefix, producer)), deadLetterStreamName(platform.eventPrefix)]) {
        const info = await bus.jsm.streams.info(stream);
        const followers = info.cluster?.replicas ?? [];
        placement.push({
          stream,
          replicas: info.config.num_replicas,
          leader: info.cluster?.leader,
          followers: followers.map((f) => f.name).sort(),
          behind: followers.filter((f) => !f.current || f.offline).map((f) => f.name),
        });
      }
      return placement;
    } finally {
      await bus.nc.close();
    }
  };

  /** Waits until every stream has a leader and two followers that are up to date. */
  const streamsWhole = () =>
    waitFor(
      'every stream to have its three copies up to date',
      async () => {
        const placement = await streamPlacement();
        return placement.every((p) => p.leader && p.followers.length === NATS_SERVERS - 1 && p.behind.length === 0) ? placement : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

  const settledChecks = async (timeoutMs = 60_000): Promise<CheckReport> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const report = await checkEverything(platform, [scenario.programmeId]);
      if (report.mismatches.length === 0 || Date.now() > deadline) return report;
      await sleep(1_000);
    }
  };

  it('keeps each stream on the three NATS servers: replicas 3, a leader and two followers up to date', async () => {
    const placement = await streamsWhole();
    expect(placement.map((p) => p.replicas)).toEqual(placement.map(() => NATS_SERVERS));
    figures.push(['streams (replicas, leader)', placement.map((p) => `${p.stream.slice(platform.eventPrefix.length + 1)} ${p.replicas} on ${p.leader}`).join(', ')]);
  });

  it('loses and doubles nothing while one replica of each app, a NATS server and PostgreSQL are killed (-9) under load', async () => {
    const rng = new Prng(PROFILE.seed);
    const load = new SteadyLoad(platform, scenario, rng.fork(), { workers: PROFILE.replicas.workers, orderEveryMs: 1_500, pauseMs: 50, dashboardEveryMs: 250 });
    const injected: string[] = [];
    const succeeded = () => load.figures.operations.filter((k) => k.endsWith(' OK'));
    /** Runs one fault and notes how long it took, how many client calls had to be made again meanwhile and how many succeeded. */
    const timed = async <T>(name: string, fault: () => Promise<T>): Promise<{ result: T; served: number }> => {
      const before = { ok: succeeded(), transient: load.figures.transient.total, at: Date.now() };
      const result = await fault();
      const served = succeeded() - before.ok;
      injected.push(`${name}: ${((Date.now() - before.at) / 1000).toFixed(1)} s, ${load.figures.transient.total - before.transient} retried, ${served} served`);
      return { result, served };
    };
    /** Operations that succeeded while one process of every app was down, round by round. */
    const servedByHalfThePlatform: number[] = [];

    load.start();
    try {
      await sleep(PROFILE.replicas.settleMs);
      for (let round = 0; round < PROFILE.replicas.rounds; round++) {
        // One process of every app at once (which one, from the seed): the others carry everything.
        const down = APPS.map((app) => ({ app, replica: rng.int(0, platform.replicas[app].length - 1) }));
        const { served } = await timed(`kill -9 of ${down.map(({ app, replica }) => `${app} #${replica + 1}`).join(', ')}`, async () => {
          await Promise.all(down.map(({ app, replica }) => platform.kill(app, replica)));
          await sleep(PROFILE.replicas.downtimeMs);
        });
        servedByHalfThePlatform.push(served);
        // The server leading the passes stream: the one whose loss makes the stream elect again.
        const leader = (await streamPlacement()).find((p) => p.stream === streamName(platform.eventPrefix, 'passes'))?.leader;
        const server = nats!.node(leader ?? nats!.nodes[0].serverName);
        await timed(`NATS ${server.serverName} (passes stream leader) kill -9, restart, streams whole again`, async () => {
          await server.crash();
          await sleep(PROFILE.replicas.downtimeMs);
          await server.restart();
          await streamsWhole();
        });
        await timed('PostgreSQL kill -9, restart, every process ready again', async () => {
          await postgres!.crash();
          await sleep(PROFILE.replicas.downtimeMs);
          await postgres!.restart();
          // Every process still up must come back by itself (database and NATS connected).
          await Promise.all(APPS.map((app) => Promise.all(platform.replicas[app].map((_, i) => (down.some((d) => d.app === app && d.replica === i) ? undefined : platform.waitReady(app, 60_000, i))))));
        });
        await timed('killed processes restarted', () => Promise.all(down.map(({ app, replica }) => platform.restart(app, replica))));
        expect(platform.crashes()).toEqual([]);
        await sleep(PROFILE.replicas.settleMs);
      }
    } finally {
      await load.stop();
    }
    const { unexpected } = load.figures;
    figures.push(
      ...load.reportRows(),
      ['faults (time, client calls made again, operations served meanwhile)', injected.join('\n│   ')],
      ['requests by process (through the fronts)', APPS.map((app) => `${app} ${platform.fronts[app]?.served.toString()}`).join('; ')],
    );

    const letters = await deadLetters(platform);
    figures.push(['dead letters left by the faults', letters.length ? letters.map((l) => `${l.consumer} ${l.eventType}: ${l.reason}`).join('; ') : 0]);
    const report = await settledChecks();
    figures.push(['figures compared (read models vs recounts, funding vs passes, messaging)', report.compared], ['mismatches found', report.mismatches.length]);
    if (report.mismatches.length) figures.push(['  first mismatches', report.mismatches.slice(0, 10).join('\n│   ')]);
    const confirmed = await checkConfirmed(platform, scenario.programmeId, load);
    figures.push(['confirmed to clients, found exactly once', confirmed.summary]);

    // The dashboard, through the gateways, says what the recount says.
    const dashboard = dashboardFigures((await platform.query(DASHBOARD, { id: scenario.programmeId }, headersOf(scenario.manager))).data);
    const db = await platform.database('passes');
    const [recount] = (
      await db
        .query(
          `SELECT (SELECT count(*)::int FROM redemption WHERE programme_id = $1 AND status = 'REDEEMED') AS redeemed,
                  (SELECT COALESCE(sum(pass_count), 0)::int FROM hand_out WHERE programme_id = $1) AS "handedOut"`,
          [scenario.programmeId],
        )
        .finally(() => db.end())
    ).rows;
    figures.push(['dashboard after the faults (redeemed, handed out, passes used in funding)', `${dashboard?.redeemed}, ${dashboard?.handedOut}, ${dashboard?.passesUsed}; recount ${recount.redeemed}, ${recount.handedOut}`]);

    expect({ unexpected: unexpected.length, first: unexpected.slice(0, 10) }).toEqual({ unexpected: 0, first: [] });
    expect(report.mismatches).toEqual([]);
    expect(confirmed.mismatches).toEqual([]);
    expect(letters).toEqual([]);
    expect(dashboard && { redeemed: dashboard.redeemed, handedOut: dashboard.handedOut, passesUsed: dashboard.passesUsed }).toEqual({ ...recount, passesUsed: recount.redeemed });
    // With one process of every app down, the others served: the platform never stopped for it.
    expect(servedByHalfThePlatform.every((served) => served > 0)).toBe(true);
    expect(load.redeemed.size).toBeGreaterThan(0);
    // Both processes of every app took requests.
    for (const app of APPS) expect(platform.fronts[app]?.served.entries().length).toBe(platform.replicas[app].length);
  }, PROFILE.timeoutMs);

  it('makes one statement per place when the month is asked for on both passes replicas at once', async () => {
    const callers = [scenario.manager, scenario.manager, scenario.manager, scenario.manager, scenario.manager, scenario.manager];
    const result = await statementsAtOnce(platform, scenario, callers);
    figures.push(['one month’s statements × 6 at once, spread over both gateways and both passes replicas', `${result.outcomes.join(', ')}; ${result.statements} statements for ${result.places} places`]);
    expect(result.outcomes).toEqual(callers.map(() => 'OK'));
    expect(result.distinctAnswers).toBe(1);
    expect(result.places).toBeGreaterThan(0);
    expect(result.mismatches).toEqual([]);
  }, 60_000);

  it('holds one client to its rate limit across both gateways (counters shared in Redis)', async () => {
    const perSecond = RATE_LIMIT_PER_MINUTE / 60;
    // The gateway's shape of a limit (gateway/src/rate-limiter.ts): perMinute/60 per one-second
    // window, plus a burst of perMinute/6 per minute of which one second's worth is the window's.
    const extraBurst = RATE_LIMIT_PER_MINUTE / 6 - perSecond;
    const requests = 1_200;
    const concurrency = 48;
    const headers = headersOf(scenario.finance);
    const servedBefore = new Map(platform.fronts.gateway!.served.entries());
    const outcomes = new Tally();
    let sent = 0;
    const began = Date.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < requests) {
          sent++;
          outcomes.add(outcomeOf(await platform.query(`{ __typename }`, {}, headers)));
        }
      }),
    );
    const seconds = (Date.now() - began) / 1000;
    const allowed = outcomes.get('OK');
    // Fixed one-second windows: a flood lasting `seconds` meets at most ceil(seconds) + 1 of them.
    const atMost = perSecond * (Math.ceil(seconds) + 1) + extraBurst;
    const byGateway = platform.fronts.gateway!.served.entries().map(([port, n]) => `${port} ${n - (servedBefore.get(port) ?? 0)}`);
    figures.push([
      'one client flooding both gateways',
      `${requests} requests in ${seconds.toFixed(1)} s (${byGateway.join(', ')} by gateway port): ${outcomes}; at most ${atMost} allowed by one shared limit of ${RATE_LIMIT_PER_MINUTE}/min, ${GATEWAYS * atMost} if each gateway counted alone`,
    ]);
    expect(outcomes.entries().map(([outcome]) => outcome).sort()).toEqual(['OK', 'RATE_LIMITED']);
    expect(allowed).toBeLessThanOrEqual(atMost);
    expect(byGateway).toHaveLength(GATEWAYS);
  }, 120_000);
});
