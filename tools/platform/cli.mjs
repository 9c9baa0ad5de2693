#!/usr/bin/env node
// The platform's command line: `npm start`, `npm test`, `npm run build|supergraph|bench`.
// Plain Node ESM with built-ins only at load time: it must run on a fresh clone, before
// `npm ci`, which it runs itself when node_modules is missing or stale.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli-error.mjs';
import { checkNodeVersion, ensureDependencies, platformRuntime } from './dependencies.mjs';
import { say } from './output.mjs';
import { forwardSignalToForeground, run } from './processes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = `usage: node tools/platform/cli.mjs <command>
  start              PostgreSQL + NATS (found or started), build, four services and the gateway
  test [path...]     lint, build, then Jest on throwaway databases and streams (all removed after)
  build [app...]     bundle services/*/src/main.ts and gateway/src/main.ts (or only the named apps) into dist/
  supergraph         compose the supergraph and the API reference (docs/api/schema.graphql)
  bench [name...]    run bench/<name>/main.ts (all benchmarks when no name is given)
  token <role>       print a development token for a person of that role (after a first npm start)
  example-partner    run the partner kit's example journey against the running npm start
  ops <subcommand>   outbox backlog, consumers, dead letters (list, replay): ops help for details
  demo-data          regenerate the demo's generated data (libs/demo-programme/src/partners-demo.ts)`;

const commands = {
  async start() {
    const { start } = await import('./start.mjs');
    return start(root);
  },
  async test(args) {
    const { test } = await import('./test.mjs');
    return test(root, args);
  },
  async build(names) {
    const { build } = await import('./build.mjs');
    await build(root, { only: names });
    return 0;
  },
  async supergraph(args) {
    // Composition is the gateway's own code (gateway/src/supergraph/write-supergraph.ts): bundle and run it.
    const { bundle } = await import('./build.mjs');
    const source = join('gateway', 'src', 'supergraph', 'write-supergraph.ts');
    if (!existsSync(join(root, source))) {
      say(`no supergraph composition yet (${source}); nothing to do`);
      return 0;
    }
    await bundle(root, [{ in: source, out: join('tools', 'compose-supergraph') }]);
    const script = join('dist', 'tools', 'compose-supergraph.js');
    return run(process.execPath, ['--enable-source-maps', script, ...args], { cwd: root, env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true' } });
  },
  async token(args) {
    // Signs with the development identity provider key kept by `npm start` (tools/platform/dev-token.ts).
    const { loadDevSecrets, devSecretsFile } = await import('./dev-secrets.mjs');
    loadDevSecrets(root);
    const { bundle } = await import('./build.mjs');
    await bundle(root, [{ in: join('tools', 'platform', 'dev-token.ts'), out: join('tools', 'dev-token') }]);
    return run(process.execPath, [join('dist', 'tools', 'dev-token.js'), devSecretsFile(root), ...args], { cwd: root });
  },
  async 'example-partner'() {
    const { loadDevSecrets, devSecretsFile } = await import('./dev-secrets.mjs');
    loadDevSecrets(root);
    const { bundle } = await import('./build.mjs');
    await bundle(root, [{ in: join('tools', 'platform', 'example-partner.ts'), out: join('tools', 'example-partner') }]);
    const endpoint = `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}/graphql`;
    return run(process.execPath, [join('dist', 'tools', 'example-partner.js'), endpoint, devSecretsFile(root)], { cwd: root });
  },
  async 'demo-data'() {
    const { bundle } = await import('./build.mjs');
    await bundle(root, [{ in: join('tools', 'demo-data', 'write-demo-data.ts'), out: join('tools', 'write-demo-data') }]);
    return run(process.execPath, [join('dist', 'tools', 'write-demo-data.js'), root], { cwd: root });
  },
  async ops(args) {
    const { ops } = await import('./ops.mjs');
    return ops(root, args);
  },
  async bench(args) {
    const { bench } = await import('./bench.mjs');
    return bench(root, args);
  },
};

/**
 * Runs the whole command again on the platform's runtime, since every process a command starts
 * inherits process.execPath. Ctrl-C reaches the new process from the terminal; a SIGTERM or
 * SIGHUP sent to this one is passed on, so `npm start` still stops gracefully.
 */
function handOver(runtime, argv) {
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => forwardSignalToForeground(signal));
  return run(runtime, argv, { cwd: process.cwd() });
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = commands[name];
  if (!command) {
    console.error(USAGE);
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  checkNodeVersion();
  await ensureDependencies(root);
  const runtime = platformRuntime(root);
  if (runtime !== process.execPath) return handOver(runtime, [fileURLToPath(import.meta.url), name, ...args]);
  return (await command(args)) ?? 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof CliError) {
      console.error(`platform: ${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(error);
    process.exit(1);
  },
);
