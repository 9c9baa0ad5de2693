// `npm test [path...]`: the whole suite on throwaway infrastructure. Every database and stream a
// test makes carries this run's id, so `npm start`'s data is never touched, and whatever the
// tests leave (a crash, a Ctrl-C) is swept at the end.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './build.mjs';
import { randomSecret } from './dev-secrets.mjs';
import { discoverNats, discoverPostgres, discoverRedis, ensureChromium } from './infrastructure.mjs';
import { bold, green, red, say, warn } from './output.mjs';
import { forwardSignalToForeground, run } from './processes.mjs';
import { deleteTestStreams, dropTestDatabases } from './sweep.mjs';

/** @param {string[]} args paths (and any Jest options) to pass to Jest */
export async function test(root, args) {
  return withThrowawayInfrastructure(root, async ({ env, interrupted }) => {
    const failed = [];
    // Only plain paths narrow the lint; with Jest options in the arguments, lint everything (≈3 s).
    const paths = args.length > 0 && args.every((arg) => !arg.startsWith('-') && existsSync(join(root, arg))) ? args : [];
    if (existsSync(join(root, 'eslint.config.mjs'))) {
      // @nx/enforce-module-boundaries reads Nx's project graph and silently skips itself when none
      // is cached (a fresh clone): compute it first so the layering rules really run.
      say('project graph: nx show projects');
      if ((await run(...tool(root, 'nx', 'dist/bin/nx.js', ['show', 'projects']), { cwd: root, env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' }, stdio: ['ignore', 'ignore', 'inherit'] })) !== 0) failed.push('nx project graph');
      say(`lint: eslint ${paths.length ? paths.join(' ') : '.'}`);
      if ((await run(...tool(root, 'eslint', 'bin/eslint.js', paths.length ? paths : ['.']), { cwd: root, env })) !== 0) failed.push('lint');
    }
    if (interrupted()) return failed;
    // Jest compiles with SWC, which does not check types: the whole workspace is typechecked here (≈20 s).
    if (paths.length === 0) {
      say('typecheck: tsc -p tsconfig.json');
      if ((await run(...tool(root, 'typescript', 'bin/tsc', ['-p', 'tsconfig.json']), { cwd: root, env })) !== 0) failed.push('typecheck');
    }
    if (interrupted()) return failed;
    // The console is outside the root tsconfig (DOM and JSX settings of its own): typecheck it apart (≈4 s).
    if (existsSync(join(root, 'console', 'tsconfig.json')) && paths.length === 0) {
      say('typecheck: tsc -p console/tsconfig.json');
      if ((await run(...tool(root, 'typescript', 'bin/tsc', ['-p', join('console', 'tsconfig.json')]), { cwd: root, env })) !== 0) failed.push('console typecheck');
    }
    // The public site likewise (its own DOM and JSX settings).
    if (existsSync(join(root, 'site', 'tsconfig.json')) && paths.length === 0) {
      say('typecheck: tsc -p site/tsconfig.json');
      if ((await run(...tool(root, 'typescript', 'bin/tsc', ['-p', join('site', 'tsconfig.json')]), { cwd: root, env })) !== 0) failed.push('site typecheck');
    }
    if (interrupted()) return failed;
    // The built-artefact tests start what this produces.
    await build(root);
    if (interrupted()) return failed;
    // The browser tests run with the rest, unless the paths given leave them out.
    const browserTests = paths.length === 0 || paths.some((path) => 'e2e/src/console.e2e-spec.ts'.startsWith(path.replace(/^\.\//, '')));
    if (browserTests) env.CHROMIUM_PATH = await ensureChromium();
    const code = await run(...tool(root, 'jest', 'bin/jest.js', ['--maxWorkers=2', ...args]), { cwd: root, env });
    if (code !== 0) failed.push(`tests (jest exit code ${code})`);
    return failed;
  });
}

/**
 * Finds or starts PostgreSQL and NATS for one run with its own id, runs `body` with the
 * PN_TEST_* environment, then ALWAYS drops the run's databases and streams and stops what it
 * started. `body` resolves with the names of the steps that failed. Resolves with an exit code.
 */
export async function withThrowawayInfrastructure(root, body) {
  const runId = randomBytes(3).toString('hex');
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    say(`${signal}: stopping, then cleaning up`);
    forwardSignalToForeground(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

  let postgres;
  let nats;
  let redis;
  let failed;
  try {
    postgres = await discoverPostgres({ purpose: 'test', root, password: randomSecret(32) });
    say(`PostgreSQL: ${postgres.origin}`);
    nats = await discoverNats({ purpose: 'test', root });
    say(`NATS JetStream: ${nats.origin}`);
    redis = await discoverRedis();
    say(`Redis: ${redis.origin}`);
    say(`run ${bold(runId)}: databases pn_test_${runId}_*, event prefixes t${runId}_*`);
    const env = {
      ...process.env,
      PN_TEST_DATABASE_URL: postgres.url,
      PN_TEST_NATS_URL: nats.url,
      PN_TEST_REDIS_URL: redis.url,
      PN_TEST_RUN_ID: runId,
      APOLLO_TELEMETRY_DISABLED: 'true',
    };
    failed = interrupted ? [] : await body({ env, runId, interrupted: () => interrupted });
  } finally {
    await sweep({ postgres, nats, runId });
    const stops = await Promise.allSettled([redis, nats, postgres].filter(Boolean).map((infra) => infra.stop()));
    for (const stop of stops) if (stop.status === 'rejected') warn(`while stopping: ${stop.reason?.message ?? stop.reason}`);
  }
  if (interrupted) {
    warn('interrupted');
    return 130;
  }
  if (failed.length > 0) {
    console.log(`${bold('platform')} ${red(`failed: ${failed.join(', ')}`)}`);
    return 1;
  }
  console.log(`${bold('platform')} ${green('all passed')}`);
  return 0;
}

/** Runs an installed tool's own script with this Node (no npx layer between the signals and it). */
export function tool(root, name, script, args) {
  const file = join(root, 'node_modules', name, script);
  return existsSync(file) ? [process.execPath, [file, ...args]] : ['npx', [name, ...args]];
}

async function sweep({ postgres, nats, runId }) {
  const parts = [];
  if (postgres) {
    try {
      parts.push(`${(await dropTestDatabases(postgres.url, runId)).length} database(s)`);
    } catch (error) {
      parts.push(`databases NOT swept (${error.code ?? error.message})`);
    }
  }
  if (nats) {
    try {
      parts.push(`${(await deleteTestStreams(nats.url, runId)).length} stream(s)`);
    } catch (error) {
      parts.push(`streams NOT swept (${error.message})`);
    }
  }
  if (parts.length > 0) say(`swept run ${runId}: ${parts.join(', ')}`);
}
