// The territory service's benchmarks, each against a baseline measured in the same run
// (absolute figures on a shared machine mean little):
//  1. import of the whole of France from scratch (time, peak RSS) vs a row-by-row INSERT of the
//     same rows, and vs the RSS of a process that only opens the database;
//  2. `_entities` for 1,000 communes in one call (time; SQL statements counted in the service
//     process) vs `_entities` for one commune;
//  3. commune name search under 50 concurrent clients (p95) vs a trivial `{ __typename }`.
// The service and each import run in child processes, so that the load generator never shares
// an event loop with what it measures.
//
// Run: `npm run bench territory` (throwaway Postgres/NATS, swept afterwards). BENCH_ONLY=import,entities,search
// picks parts; BENCH_SECONDS (load duration, default 10) and BENCH_ROUNDS (_entities calls, default 20) tune it.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { ANONYMOUS, openDatabase, signIdentity, IDENTITY_HEADER } from '@pass-numerique/service-kit';
import { dropDatabase, testDatabaseUrl, testEventPrefix, testInfrastructure, deleteTestStreams, TEST_IDENTITY_SECRET } from '@pass-numerique/testing';
import { importFrance, readFranceMap, startTerritoryService, territorySubgraph } from '@pass-numerique/territory-service';

// autocannon ships no types; this is the little of it used here.
type Autocannon = (options: Record<string, unknown>) => Promise<{ requests: { average: number }; errors: number; non2xx: number }> & {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

const ENTITY_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

// ——— child processes ———

type ChildMessage = { kind: 'import'; ms: number; maxRssMb: number; imported: boolean } | { kind: 'idle'; maxRssMb: number } | { kind: 'ready'; url: string } | { kind: 'count'; count: number };

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

async function importChild(url: string): Promise<void> {
  const dataSource = await openDatabase({ url, entities: territorySubgraph().entities, migrations: territorySubgraph().migrations, poolSize: 2 });
  const start = performance.now();
  const report = await importFrance(dataSource);
  const ms = performance.now() - start;
  await dataSource.destroy();
  process.send!({ kind: 'import', ms, maxRssMb: maxRssMb(), imported: report.imported } satisfies ChildMessage);
}

async function idleChild(url: string): Promise<void> {
  const dataSource = await openDatabase({ url, entities: territorySubgraph().entities, migrations: territorySubgraph().migrations, poolSize: 2 });
  await dataSource.query('SELECT count(*) FROM territory');
  await dataSource.destroy();
  process.send!({ kind: 'idle', maxRssMb: maxRssMb() } satisfies ChildMessage);
}

async function serveChild(url: string, eventPrefix: string): Promise<void> {
  // Counts the statements the service sends (the outbox relay's own aside) when asked.
  let counting = false;
  let count = 0;
  const prototype = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
    if (counting && !/outbox_event|processed_event|LISTEN|pg_notify/i.test(text)) count++;
    return original.apply(this, args);
  };
  const infra = testInfrastructure();
  const service = await startTerritoryService({
    service: 'territory',
    port: 0,
    host: '127.0.0.1',
    databaseUrl: url,
    natsUrl: infra.natsUrl,
    eventPrefix,
    internalIdentitySecret: TEST_IDENTITY_SECRET,
    logLevel: 'silent',
    loadDemoData: false,
  });
  process.on('message', async (message: { kind: string }) => {
    if (message.kind === 'count-start') {
      count = 0;
      counting = true;
    } else if (message.kind === 'count-stop') {
      counting = false;
      process.send!({ kind: 'count', count } satisfies ChildMessage);
    } else if (message.kind === 'stop') {
      await service.stop();
      process.exit(0);
    }
  });
  process.send!({ kind: 'ready', url: service.url } satisfies ChildMessage);
}

function spawnChild(args: string[]): { child: ChildProcess; next: () => Promise<ChildMessage> } {
  const child = fork(__filename, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const queue: ChildMessage[] = [];
  const waiting: Array<(m: ChildMessage) => void> = [];
  child.on('message', (m: ChildMessage) => (waiting.length ? waiting.shift()!(m) : queue.push(m)));
  return { child, next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve))) };
}

// ——— measurements ———

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function benchImport(): Promise<Record<string, number>> {
  const times: number[] = [];
  const rss: number[] = [];
  for (let round = 0; round < 3; round++) {
    const url = testDatabaseUrl('bench_territory_import');
    const { child, next } = spawnChild(['import-child', url]);
    const result = await next();
    child.kill();
    await dropDatabase(url);
    if (result.kind !== 'import' || !result.imported) throw new Error('import child did not import');
    times.push(result.ms);
    rss.push(result.maxRssMb);
  }
  const idleUrl = testDatabaseUrl('bench_territory_idle');
  const idle = spawnChild(['idle-child', idleUrl]);
  const idleResult = await idle.next();
  idle.child.kill();
  await dropDatabase(idleUrl);

  // Baseline: the same rows, one INSERT each, in one transaction.
  const url = testDatabaseUrl('bench_territory_rowwise');
  const dataSource = await openDatabase({ url, entities: territorySubgraph().entities, migrations: territorySubgraph().migrations, poolSize: 2 });
  const map = readFranceMap();
  const start = performance.now();
  await dataSource.transaction(async (manager) => {
    for (const r of map.rows) {
      await manager.query(
        `INSERT INTO territory (level, code, name, population, parent_level, parent_code, epci_code, departement_code, region_code, siren, epci_kind, postal_codes, search_name, search_name_bare)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $3, $3)`,
        [r.level, r.code, r.name, r.population, r.parentLevel, r.parentCode, r.epciCode, r.departementCode, r.regionCode, r.siren, r.epciKind, r.postalCodes],
      );
    }
  });
  const rowwiseMs = performance.now() - start;
  await dataSource.destroy();
  await dropDatabase(url);
  return {
    importMs: median(times),
    importRssMb: Math.max(...rss),
    idleRssMb: idleResult.kind === 'idle' ? idleResult.maxRssMb : NaN,
    rowwiseMs,
    rows: map.rows.length,
  };
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

async function benchEntities(url: string, token: string, service: ReturnType<typeof spawnChild>, communeCodes: string[]) {
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Territory { level code name population } } }`;
  const representations = (codes: string[]) => codes.map((code) => ({ __typename: 'Territory', level: 'COMMUNE', code }));
  const timeCall = async (codes: string[]) => {
    const start = performance.now();
    const { data, errors } = await post(url, token, query, { r: representations(codes) });
    const ms = performance.now() - start;
    if (errors || data._entities.filter(Boolean).length !== codes.length) throw new Error('_entities did not resolve every commune');
    return ms;
  };
  // One SQL round trip per call, whatever the number of references: counted inside the service.
  service.child.send({ kind: 'count-start' });
  await timeCall(communeCodes);
  service.child.send({ kind: 'count-stop' });
  const counted = await service.next();
  const statements = counted.kind === 'count' ? counted.count : NaN;
  if (statements !== 1) throw new Error(`_entities for ${communeCodes.length} communes sent ${statements} SQL statements, expected 1`);

  const thousand: number[] = [];
  const one: number[] = [];
  for (let round = 0; round < ENTITY_ROUNDS; round++) {
    const offset = (round * 997) % (communeCodes.length - 1);
    thousand.push(await timeCall(communeCodes));
    one.push(await timeCall([communeCodes[offset]]));
  }
  return { statements, thousandMs: median(thousand), thousandP95Ms: percentile(thousand, 95), oneMs: median(one) };
}

async function load(url: string, token: string, bodies: string[]): Promise<{ p50: number; p95: number; p99: number; rps: number; errors: number }> {
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token },
    requests: bodies.map((body) => ({ method: 'POST', body })),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

const SEARCHES = ['pe', 'peronne', 'st omer', 'ami', 'saint', 'lil', 'ajac', 'bou', 'mont', 'vill', 'le touq', 'st', 'char', 'beau', 'ste gen', '8020', '59', 'maub', 'avesn', 'verv'];

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'import-child') return importChild(args[0]);
  if (mode === 'idle-child') return idleChild(args[0]);
  if (mode === 'serve-child') return serveChild(args[0], args[1]);

  const wants = (name: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(name);
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  say(`territory benchmarks — ${new Date().toISOString()} — node ${process.version}`);

  if (wants('import')) {
    const r = await benchImport();
    say(`import of France from scratch (${r.rows.toLocaleString('en')} territory rows + postal codes), median of 3 fresh databases:`);
    say(`  service import ${r.importMs.toFixed(0)} ms (goal < 10,000 ms) · row-by-row INSERT baseline ${r.rowwiseMs.toFixed(0)} ms · ${(r.rowwiseMs / r.importMs).toFixed(1)}× faster`);
    say(`  peak RSS ${r.importRssMb.toFixed(0)} MB · process that only opens the database ${r.idleRssMb.toFixed(0)} MB · import adds ${(r.importRssMb - r.idleRssMb).toFixed(0)} MB (${(r.importRssMb / r.idleRssMb).toFixed(2)}×)`);
  }

  if (wants('entities') || wants('search')) {
    const url = testDatabaseUrl('bench_territory_service');
    const eventPrefix = testEventPrefix();
    const service = spawnChild(['serve-child', url, eventPrefix]);
    const ready = await service.next();
    if (ready.kind !== 'ready') throw new Error('service did not start');
    const token = await signIdentity(ANONYMOUS, TEST_IDENTITY_SECRET);
    try {
      if (wants('entities')) {
        const db = new Client({ connectionString: url });
        await db.connect();
        const { rows } = await db.query(`SELECT code FROM territory WHERE level = 'COMMUNE' ORDER BY md5(code) LIMIT 1000`);
        await db.end();
        const r = await benchEntities(ready.url, token, service, rows.map((row: { code: string }) => row.code));
        say(`_entities, median of ${ENTITY_ROUNDS} calls:`);
        say(`  1,000 communes in one call: ${r.thousandMs.toFixed(1)} ms (p95 ${r.thousandP95Ms.toFixed(1)} ms), ${r.statements} SQL statement · 1 commune: ${r.oneMs.toFixed(1)} ms · ratio ${(r.thousandMs / r.oneMs).toFixed(1)}× for 1,000× the references`);
      }
      if (wants('search')) {
        const searchBodies = SEARCHES.map((q) => JSON.stringify({ query: `query($q: String!) { searchCommunes(query: $q, first: 10) { totalCount edges { node { code name population } } } }`, variables: { q } }));
        const trivial = await load(ready.url, token, [JSON.stringify({ query: '{ __typename }' })]);
        const search = await load(ready.url, token, searchBodies);
        say(`commune search, ${CONNECTIONS} concurrent clients for ${LOAD_SECONDS} s, ${SEARCHES.length} queries in rotation (short prefixes like "pe", "st", "59" included):`);
        say(`  search p50 ${search.p50.toFixed(1)} ms · p95 ${search.p95.toFixed(1)} ms · p99 ${search.p99.toFixed(1)} ms · ${search.rps.toFixed(0)} req/s · ${search.errors} errors`);
        say(`  baseline { __typename } p50 ${trivial.p50.toFixed(1)} ms · p95 ${trivial.p95.toFixed(1)} ms · p99 ${trivial.p99.toFixed(1)} ms · ${trivial.rps.toFixed(0)} req/s · ${trivial.errors} errors`);
        say(`  ratio: search p95 ${(search.p95 / trivial.p95).toFixed(2)}× the baseline's; throughput ${(search.rps / trivial.rps).toFixed(2)}× the baseline's`);
      }
    } finally {
      service.child.send({ kind: 'stop' });
      await new Promise((resolve) => service.child.once('exit', resolve));
      await dropDatabase(url);
      await deleteTestStreams(eventPrefix);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
