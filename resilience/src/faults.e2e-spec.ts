// Fault injection: while partners' software hands out and redeems passes through the gateway,
// and staff place and activate orders, each application is killed with SIGKILL and restarted,
// then NATS, then PostgreSQL (a cluster and a server of this test's own). Afterwards every read
// model must equal a recount of its source tables, every money fact in funding must match the
// passes service's records, every outbox must be drained and every event applied exactly once;
// what the clients were told was done must exist exactly once. Dead letters are shown and replayed.
import { randomUUID } from 'node:crypto';
import { call } from './harness/api';
import { sleep, waitFor } from './harness/child-process';
import { deadLetters, replayAll } from './harness/dead-letters';
import { checkConfirmed, checkEverything, type CheckReport } from './harness/ledger-checks';
import { SteadyLoad } from './harness/load';
import { OwnNats, OwnPostgres } from './harness/own-infrastructure';
import { APPS, Platform, type AppName } from './harness/platform';
import { profile } from './harness/profile';
import { Prng } from './harness/prng';
import { printReport } from './harness/report';
import { beneficiaryNear, MUTATIONS, setUpScenario, type PrintedPass, type Scenario } from './harness/scenario';

const PROFILE = profile();
type Fault = AppName | 'nats' | 'postgres';
const FAULTS: Fault[] = [...APPS, 'nats', 'postgres'];

describe(`fault injection (real processes, own PostgreSQL and NATS; ${PROFILE.name} profile, seed ${PROFILE.seed})`, () => {
  let postgres: OwnPostgres | undefined;
  let nats: OwnNats | undefined;
  let platform: Platform;
  let scenario: Scenario;
  /** Passes kept out of the load for the dead-letter and database-outage tests. */
  let spare: PrintedPass[];
  const figures: Array<[string, string | number]> = [['profile, seed (RESILIENCE_SEED replays it)', `${PROFILE.name}, ${PROFILE.seed}`]];
  /** Dead letters replayed so far, by producer stream: the stream holds each replay once more. */
  const replayed: Record<string, number> = {};

  beforeAll(async () => {
    // Both are kept as soon as they run, so that afterAll stops whichever started.
    await Promise.all([OwnPostgres.start().then((p) => (postgres = p)), OwnNats.start().then((n) => (nats = n))]);
    // Partner keys are checked with partners every second: a check is bound to meet each fault.
    platform = await Platform.start({ label: 'faults', postgresUrl: postgres!.url, natsUrl: nats!.url, subgraphTimeoutMs: 5_000, credentialCacheSeconds: 1 });
    scenario = await setUpScenario(platform, { bookletCount: PROFILE.faults.booklets, placeCount: 4, tokenSeconds: Math.ceil(PROFILE.timeoutMs / 1000) + 600 });
    spare = scenario.passes.splice(-12);
  }, PROFILE.name === 'long' ? 900_000 : 180_000);

  afterAll(async () => {
    printReport('faults', figures);
    await platform?.stop();
    await Promise.all([nats?.destroy(), postgres?.destroy()]);
  }, 60_000);

  /** Polls the checks until they all hold (events still in flight settle) or `timeoutMs` passes; returns the last report. */
  const settledChecks = async (timeoutMs = 60_000): Promise<CheckReport> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const report = await checkEverything(platform, [scenario.programmeId], replayed);
      if (report.mismatches.length === 0 || Date.now() > deadline) return report;
      await sleep(1_000);
    }
  };

  const inject = async (fault: Fault): Promise<string> => {
    const began = Date.now();
    if (fault === 'nats') {
      await nats!.crash();
      await sleep(PROFILE.faults.downtimeMs);
      await nats!.restart();
    } else if (fault === 'postgres') {
      await postgres!.crash();
      await sleep(PROFILE.faults.downtimeMs);
      await postgres!.restart();
    } else {
      await platform.kill(fault);
      await sleep(PROFILE.faults.downtimeMs);
      await platform.restart(fault);
    }
    // Every service must come back by itself: ready again (database and NATS connected), no restart by us.
    for (const app of APPS) await platform.waitReady(app, 60_000);
    return `${fault} ${((Date.now() - began) / 1000).toFixed(1)} s`;
  };

  it('loses and doubles nothing while each app, NATS and PostgreSQL are killed (-9) and restarted under load', async () => {
    const rng = new Prng(PROFILE.seed);
    const load = new SteadyLoad(platform, scenario, rng.fork(), { workers: PROFILE.faults.workers, orderEveryMs: 1_500, pauseMs: 50 });
    const injected: string[] = [];
    load.start();
    try {
      await sleep(PROFILE.faults.settleMs);
      for (let round = 0; round < PROFILE.faults.rounds; round++) {
        for (const fault of round === 0 ? FAULTS : rng.shuffle(FAULTS)) {
          injected.push(await inject(fault));
          expect(platform.crashes()).toEqual([]);
          await sleep(PROFILE.faults.settleMs);
        }
      }
    } finally {
      await load.stop();
    }
    const { unexpected } = load.figures;
    figures.push(...load.reportRows(), ['faults injected (kill -9 and restart, with time back to ready)', `${injected.length}: ${injected.join(', ')}`]);

    const letters = await deadLetters(platform);
    figures.push(['dead letters left by the faults', letters.length ? letters.map((l) => `${l.consumer} ${l.eventType}: ${l.reason}`).join('; ') : 0]);
    if (letters.length) Object.assign(replayed, await replayAll(platform, letters));

    const report = await settledChecks();
    figures.push(['figures compared (read models vs recounts, funding vs passes, messaging)', report.compared], ['mismatches found', report.mismatches.length]);
    if (report.mismatches.length) figures.push(['  first mismatches', report.mismatches.slice(0, 10).join('\n│   ')]);

    // What each client was told was done exists exactly once — and nothing else does.
    const confirmed = await checkConfirmed(platform, scenario.programmeId, load);
    figures.push(['confirmed to clients, found exactly once', confirmed.summary]);
    expect(confirmed.mismatches).toEqual([]);
    expect({ unexpected: unexpected.length, first: unexpected.slice(0, 10) }).toEqual({ unexpected: 0, first: [] });
    expect(report.mismatches).toEqual([]);
    expect(letters).toEqual([]);
    expect(platform.crashes()).toEqual([]);
    expect(load.redeemed.size).toBeGreaterThan(0);
  }, PROFILE.timeoutMs);

  it('parks an event whose effect keeps failing as a dead letter, visibly, and applies it once replayed after the cause is fixed', async () => {
    const funding = await platform.database('funding');
    const passes = spare.slice(0, 2);
    try {
      // The cause: funding's used-passes table refuses writes (a broken deployment, a full disk…).
      await funding.query(`CREATE FUNCTION resilience_refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'used_pass_day refuses writes (resilience test)'; END $$`);
      await funding.query(`CREATE TRIGGER resilience_refuse_writes BEFORE INSERT OR UPDATE ON used_pass_day FOR EACH ROW EXECUTE FUNCTION resilience_refuse_writes()`);
      const place = scenario.places[0];
      for (const pass of passes) {
        await call(platform, scenario.distributor.caller, MUTATIONS.handOut, { input: { passNumber: pass.number, profile: beneficiaryNear(place) } });
        await call(platform, place.caller, MUTATIONS.redeemPass, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: place.id, idempotencyKey: randomUUID() } });
      }
      const letters = await waitFor(
        'the redemptions to be dead-lettered by funding',
        async () => {
          const found = (await deadLetters(platform)).filter((l) => l.consumer === 'funding' && l.eventType === 'passes.pass.redeemed.v1');
          return found.length === passes.length ? found : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 500 },
      );
      expect(letters.map((l) => l.reason)).toEqual(passes.map(() => expect.stringContaining('used_pass_day refuses writes')));
      // The checks see the hole while the letters wait.
      const meanwhile = await checkEverything(platform, [scenario.programmeId], replayed);
      expect(meanwhile.mismatches.some((m) => m.startsWith('funding used passes'))).toBe(true);

      await funding.query(`DROP TRIGGER resilience_refuse_writes ON used_pass_day`);
      await funding.query(`DROP FUNCTION resilience_refuse_writes()`);
      for (const [producer, n] of Object.entries(await replayAll(platform, letters))) replayed[producer] = (replayed[producer] ?? 0) + n;
      const report = await settledChecks(30_000);
      expect(report.mismatches).toEqual([]);
      expect(await deadLetters(platform)).toEqual([]);
      figures.push(['dead letters (effect failing 5 times)', `${letters.length} parked with their reason, ${letters.length} replayed after the fix, mismatches after replay: ${report.mismatches.length}`]);
    } finally {
      await funding.query(`DROP TRIGGER IF EXISTS resilience_refuse_writes ON used_pass_day`).catch(() => undefined);
      await funding.query(`DROP FUNCTION IF EXISTS resilience_refuse_writes()`).catch(() => undefined);
      await funding.end();
    }
  }, 120_000);
  it('holds events through a PostgreSQL outage longer than the consumers\' retry budget: none is dead-lettered, all are applied once', async () => {
    const passes = spare.slice(2);
    const place = scenario.places[1];
    // Funding frozen: the redemptions' events wait in the stream, to be delivered during the outage.
    platform.freeze('funding');
    try {
      for (const pass of passes) {
        await call(platform, scenario.distributor.caller, MUTATIONS.handOut, { input: { passNumber: pass.number, profile: beneficiaryNear(place) } });
        await call(platform, place.caller, MUTATIONS.redeemPass, { input: { pass: { passNumber: pass.number, code: pass.code }, placeId: place.id, idempotencyKey: randomUUID() } });
      }
      // Published by passes' relay before the database goes.
      await waitFor('the redemptions to be published', async () => {
        const db = await platform.database('passes');
        try {
          return (await db.query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`)).rows[0].n === 0;
        } finally {
          await db.end();
        }
      });
      await postgres!.crash();
    } finally {
      platform.thaw('funding');
    }
    // Longer than the back-off before a failing event is dead-lettered (0.5 + 1 + 2 + 4 s); in
    // the long profile, longer than six ack waits (6 × 30 s), after which JetStream would stop
    // redelivering the events fetched behind the one in hand.
    await sleep(PROFILE.faults.outageMs);
    await postgres!.restart();
    for (const app of APPS) await platform.waitReady(app, 60_000);
    const report = await settledChecks(60_000);
    const letters = await deadLetters(platform);
    figures.push(['PostgreSQL down longer than the retry budget', `${passes.length} redemptions in flight, ${letters.length} dead-lettered, mismatches after: ${report.mismatches.length}`]);
    expect(letters).toEqual([]);
    expect(report.mismatches).toEqual([]);
    expect(platform.crashes()).toEqual([]);
  }, PROFILE.faults.outageMs + 180_000);
});
