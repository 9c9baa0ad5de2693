// `npm run bench gateway`: what the gateway costs, against the limit of a gateway that would cost
// nothing. For each read operation, the subgraph requests our gateway sends for it are recorded
// (real variables, real signed identity) and replayed straight to the subgraphs by a minimal
// client keeping the plan's sequence and parallelism (replay.ts). Gateway and replay run in
// alternating rounds in the same run; the gateway's CPU time per request comes from the gateway
// process's own process.cpuUsage().
//
// Environment: BENCH_PASSES, BENCH_DISTRIBUTORS, BENCH_PLACES (scale of the data set, small by
// default: the operations read a programme, not a country), BENCH_SECONDS (per round, 10),
// BENCH_ROUNDS (alternating rounds, 3), BENCH_CONNECTIONS (10), BENCH_ONLY=one,four,dashboard,
// BENCH_PROFILE=gateway (CPU profile of the measured gateway during its load rounds, one file per
// round in BENCH_PROFILE_DIR, default dist/bench/gateway/profiles), or =passes (funding, …): that
// subgraph's profile during the replay rounds.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { parse, print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { createSecretKey } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { formatGrant, openDatabase, signIdentity, verifyIdentity, type Identity } from '@pass-numerique/service-kit';
import { deleteTestStreams, dropDatabase, personToken, testEventPrefix, testPeopleKeys, testServiceConfig, TEST_IDENTITY_SECRET } from '@pass-numerique/testing';
import { fundingSubgraph } from '@pass-numerique/funding-service';
import { passesSubgraph } from '@pass-numerique/passes-service';
import { partnersSubgraph } from '@pass-numerique/partners-service';
import { importFrance, territorySubgraph } from '@pass-numerique/territory-service';
import { generateFrance } from '../analytics/generate';
import { runBenchmark, subgraphUrlsFor } from '../harness';
import { profiled, runChildRole, startChild, type Child } from './processes';
import { describeStages, loadRound, RecordingFront, type Round, type Stages } from './replay';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = env('BENCH_SECONDS', 10);
const ROUNDS = env('BENCH_ROUNDS', 3);
const CONNECTIONS = env('BENCH_CONNECTIONS', 10);
const only = process.env.BENCH_ONLY?.split(',');
const wants = (part: string) => !only || only.includes(part);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One subgraph: the trivial read of the other benchmarks. */
const ONE_SUBGRAPH = `query ProgrammeCode($id: ID!) { programmePasses(programmeId: $id) { code } }`;

/** Four subgraphs: the programme (funding), its owner (partners), its perimeter (territory) and its pass funnel (passes). */
const FOUR_SUBGRAPHS = `query ProgrammeOverview($id: ID!) {
  programme(id: $id) {
    code name status startsOn endsOn
    owner { name siret }
    perimeter { level code name population }
    passes { funnel { ordered activated allocated handedOut redeemed reimbursed expired credited } }
  }
}`;

/** The console's dashboard query as the console sends it: read from its page, with the __typename fields Apollo Client adds. */
function consoleDashboardQuery(root: string): string {
  const page = readFileSync(join(root, 'console', 'src', 'pages', 'Dashboard.tsx'), 'utf8');
  const text = /const DASHBOARD = gql`([^`]*)`/.exec(page)?.[1];
  if (!text) throw new Error('no DASHBOARD query in console/src/pages/Dashboard.tsx');
  return print(addTypenameToDocument(parse(text)));
}

function commit(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'gateway', 'libs/service-kit', 'bench/gateway'], { cwd: root }).toString().trim();
    return dirty ? `${head} + uncommitted changes in gateway/service-kit/bench` : head;
  } catch {
    return 'unknown';
  }
}

/**
 * The signed identity's own cost, per call, in this process: the HMAC form the gateway signs
 * against the HS256 JWT of the same claims it signed before (jose, the key imported once), in
 * alternating rounds; the fastest round of each.
 */
async function identityCosts(identity: Identity): Promise<string> {
  const secret = TEST_IDENTITY_SECRET;
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  const jwt = () =>
    new SignJWT({ org: identity.organisationId, grt: identity.grants.map(formatGrant), scp: identity.scopes })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(identity.subject)
      .setIssuer('pn-gateway')
      .setAudience('pn-subgraphs')
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(key);
  const signedJwt = await jwt();
  const signedHmac = await signIdentity(identity, secret);
  const perCall = async (call: () => Promise<unknown>) => {
    const n = 2_000;
    const started = performance.now();
    for (let i = 0; i < n; i++) await call();
    return ((performance.now() - started) * 1000) / n;
  };
  const best = { jwtSign: Infinity, jwtVerify: Infinity, hmacSign: Infinity, hmacVerify: Infinity };
  for (let round = 0; round < 5; round++) {
    best.jwtSign = Math.min(best.jwtSign, await perCall(jwt));
    best.hmacSign = Math.min(best.hmacSign, await perCall(() => signIdentity(identity, secret)));
    best.jwtVerify = Math.min(best.jwtVerify, await perCall(() => jwtVerify(signedJwt, key, { issuer: 'pn-gateway', audience: 'pn-subgraphs', algorithms: ['HS256'] })));
    best.hmacVerify = Math.min(best.hmacVerify, await perCall(() => verifyIdentity(signedHmac, secret)));
  }
  const us = (n: number) => `${n.toFixed(1)} µs`;
  return `The signed identity, per call in the load generator's process (fastest of 5 alternating rounds of 2,000): HMAC form signed ${us(best.hmacSign)}, verified ${us(best.hmacVerify)}; the HS256 JWT of the same claims (jose) signed ${us(best.jwtSign)}, verified ${us(best.jwtVerify)} (${(best.jwtVerify / best.hmacVerify).toFixed(1)}× the HMAC's verification, paid by a subgraph on every call it receives).`;
}

async function main(): Promise<void> {
  const root = process.cwd();
  const scale = { passes: env('BENCH_PASSES', 100_000), distributors: env('BENCH_DISTRIBUTORS', 1_000), places: env('BENCH_PLACES', 1_000) };
  const prefix = testEventPrefix();
  const names = ['funding', 'passes', 'partners', 'territory'] as const;
  const configs = Object.fromEntries(names.map((n) => [n, testServiceConfig(n, { eventPrefix: prefix, logLevel: 'error' })])) as Record<(typeof names)[number], ReturnType<typeof testServiceConfig>>;
  const children: Child[] = [];
  let front: RecordingFront | undefined;
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const load1 = () => `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores`;
  try {
    console.log(`databases: migrations, the map of France, then a data set of ${scale.passes.toLocaleString('en')} passes…`);
    const definitions = { funding: fundingSubgraph(), passes: passesSubgraph({ internalIdentitySecret: TEST_IDENTITY_SECRET }), partners: partnersSubgraph({} as never), territory: territorySubgraph() };
    for (const name of names) {
      const dataSource = await openDatabase({ url: configs[name].databaseUrl, entities: definitions[name].entities, migrations: definitions[name].migrations });
      if (name === 'territory') await importFrance(dataSource);
      await dataSource.destroy();
    }
    const france = await generateFrance(
      { funding: configs.funding.databaseUrl, passes: configs.passes.databaseUrl, partners: configs.partners.databaseUrl, territory: configs.territory.databaseUrl },
      scale,
    );

    for (const name of names) children.push(await startChild(name, { config: configs[name] }));
    const subgraphs = Object.fromEntries(names.map((name, i) => [name, children[i].url]));
    const jwks = (await testPeopleKeys()).jwks;
    const gateway = await startChild('gateway', { subgraphUrls: subgraphUrlsFor(subgraphs), jwks });
    children.push(gateway);
    // The recording gateway: the same code, its subgraphs reached through the recording front.
    front = await RecordingFront.open(subgraphs);
    const recorder = await startChild('gateway', { subgraphUrls: subgraphUrlsFor(front.urls), jwks });
    children.push(recorder);
    const subgraphChildren = children.slice(0, names.length);

    const token = await personToken({ grants: [{ role: 'programme_manager', programmeId: france.programmeId }], subject: 'bench-manager' }, { expiresInSeconds: 3_600 });
    const gatewayHeaders = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const operations = [
      { key: 'one', name: 'one-subgraph read (`programmePasses { code }`)', query: ONE_SUBGRAPH, variables: { id: france.programmeId }, goal: 0.85 },
      { key: 'four', name: 'four-subgraph query (programme + owner + perimeter + funnel)', query: FOUR_SUBGRAPHS, variables: { id: france.programmeId }, goal: 0.75 },
      { key: 'dashboard', name: "départements dashboard (the console's `Dashboard` query)", query: consoleDashboardQuery(root), variables: { code: 'BENCH-FRANCE' }, goal: 0.9 },
    ].filter((o) => wants(o.key));

    say(`## Gateway ÷ replay (commit ${commit(root)}, ${new Date().toISOString().slice(0, 16)}Z)`);
    say(``);
    say(`${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s (gateway, replay, gateway, replay…) after an unmeasured warm-up of each, medians. Data set: ${scale.passes.toLocaleString('en')} passes, ${scale.distributors.toLocaleString('en')} distributors, ${scale.places.toLocaleString('en')} places (bench/analytics/generate.ts). _${load1()} at the start._`);
    say(``);
    say(`| operation | subgraph requests (stages) | gateway req/s | replay ops/s | **gateway ÷ replay** (goal) | gateway CPU µs/request | subgraphs' CPU µs/op, gateway / replay | p99 ms, gateway / replay |`);
    say(`|---|---|---|---|---|---|---|---|`);
    const body = (o: (typeof operations)[number]) => JSON.stringify({ query: o.query, variables: o.variables });
    const eachSubgraphCpu = () => Promise.all(subgraphChildren.map((c) => c.cpuMicros()));
    const subgraphsCpu = async () => (await eachSubgraphCpu()).reduce((a, b) => a + b, 0);
    const perSubgraph: string[] = [];
    for (const operation of operations) {
      // Checked once: the answer is whole, without errors.
      const check = await fetch(gateway.url, { method: 'POST', headers: gatewayHeaders, body: body(operation) });
      const checked = await check.text();
      if (check.status !== 200 || checked.includes('"errors"')) throw new Error(`${operation.key}: ${check.status} ${checked.slice(0, 500)}`);
      // Signed identities live 60 s: the requests are recorded again before each replay round.
      const record = (): Promise<Stages> =>
        front!.record(async () => {
          const answer = await fetch(recorder.url, { method: 'POST', headers: gatewayHeaders, body: body(operation) });
          const text = await answer.text();
          if (text !== checked) throw new Error(`${operation.key}: the recording gateway answered differently`);
        });
      const shape = await record();
      // Unmeasured: the gateway plans the operation and both sides' code warms up.
      await loadRound(() => [[{ url: gateway.url, headers: gatewayHeaders, body: body(operation) }]], CONNECTIONS, Math.min(SECONDS, 3));
      await loadRound(() => shape, CONNECTIONS, Math.min(SECONDS, 3));
      const rounds: Array<{ gateway: Round & { cpu: number; subgraphs: number }; replay: Round & { subgraphs: number } }> = [];
      for (let round = 0; round < ROUNDS; round++) {
        const gatewayCpu = await gateway.cpuMicros();
        let subgraphCpu = await subgraphsCpu();
        const gatewayRound = () => loadRound(() => [[{ url: gateway.url, headers: gatewayHeaders, body: body(operation) }]], CONNECTIONS, SECONDS);
        const profileFile = join(process.env.BENCH_PROFILE_DIR ?? join(root, 'dist', 'bench', 'gateway', 'profiles'), `gateway-${operation.key}-${round + 1}.cpuprofile`);
        const through = process.env.BENCH_PROFILE === 'gateway' ? await profiled(gateway, profileFile, gatewayRound) : await gatewayRound();
        const throughCpu = (await gateway.cpuMicros()) - gatewayCpu;
        const throughSubgraphs = (await subgraphsCpu()) - subgraphCpu;
        const stages = await record();
        const eachBefore = await eachSubgraphCpu();
        subgraphCpu = eachBefore.reduce((a, b) => a + b, 0);
        const replayRound = () => loadRound(() => stages, CONNECTIONS, SECONDS);
        const profiledSubgraph = names.indexOf(process.env.BENCH_PROFILE as (typeof names)[number]);
        const replayed =
          profiledSubgraph >= 0
            ? await profiled(subgraphChildren[profiledSubgraph], profileFile.replace('gateway-', `${names[profiledSubgraph]}-replay-`), replayRound)
            : await replayRound();
        const eachAfter = await eachSubgraphCpu();
        const replaySubgraphs = eachAfter.reduce((a, b) => a + b, 0) - subgraphCpu;
        if (round === ROUNDS - 1) {
          const used = names.map((name, i) => [name, (eachAfter[i] - eachBefore[i]) / Math.max(1, replayed.completed)] as const).filter(([, micros]) => micros >= 50);
          perSubgraph.push(`${operation.key}: ${used.map(([name, micros]) => `${name} ${micros.toFixed(0)} µs`).join(', ')}`);
        }
        rounds.push({
          gateway: { ...through, cpu: throughCpu / Math.max(1, through.completed), subgraphs: throughSubgraphs / Math.max(1, through.completed) },
          replay: { ...replayed, subgraphs: replaySubgraphs / Math.max(1, replayed.completed) },
        });
        console.log(`  ${operation.key} round ${round + 1}: gateway ${through.perSecond.toFixed(0)}/s (${(throughCpu / Math.max(1, through.completed)).toFixed(0)} µs CPU each), replay ${replayed.perSecond.toFixed(0)}/s; load generator's CPU per operation: ${through.clientMicros.toFixed(0)} / ${replayed.clientMicros.toFixed(0)} µs`);
      }
      const ratio = median(rounds.map((r) => r.gateway.perSecond / r.replay.perSecond));
      const failed = rounds.reduce((n, r) => n + r.gateway.failed + r.replay.failed, 0);
      const requests = shape.reduce((n, s) => n + s.length, 0);
      say(
        `| ${operation.name} | ${requests}: ${describeStages(shape)} | ${median(rounds.map((r) => r.gateway.perSecond)).toFixed(0)} | ${median(rounds.map((r) => r.replay.perSecond)).toFixed(0)} | ` +
          `**${ratio.toFixed(2)}×** (≥ ${operation.goal.toFixed(2)} ${ratio >= operation.goal ? '✔' : '✘'}); rounds ${rounds.map((r) => (r.gateway.perSecond / r.replay.perSecond).toFixed(2)).join(', ')} | ` +
          `${median(rounds.map((r) => r.gateway.cpu)).toFixed(0)} | ${median(rounds.map((r) => r.gateway.subgraphs)).toFixed(0)} / ${median(rounds.map((r) => r.replay.subgraphs)).toFixed(0)} | ` +
          `${median(rounds.map((r) => r.gateway.p99)).toFixed(0)} / ${median(rounds.map((r) => r.replay.p99)).toFixed(0)} |${failed ? ` (${failed} failed)` : ''}`,
      );
    }
    say(``);
    say(`_${load1()} at the end._`);
    say(``);
    say(`Each subgraph's CPU per replayed operation (Node only, PostgreSQL not counted; last round): ${perSubgraph.join('; ')}.`);
    say(``);
    say(await identityCosts({ subject: 'bench-manager', grants: [{ role: 'programme_manager', programmeId: france.programmeId }], scopes: [] }));
    console.log('\n' + lines.join('\n'));
  } finally {
    for (const child of children.reverse()) await child.stop();
    await front?.close();
    for (const name of names) await dropDatabase(configs[name].databaseUrl);
    await deleteTestStreams(prefix);
  }
}

if (!runChildRole()) runBenchmark(main);
