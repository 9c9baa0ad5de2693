// Bundles each service and the gateway into one CommonJS file under dist/: the workspace
// libraries are inlined, installed packages stay in node_modules.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error.mjs';
import { say } from './output.mjs';

/** What `npm start` runs, in start order; `dir` is both the source folder and the dist folder. */
export const APPLICATIONS = [
  { name: 'funding', dir: 'services/funding', portVariable: 'FUNDING_PORT', defaultPort: 4001 },
  { name: 'passes', dir: 'services/passes', portVariable: 'PASSES_PORT', defaultPort: 4002 },
  { name: 'partners', dir: 'services/partners', portVariable: 'PARTNERS_PORT', defaultPort: 4003 },
  { name: 'territory', dir: 'services/territory', portVariable: 'TERRITORY_PORT', defaultPort: 4004 },
  { name: 'gateway', dir: 'gateway', portVariable: 'GATEWAY_PORT', defaultPort: 4000 },
];

export const sourceEntry = (app) => join(app.dir, 'src', 'main.ts');
export const builtEntry = (app) => join('dist', app.dir, 'main.js');

/** esbuild options shared by the applications and the benchmarks. */
export function bundleOptions(root) {
  return {
    absWorkingDir: root,
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Installed packages are loaded from node_modules at run time; only workspace code is bundled.
    packages: 'external',
    tsconfig: 'tsconfig.base.json',
    loader: { '.graphql': 'text' },
    sourcemap: true,
    logLevel: 'silent',
  };
}

/**
 * Bundles `entries` ({ in, out } relative to the root), one esbuild call each so that a broken
 * entry is named; throws a CliError listing every failure.
 */
export async function bundle(root, entries) {
  const esbuild = await import('esbuild');
  const results = await Promise.allSettled(entries.map((entry) => esbuild.build({ ...bundleOptions(root), entryPoints: [entry] })));
  const failures = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') return;
    const messages = result.reason?.errors ?? [{ text: String(result.reason?.message ?? result.reason) }];
    const details = messages.map(({ text, location }) => (location ? `${location.file}:${location.line}:${location.column}: ${text}` : text));
    failures.push(`${entries[index].in}:\n${details.map((line) => `    ${line}`).join('\n')}`);
  });
  if (failures.length > 0) throw new CliError(`build failed:\n  ${failures.join('\n  ')}`);
}

/** Builds every application (or those named in `only`) whose entry exists; returns the ones built. */
export async function build(root, { quiet = false, only = [] } = {}) {
  const started = Date.now();
  const unknown = only.filter((name) => !APPLICATIONS.some((app) => app.name === name));
  if (unknown.length > 0) throw new CliError(`nothing called ${unknown.join(', ')} to build (applications: ${APPLICATIONS.map((app) => app.name).join(', ')}).`);
  const wanted = only.length > 0 ? APPLICATIONS.filter((app) => only.includes(app.name)) : APPLICATIONS;
  const present = wanted.filter((app) => existsSync(join(root, sourceEntry(app))));
  const missing = wanted.filter((app) => !present.includes(app));
  if (missing.length > 0) say(`not built (no ${missing.map(sourceEntry).join(', ')} yet)`);
  if (present.length === 0) return [];
  await bundle(
    root,
    present.map((app) => ({ in: sourceEntry(app), out: join(app.dir, 'main') })),
  );
  if (!quiet) say(`built ${present.map((app) => builtEntry(app)).join(', ')} in ${Date.now() - started} ms`);
  return present;
}
