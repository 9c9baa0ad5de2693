// `npm run bench site`: the public finder (findPlaces) among 100,000 places nationwide, from any
// commune of France, a postal code or a position, through our gateway and straight to the partners
// subgraph, in alternating rounds; p50/p95/p99 printed and written to bench/site/last-run.md (RESULTS.md is the
// curated record: copy a run there with what it means). Each process runs
// in its own child (bench/analytics/processes.ts). Traffic goes to 127.0.0.1 only; every loop is a
// bounded count.
//
// Environment: BENCH_PLACES (default 100,000), BENCH_TIMES (requests per query kind and target per
// round, default 150), BENCH_ROUNDS (default 2), BENCH_EXPLAIN=1 (prints the nearest-places plan
// for two limits: the reason the finder reads at most 70 candidates).
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS, IDENTITY_HEADER, openDatabase, signIdentity } from '@pass-numerique/service-kit';
import { deleteTestStreams, dropDatabase, testEventPrefix, testPeopleKeys, testServiceConfig, TEST_IDENTITY_SECRET } from '@pass-numerique/testing';
import { partnersSubgraph } from '@pass-numerique/partners-service';
import { runChildRole, startChild, type Child } from '../analytics/processes';
import { runBenchmark, subgraphUrlsFor } from '../harness';
import { generatePlaces } from './generate';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PLACES = env('BENCH_PLACES', 100_000);
const TIMES = env('BENCH_TIMES', 150);
const ROUNDS = env('BENCH_ROUNDS', 2);
/** Unmeasured requests before each series: the processes' code is compiled and their caches filled as in a running service. */
const WARM_UPS = 20;

const FIND = `query Find($near: FinderOriginInput, $programmeId: ID, $openNow: Boolean) {
  findPlaces(near: $near, programmeId: $programmeId, openNow: $openNow, first: 20) {
    origin { kind communes { name } }
    places { distanceMetres openNow openingStatus openingHoursText directionsUrl place { id name phone services address { street postalCode communeName } } }
  }
}`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timedRequests(url: string, headers: () => Promise<Record<string, string>>, variables: Array<Record<string, unknown>>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < variables.length + WARM_UPS; i++) {
    const h = await headers();
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...h }, body: JSON.stringify({ query: FIND, variables: variables[i % variables.length] }) });
    const body = (await response.json()) as { errors?: unknown[] };
    const elapsed = performance.now() - started;
    if (body.errors) throw new Error(`findPlaces answered ${JSON.stringify(body.errors).slice(0, 300)}`);
    if (i >= WARM_UPS) times.push(elapsed);
  }
  return times;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const prefix = testEventPrefix();
  const config = testServiceConfig('partners', { eventPrefix: prefix, logLevel: 'error' });
  const children: Child[] = [];
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    const definition = partnersSubgraph({} as never);
    const dataSource = await openDatabase({ url: config.databaseUrl, entities: definition.entities, migrations: definition.migrations });
    await dataSource.destroy();
    const started = performance.now();
    const data = await generatePlaces(config.databaseUrl, PLACES);
    const seconds = (performance.now() - started) / 1000;

    if (process.env.BENCH_EXPLAIN) {
      const { Client } = await import('pg');
      const db = new Client({ connectionString: config.databaseUrl });
      await db.connect();
      for (const limit of [70, 120]) {
        const plan = await db.query(
          `EXPLAIN ANALYZE SELECT p.id FROM place p WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL
             AND point(p.longitude, p.latitude) <@ box(point(2.35 - 1.3, 48.85 - 0.9), point(2.35 + 1.3, 48.85 + 0.9))
             AND EXISTS (SELECT 1 FROM place_qualification q WHERE q.place_id = p.id AND q.programme_id = $1 AND q.status = 'QUALIFIED')
           ORDER BY point(p.longitude, p.latitude) <-> point(2.35, 48.85) LIMIT ${limit}`,
          [data.programmeId],
        );
        console.log(plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n'));
      }
      await db.end();
    }
    const partners = await startChild('partners', { config });
    children.push(partners);
    // Only partners answers findPlaces; the other subgraphs' addresses are never called.
    const gateway = await startChild('gateway', { root, subgraphUrls: subgraphUrlsFor({ partners: partners.url }), jwks: (await testPeopleKeys()).jwks });
    children.push(gateway);
    const viaGateway = async () => ({});
    const direct = async () => ({ [IDENTITY_HEADER]: await signIdentity({ ...ANONYMOUS, subject: 'anonymous@127.0.0.1' }, TEST_IDENTITY_SECRET) });

    const kinds: Array<[string, Array<Record<string, unknown>>]> = [
      ['a commune (INSEE code), any of France', data.communes.map((inseeCode) => ({ near: { inseeCode }, programmeId: data.programmeId }))],
      ['a postal code', data.postalCodes.map((postalCode) => ({ near: { postalCode }, programmeId: data.programmeId }))],
      ['a position', data.positions.map((near) => ({ near, programmeId: data.programmeId }))],
      ['a commune, open now only', data.communes.map((inseeCode) => ({ near: { inseeCode }, programmeId: data.programmeId, openNow: true }))],
    ];
    const results = new Map<string, { gateway: number[]; direct: number[] }>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [kind, variables] of kinds) {
        const slice = variables.slice((round * TIMES) % variables.length).concat(variables).slice(0, TIMES);
        const entry = results.get(kind) ?? { gateway: [], direct: [] };
        // Alternating which goes first, so that neither always meets a warmer cache.
        const order = round % 2 === 0 ? (['gateway', 'direct'] as const) : (['direct', 'gateway'] as const);
        for (const target of order) entry[target].push(...(await timedRequests(target === 'gateway' ? gateway.url : partners.url, target === 'gateway' ? viaGateway : direct, slice)));
        results.set(kind, entry);
      }
    }

    say('# The public finder at national scale');
    say();
    say(`\`npm run bench site\` (bench/site/main.ts), ${new Date().toISOString().slice(0, 10)}: ${data.places.toLocaleString('en')} places in metropolitan France (${data.qualified.toLocaleString('en')} qualified by the benchmark's national programme), generated in ${seconds.toFixed(0)} s; ` +
        `findPlaces(first: 20) with every field the site shows, sequential requests from one client, ${ROUNDS} alternating rounds of ${TIMES} requests per kind and target (after ${WARM_UPS} unmeasured ones each); ` +
        `partners and the gateway each in a child process; ${cpus().length} cores shared with other work (load average ${loadavg()[0].toFixed(1)} at the end).`);
    say();
    say('| near | through the gateway p50 / p95 / p99 | straight to partners p50 / p95 / p99 | gateway cost at p95 |');
    say('|---|---|---|---|');
    const f = (n: number) => `${n.toFixed(1)} ms`;
    for (const [kind, { gateway: g, direct: d }] of results) {
      g.sort((a, b) => a - b);
      d.sort((a, b) => a - b);
      say(`| ${kind} | ${f(percentile(g, 50))} / **${f(percentile(g, 95))}** / ${f(percentile(g, 99))} | ${f(percentile(d, 50))} / ${f(percentile(d, 95))} / ${f(percentile(d, 99))} | +${f(percentile(g, 95) - percentile(d, 95))} |`);
    }
    say();
    say('A commune has no position in the official geography: its position is the centre of the located places of the commune, else of its EPCI, else of its département, from a count of located places per commune kept in memory (recounted at most once a minute, in the background). The nearest places come from a GiST index on point(longitude, latitude) inside a 100 km box, at most 70 candidates (BENCH_EXPLAIN=1 shows why); opening hours are read by opening_hours on Paris time once a minute per distinct value.');
    writeFileSync(join(root, 'bench', 'site', 'last-run.md'), `${lines.join('\n')}\n`);
  } finally {
    for (const child of children.reverse()) await child.stop().catch(() => undefined);
    await dropDatabase(config.databaseUrl).catch(() => undefined);
    await deleteTestStreams(prefix).catch(() => undefined);
  }
}

if (!runChildRole()) runBenchmark(main);
