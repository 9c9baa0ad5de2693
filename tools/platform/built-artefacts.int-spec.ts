// The bundles in dist/ are what `npm start` and the Docker images run. esbuild drops decorator
// metadata and inlines the libraries, so a suite that passes on sources can still ship a bundle
// that crashes (ARCHITECTURE.md, trap 2): start the built funding service for real.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { dropDatabase, deleteTestStreams, eventually, testDatabaseUrl, testEventPrefix, testInfrastructure, TEST_IDENTITY_SECRET } from '@pass-numerique/testing';

const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'services', 'funding', 'main.js');

interface Started {
  child: ChildProcess;
  output: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
  signalledAt?: number;
}

/** Runs the bundle with exactly `env` (plus PATH): nothing leaks in from the developer's shell. */
function runBundle(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--enable-source-maps', bundle], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', APOLLO_TELEMETRY_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const started: Started = {
    child,
    output: () => out + err,
    stderr: () => err,
    exit: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, afterMs: Date.now() - (started.signalledAt ?? Date.now()) }))),
  };
  return started;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function status(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return undefined;
  }
}

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms).unref())]);

describe('built artefacts (dist/)', () => {
  const infra = testInfrastructure();
  const databases: string[] = [];
  const prefixes: string[] = [];
  const children: Started[] = [];

  const validEnv = async () => {
    const databaseUrl = testDatabaseUrl('built');
    const prefix = testEventPrefix();
    databases.push(databaseUrl);
    prefixes.push(prefix);
    return {
      FUNDING_DATABASE_URL: databaseUrl,
      NATS_URL: infra.natsUrl,
      EVENT_PREFIX: prefix,
      INTERNAL_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      FUNDING_PORT: String(await freePort()),
      LOG_LEVEL: 'warn',
    };
  };
  const start = (env: Record<string, string>) => {
    const started = runBundle(env);
    children.push(started);
    return started;
  };

  beforeAll(() => {
    // `npm test` builds before Jest; build again so that running this file alone tests today's code.
    execFileSync(process.execPath, [join(root, 'tools', 'platform', 'cli.mjs'), 'build', 'funding'], { cwd: root, stdio: 'pipe' });
  }, 60_000);

  afterAll(async () => {
    for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map((c) => c.exit));
    for (const url of databases) await dropDatabase(url);
    for (const prefix of prefixes) await deleteTestStreams(prefix);
  });

  it('starts the bundled funding service: ready, healthy, closed to unsigned calls, and it stops cleanly on SIGTERM', async () => {
    const env = await validEnv();
    const service = start(env);
    const base = `http://127.0.0.1:${env.FUNDING_PORT}`;

    await eventually(async () => (await status(`${base}/ready`)) === 200 || service.child.exitCode !== null, 30_000, 'funding /ready');
    expect({ exitCode: service.child.exitCode, output: service.child.exitCode === null ? '' : service.output() }).toEqual({ exitCode: null, output: '' });

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const unsigned = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ programmes { id } }' }),
    });
    expect(unsigned.status).toBe(401);
    const entities = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Programme", id: "x" }]) { __typename } }' }),
    });
    expect(entities.status).toBe(401);

    service.signalledAt = Date.now();
    service.child.kill('SIGTERM');
    const exit = await within(service.exit, 15_000, 'stopping on SIGTERM');
    expect({ code: exit.code, signal: exit.signal, stderr: service.stderr() }).toEqual({ code: 0, signal: null, stderr: '' });
  }, 60_000);

  it('refuses a wrong environment at start-up, naming every bad variable at once', async () => {
    const service = start({
      FUNDING_DATABASE_URL: testDatabaseUrl('built'),
      // NATS_URL missing
      FUNDING_PORT: 'not-a-port',
      INTERNAL_IDENTITY_SECRET: 'short',
    });
    const exit = await within(service.exit, 15_000, 'failing start-up');
    expect(exit.code).toBe(1);
    const report = service.stderr();
    expect(report).toMatch(/NATS_URL: missing/);
    expect(report).toMatch(/PORT:/);
    expect(report).toMatch(/INTERNAL_IDENTITY_SECRET: must be at least 32 characters/);
    expect(report).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('says in one line, without a stack trace, that PostgreSQL does not answer', async () => {
    const deadPort = await freePort();
    const env = await validEnv();
    const service = start({ ...env, FUNDING_DATABASE_URL: `postgres://postgres@127.0.0.1:${deadPort}/pn_test_${infra.runId}_built_unreachable` });
    const exit = await within(service.exit, 20_000, 'failing start-up');
    expect(exit.code).toBe(1);
    const lines = service.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`PostgreSQL is not reachable at 127\\.0\\.0\\.1:${deadPort}`));
  }, 30_000);

  it('says in one line, without a stack trace, that NATS does not answer', async () => {
    const deadPort = await freePort();
    const env = await validEnv();
    const service = start({ ...env, NATS_URL: `nats://127.0.0.1:${deadPort}` });
    const exit = await within(service.exit, 20_000, 'failing start-up');
    expect(exit.code).toBe(1);
    const lines = service.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`NATS is not reachable at nats://127\\.0\\.0\\.1:${deadPort}`));
  }, 30_000);
});
