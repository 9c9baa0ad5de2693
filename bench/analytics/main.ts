// `npm run bench analytics`: the programme dashboard, alerts and open data at national scale
// (bench/analytics/generate.ts: 10 million passes, 100,000 places and 100,000 distributors, every
// commune, five years), through our gateway, straight to the subgraph, and through the peer
// gateway (@graphql-hive/gateway on the same committed supergraph, in-flight de-duplication off),
// all in the same run; every figure is also given as a ratio to its baseline. Traffic goes to
// 127.0.0.1 only; every request loop is bounded (a count, or autocannon's duration).
//
// Environment: BENCH_PASSES, BENCH_DISTRIBUTORS, BENCH_PLACES (scale), BENCH_TIMES (sequential
// requests per query, default 60), BENCH_SECONDS (load per round, default 10), BENCH_ROUNDS
// (alternating rounds per comparison, default 3), BENCH_CONNECTIONS (default 10),
// BENCH_ONLY=dashboard,overhead,peer,alerts,open-data.
import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { IDENTITY_HEADER, openDatabase, signIdentity, verifyIdentity } from '@pass-numerique/service-kit';
import { deleteTestStreams, dropDatabase, personToken, testEventPrefix, testPeopleKeys, testServiceConfig, TEST_IDENTITY_SECRET, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';
import { fundingSubgraph } from '@pass-numerique/funding-service';
import { passesSubgraph } from '@pass-numerique/passes-service';
import { partnersSubgraph } from '@pass-numerique/partners-service';
import { importFrance, territorySubgraph } from '@pass-numerique/territory-service';
import { generateFrance, type GeneratedFrance } from './generate';
import { runBenchmark, subgraphUrlsFor } from '../harness';
import { BENCH_IDENTITY, runChildRole, startChild, type Child } from './processes';
import { ALERT_QUERIES, COMMUNES_DASHBOARD, COMMUNES_DASHBOARD_LISTS, DEPARTEMENTS_DASHBOARD, DEPARTEMENTS_DASHBOARD_PLACES_PER_ROW, OPEN_DATA_CSV, OPEN_DATA_JSON, PASSES_ONLY, SUBGRAPH_PARTS, TRIVIAL } from './queries';

type Headers = () => Promise<Record<string, string>>;

// autocannon ships no type declarations: the little of it used here, typed.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>, done: (error: Error | null, result: AutocannonResult) => void) => void;

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const TIMES = env('BENCH_TIMES', 60);
const SECONDS = env('BENCH_SECONDS', 10);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
const ROUNDS = env('BENCH_ROUNDS', 3);
const only = process.env.BENCH_ONLY?.split(',');
const wants = (part: string) => !only || only.includes(part);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

interface Latencies {
  p50: number;
  p95: number;
  bytes: number;
}

/** `times` requests one after the other (after 3 unmeasured warm-ups); the answer must carry no error. */
async function sequential(url: string, query: string, variables: Record<string, unknown>, headers: Headers, times = TIMES, check?: (data: any) => void): Promise<Latencies> {
  const latencies: number[] = [];
  let bytes = 0;
  for (let i = 0; i < times + 3; i++) {
    const h = await headers(); // signed outside the timing
    const started = process.hrtime.bigint();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (i >= 3) latencies.push(elapsed);
    if (i === 0) {
      const body = JSON.parse(text);
      if (body.errors || response.status !== 200) throw new Error(`${url}: ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
      check?.(body.data);
      bytes = text.length;
    }
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), bytes };
}

type Load = { rps: number; p50: number; p99: number; failed: number; answered: number; upstream?: number };

/** `connections` concurrent clients for `seconds`; every answer must be a 200 without errors. */
function load(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>, seconds = SECONDS, connections = CONNECTIONS): Promise<Load> {
  let failed = 0;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
        requests: [{ onResponse: (status: number, body: string) => (status !== 200 || body.includes('"errors"') ? failed++ : undefined) }],
      },
      (error, result) => (error ? reject(error) : resolve({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: failed + result.errors, answered: result.requests.total })),
    ),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Two targets under the same load, in ROUNDS alternating rounds (a, b, a, b…), so that whatever
 * else the shared machine does weighs on both alike; medians of req/s and of the per-round ratio.
 */
async function compare(a: () => Promise<Load>, b: () => Promise<Load>): Promise<{ a: Load; b: Load; ratio: number }> {
  const runs: Array<[Load, Load]> = [];
  for (let round = 0; round < ROUNDS; round++) runs.push([await a(), await b()]);
  const pick = (i: 0 | 1): Load => ({
    rps: median(runs.map((r) => r[i].rps)),
    p50: median(runs.map((r) => r[i].p50)),
    p99: median(runs.map((r) => r[i].p99)),
    failed: runs.reduce((sum, r) => sum + r[i].failed, 0),
    answered: runs.reduce((sum, r) => sum + r[i].answered, 0),
    upstream: runs.every((r) => r[i].upstream !== undefined) ? runs.reduce((sum, r) => sum + (r[i].upstream ?? 0), 0) : undefined,
  });
  return { a: pick(0), b: pick(1), ratio: median(runs.map(([x, y]) => y.rps / x.rps)) };
}

async function main(): Promise<void> {
  const root = process.cwd();
  const scale = { passes: env('BENCH_PASSES', 10_000_000), distributors: env('BENCH_DISTRIBUTORS', 100_000), places: env('BENCH_PLACES', 100_000) };
  const prefix = testEventPrefix();
  const names = ['funding', 'passes', 'partners', 'territory'] as const;
  const configs = Object.fromEntries(names.map((n) => [n, testServiceConfig(n, { eventPrefix: prefix, logLevel: 'error' })])) as Record<(typeof names)[number], ReturnType<typeof testServiceConfig>>;
  const children: Child[] = [];
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  // The machine is shared: what else ran shows in the load average, written next to each section.
  const load1 = () => `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
  try {
    // ——— the data set ———
    console.log(`databases: migrations, the map of France, then the national data set (${scale.passes.toLocaleString('en')} passes)…`);
    const definitions = { funding: fundingSubgraph(), passes: passesSubgraph({ internalIdentitySecret: TEST_IDENTITY_SECRET }), partners: partnersSubgraph({} as never), territory: territorySubgraph() };
    for (const name of names) {
      const dataSource = await openDatabase({ url: configs[name].databaseUrl, entities: definitions[name].entities, migrations: definitions[name].migrations });
      if (name === 'territory') await importFrance(dataSource);
      await dataSource.destroy();
    }
    const started = performance.now();
    const france: GeneratedFrance = await generateFrance(
      { funding: configs.funding.databaseUrl, passes: configs.passes.databaseUrl, partners: configs.partners.databaseUrl, territory: configs.territory.databaseUrl },
      scale,
      (line) => console.log(line),
    );
    const loadSeconds = (performance.now() - started) / 1000;
    say(`## Data set`);
    say(``);
    say(`Generated in ${loadSeconds.toFixed(0)} s: ${france.passes.toLocaleString('en')} passes in ${france.booklets.toLocaleString('en')} booklets (${france.orders} yearly orders), ` +
        `${france.handOuts.toLocaleString('en')} hand-outs (people helped), ${france.distributors.toLocaleString('en')} distributors, ${france.places.toLocaleString('en')} places, ` +
        `${france.communesWithPeople.toLocaleString('en')} communes with people helped, ${france.counterRows.toLocaleString('en')} funnel counter rows; today ${france.today}. ` +
        `Steps (s): ${Object.entries(france.seconds).map(([k, v]) => `${k} ${v}`).join('; ')}.`);
    say(``);

    // ——— the processes ———
    for (const name of names) children.push(await startChild(name, { config: configs[name] }));
    const [funding, passes, partners, territory] = children;
    const subgraphUrls = subgraphUrlsFor({ funding: funding.url, passes: passes.url, partners: partners.url, territory: territory.url });
    const gateway = await startChild('gateway', { root, subgraphUrls, jwks: (await testPeopleKeys()).jwks });
    children.push(gateway);
    const hive = await startChild('hive', { root, subgraphUrls });
    children.push(hive);

    const token = await personToken({ grants: [...BENCH_IDENTITY.grants], subject: BENCH_IDENTITY.subject }, { expiresInSeconds: 3_600 });
    const viaGateway: Headers = async () => ({ authorization: `Bearer ${token}` });
    const direct: Headers = async () => ({ [IDENTITY_HEADER]: await signIdentity(BENCH_IDENTITY, TEST_IDENTITY_SECRET) });
    const viaHive: Headers = async () => ({});
    const anonymous: Headers = async () => ({});
    const id = france.programmeId;

    // ——— 0. the funnel read model as the passes service keeps it ———
    // The generator leaves every key's counters spread over its 8 shards, as concurrent
    // transactions do; the service folds them every 10 minutes (funnel-compaction.ts). The read
    // behind every whole-country answer, timed before and after, then everything on the folded model.
    const readModel = async () => {
      const times: number[] = [];
      for (let i = 0; i < Math.min(TIMES, 20) + 3; i++) {
        const timed = await passes.request<{ ms: number }>({ type: 'usage-columns', programmeId: id, by: 'COMMUNE' });
        if (i >= 3) times.push(timed.ms);
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    const spread = wants('dashboard') ? await readModel() : undefined;
    const folded = await passes.request<{ ms: number; removed: number }>({ type: 'compact-funnel' });
    await passes.request({ type: 'sql', sql: `VACUUM ANALYZE funnel_counter` });
    say(`## The funnel read model: counter shards folded`);
    say(``);
    say(`The passes service's compaction folded ${folded.removed.toLocaleString('en')} shard rows into their keys' first row in ${(folded.ms / 1000).toFixed(1)} s (then \`VACUUM ANALYZE funnel_counter\`, as autovacuum would).`);
    if (spread) {
      const compact = await readModel();
      say(``);
      say(`| the read behind usageColumns(by: COMMUNE), timed inside passes (SQL, transfer, parsing; ${Math.min(TIMES, 20)} requests) | p50 | p95 |`);
      say(`|---|---|---|`);
      say(`| counters spread over 8 shards per key (before) | ${ms(spread.p50)} | ${ms(spread.p95)} |`);
      say(`| folded (after) | ${ms(compact.p50)} | ${ms(compact.p95)} (${(spread.p50 / compact.p50).toFixed(1)}× faster at p50) |`);
    }
    say(``);

    // ——— 1. the dashboard ———
    if (wants('dashboard') || wants('peer')) {
      say(`## Dashboard through the gateway, one request at a time (${TIMES} requests after 3 warm-ups)`);
      say(``);
      say(`_${load1()} at the start._`);
      say(``);
      say(`| query | via | answer | p50 | p95 | goal |`);
      say(`|---|---|---|---|---|---|`);
      const shapes = [
        {
          name: 'all départements, places open asked on each row (Territory.placeCount: a third hop)',
          query: DEPARTEMENTS_DASHBOARD_PLACES_PER_ROW,
          goal: 100,
          check: (d: any) => expectRows(d.programme.passes.departements.nodes.length, 1),
        },
        { name: 'all départements (rows with names and populations; places open as one root field)', query: DEPARTEMENTS_DASHBOARD, goal: 100, check: (d: any) => expectRows(d.programme.passes.departements.nodes.length, 1) },
        {
          name: 'all communes, figures as GraphQL lists (one list per figure, places open by commune)',
          query: COMMUNES_DASHBOARD_LISTS,
          goal: 1_000,
          check: (d: any) => expectRows(d.programme.passes.communes.keys.length, 1),
        },
        { name: 'all communes, figures as one CSV text (places open by commune)', query: COMMUNES_DASHBOARD, goal: 1_000, check: (d: any) => expectRows(d.programme.passes.communes.csv.split('\n').length - 2, 1) },
      ];
      for (const shape of shapes) {
        const ours = await sequential(gateway.url, shape.query, { id, first: 200 }, viaGateway, TIMES, shape.check);
        const peer = await sequential(hive.url, shape.query, { id, first: 200 }, viaHive, TIMES, shape.check);
        say(`| ${shape.name} | our gateway | ${(ours.bytes / 1e3).toFixed(0)} kB | ${ms(ours.p50)} | **${ms(ours.p95)}** | < ${shape.goal} ms ${ours.p95 < shape.goal ? '✔' : '✘'} |`);
        say(`| | Hive gateway | ${(peer.bytes / 1e3).toFixed(0)} kB | ${ms(peer.p50)} | ${ms(peer.p95)} | ours ${(peer.p95 / ours.p95).toFixed(2)}× faster at p95 |`);
      }
      say(``);
    }

    // ——— 1b. where the time goes: each subgraph's part of the départements dashboard, asked directly ———
    if (wants('dashboard')) {
      const departements = await departementCodes(gateway.url, id, viaGateway);
      const representations = departements.map((code) => ({ __typename: 'Territory', level: 'DEPARTEMENT', code }));
      say(`## Where the time goes: each subgraph's part of the départements and communes dashboards, straight to the subgraph (${TIMES} requests)`);
      say(``);
      say(`_${load1()} at the start._`);
      say(``);
      say(`| part | subgraph | p50 | p95 |`);
      say(`|---|---|---|---|`);
      for (const [name, url, query, variables] of SUBGRAPH_PARTS(id, representations, { funding: funding.url, passes: passes.url, territory: territory.url, partners: partners.url })) {
        const r = await sequential(url, query, variables, direct, TIMES);
        say(`| ${name} | ${new URL(url).port === new URL(funding.url).port ? 'funding' : new URL(url).port === new URL(passes.url).port ? 'passes' : new URL(url).port === new URL(territory.url).port ? 'territory' : 'partners'} | ${ms(r.p50)} | ${ms(r.p95)} |`);
      }

      say(``);
    }

    // ——— 2. gateway overhead: one subgraph, through the gateway and straight to it ———
    if (wants('overhead')) {
      say(`## Gateway overhead: the same single-subgraph query through the gateway and straight to the passes subgraph (${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s, medians)`);
      say(``);
      say(`_${load1()} at the start._`);
      say(``);
      say(`| query | direct req/s | gateway req/s | ratio (goal ≥ 0.80) | direct p99 | gateway p99 |`);
      say(`|---|---|---|---|---|---|`);
      for (const shape of [
        { name: 'passes dashboard rows of all départements', query: PASSES_ONLY, variables: { id, first: 200 } },
        { name: 'trivial (programme code)', query: TRIVIAL, variables: { id } },
      ]) {
        // Identities are signed per round: they live 60 s.
        const { a: straight, b: through, ratio } = await compare(
          async () => load(passes.url, shape.query, shape.variables, await direct()),
          async () => load(gateway.url, shape.query, shape.variables, await viaGateway()),
        );
        say(`| ${shape.name} | ${straight.rps.toFixed(0)} | ${through.rps.toFixed(0)} | **${ratio.toFixed(3)}×** ${ratio >= 0.8 ? '✔' : '✘'} | ${straight.p99} ms | ${through.p99} ms |${straight.failed + through.failed ? ` (${straight.failed + through.failed} failed)` : ''}`);
      }
      say(``);
    }

    // What a request costs before any work: verifying who calls. Our gateway verifies the
    // person's ES256 token on every request; each subgraph verifies the gateway's signed identity (HMAC).
    if (wants('overhead')) {
      const { createLocalJWKSet, jwtVerify } = await import('jose');
      const keys = createLocalJWKSet((await testPeopleKeys()).jwks as never);
      const signed = await signIdentity(BENCH_IDENTITY, TEST_IDENTITY_SECRET);
      const perCall = async (n: number, call: () => Promise<unknown>) => {
        const t = performance.now();
        for (let i = 0; i < n; i++) await call();
        return ((performance.now() - t) * 1000) / n;
      };
      const es256 = await perCall(2_000, () => jwtVerify(token, keys, { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE }));
      const hs256 = await perCall(2_000, () => verifyIdentity(signed, TEST_IDENTITY_SECRET));
      say(`Per request, measured in the load generator's process: a person's ES256 token verified ${es256.toFixed(0)} µs (the gateway, every request); the gateway's signed identity (HMAC) verified ${hs256.toFixed(0)} µs (every subgraph call).`);
      say(``);
    }

    // ——— 3. peer: the same queries through @graphql-hive/gateway ———
    if (wants('peer')) {
      say(`## Peer: @graphql-hive/gateway 2.15.1 on the same supergraph, in-flight de-duplication off (${ROUNDS} alternating rounds of ${SECONDS} s, medians)`);
      say(``);
      say(`_${load1()} at the start._`);
      say(``);
      say(`| query | connections | ours req/s | Hive req/s | ours ÷ Hive | ours p99 | Hive p99 | passes calls per answer, ours / Hive |`);
      say(`|---|---|---|---|---|---|---|---|`);
      // How many calls the passes subgraph received during a round, per answer: equal for both
      // gateways when neither de-duplicates identical in-flight calls.
      const counted = async (run: () => Promise<Load>): Promise<Load> => {
        const before = (await passes.request<{ received: number }>({ type: 'requests' })).received;
        const result = await run();
        return { ...result, upstream: (await passes.request<{ received: number }>({ type: 'requests' })).received - before };
      };
      for (const shape of [
        { name: 'dashboard, all départements', query: DEPARTEMENTS_DASHBOARD, variables: { id, first: 200 }, connections: CONNECTIONS },
        // A 1 MB answer costing about a second of CPU: more clients than cores only queue.
        // About a request a second: rounds three times as long, so that each holds enough answers.
        { name: 'dashboard, all communes', query: COMMUNES_DASHBOARD, variables: { id }, connections: 2, seconds: SECONDS * 3 },
        { name: 'passes rows of all départements (one subgraph)', query: PASSES_ONLY, variables: { id, first: 200 }, connections: CONNECTIONS },
        { name: 'trivial (one subgraph)', query: TRIVIAL, variables: { id }, connections: CONNECTIONS },
      ]) {
        const { a: ours, b: peer } = await compare(
          () => counted(async () => load(gateway.url, shape.query, shape.variables, await viaGateway(), shape.seconds ?? SECONDS, shape.connections)),
          () => counted(async () => load(hive.url, shape.query, shape.variables, {}, shape.seconds ?? SECONDS, shape.connections)),
        );
        const ratio = ours.rps / peer.rps;
        const perAnswer = (l: Load) => ((l.upstream ?? 0) / Math.max(1, l.answered)).toFixed(2);
        say(`| ${shape.name} | ${shape.connections} | ${ours.rps.toFixed(1)} | ${peer.rps.toFixed(1)} | **${ratio.toFixed(3)}×** ${ratio > 1 ? '✔' : '✘'} | ${ours.p99} ms | ${peer.p99} ms | ${perAnswer(ours)} / ${perAnswer(peer)} |${ours.failed + peer.failed ? ` (${ours.failed} / ${peer.failed} failed)` : ''}`);
      }
      say(``);
    }

    // ——— 4. alerts ———
    if (wants('alerts')) {
      say(`## Alerts through the gateway, one request at a time (${Math.min(TIMES, 20)} requests)`);
      say(``);
      say(`_${load1()} at the start._`);
      say(``);
      say(`| alert | p50 | p95 |`);
      say(`|---|---|---|`);
      for (const alert of ALERT_QUERIES) {
        const r = await sequential(gateway.url, alert.query, { id, asOf: france.today }, viaGateway, Math.min(TIMES, 20), alert.check);
        say(`| ${alert.name} | ${ms(r.p50)} | ${ms(r.p95)} |`);
      }
      // Before/after: the two indexes the alerts added (passes by validity date with their order and
      // hand-out; booklets still holding passes), dropped then created again in the same run.
      const expiring = ALERT_QUERIES[0];
      await passes.request({ type: 'sql', sql: `DROP INDEX pass_expiring_by_hand_out, booklet_not_handed_out` });
      await passes.request({ type: 'sql', sql: `ANALYZE pass, booklet` });
      const before = await sequential(gateway.url, expiring.query, { id, asOf: france.today }, viaGateway, Math.min(TIMES, 20));
      await passes.request({ type: 'sql', sql: `CREATE INDEX pass_expiring_by_hand_out ON pass (valid_until, order_id, hand_out_id) WHERE status = 'HANDED_OUT'` });
      await passes.request({
        type: 'sql',
        sql: `CREATE INDEX booklet_not_handed_out ON booklet (order_id, agreement_id, distributor_organisation_id, size, handed_out_count) WHERE handed_out_count < size`,
      });
      await passes.request({ type: 'sql', sql: `VACUUM ANALYZE pass, booklet` });
      const after = await sequential(gateway.url, expiring.query, { id, asOf: france.today }, viaGateway, Math.min(TIMES, 20));
      say(`| ${expiring.name}, without the alerts' two indexes (before: the service's pass_to_expire and booklet_order only) | ${ms(before.p50)} | ${ms(before.p95)} |`);
      say(`| the same with pass_expiring_by_hand_out and booklet_not_handed_out (after) | ${ms(after.p50)} | ${ms(after.p95)} (${(before.p50 / after.p50).toFixed(1)}× faster at p50) |`);
      say(``);
    }

    // ——— 5. open data ———
    if (wants('open-data')) {
      say(`## Open data, anonymous, through the gateway (${Math.min(TIMES, 20)} requests)`);
      say(``);
      say(`_${load1()} at the start._`);
      say(``);
      say(`| query | answer | p50 | p95 |`);
      say(`|---|---|---|---|`);
      for (const [name, query, level] of [
        ['openPassFigures, every commune (JSON, first: 40000)', OPEN_DATA_JSON, 'COMMUNE'],
        ['openPassFigures, every département', OPEN_DATA_JSON, 'DEPARTEMENT'],
        ['openPassFiguresCsv, every commune', OPEN_DATA_CSV, 'COMMUNE'],
      ] as const) {
        const r = await sequential(gateway.url, query, { id, level, first: 40_000 }, anonymous, Math.min(TIMES, 20));
        say(`| ${name} | ${(r.bytes / 1e3).toFixed(0)} kB | ${ms(r.p50)} | ${ms(r.p95)} |`);
      }
      say(``);
    }
    console.log('\n' + lines.join('\n'));
  } finally {
    for (const child of children.reverse()) await child.stop();
    for (const name of names) await dropDatabase(configs[name].databaseUrl);
    await deleteTestStreams(prefix);
  }
}

async function departementCodes(url: string, id: string, headers: Headers): Promise<string[]> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headers()) },
    body: JSON.stringify({ query: `query($id: ID!) { programmePasses(programmeId: $id) { usageColumns(by: DEPARTEMENT) { keys } } }`, variables: { id } }),
  });
  return ((await response.json()) as any).data.programmePasses.usageColumns.keys;
}

function expectRows(actual: number, atLeast: number): void {
  if (actual < atLeast) throw new Error(`expected at least ${atLeast} rows, got ${actual}`);
}

if (!runChildRole()) runBenchmark(main);
