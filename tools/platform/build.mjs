// Bundles each service and the gateway into one CommonJS file under dist/: the workspace
// libraries are inlined, installed packages stay in node_modules.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { CliError } from './cli-error.mjs';
import { say } from './output.mjs';

/** The platform's services, in start order, as the platform manifest lists them. */
export const SERVICES = createRequire(import.meta.url)('../../libs/platform-manifest/src/services.json').services.map((service) => ({
  name: service.name,
  portVariable: service.portVariable,
  defaultPort: service.port,
  urlVariable: service.urlVariable,
  source: service.entry,
  bundle: service.bundle,
}));
export const GATEWAY = { name: 'gateway', dir: 'gateway', portVariable: 'GATEWAY_PORT', defaultPort: 4000 };
/** What `npm start` runs, in start order. */
export const APPLICATIONS = [...SERVICES, GATEWAY];

/** The back-office console: its pages (vite build) and its small server, started after the gateway. */
export const CONSOLE_SERVER_ENTRY = join('dist', 'console-server', 'main.js');
export const CONSOLE = { name: 'console', dir: 'console', portVariable: 'CONSOLE_PORT', defaultPort: 4005, bundle: CONSOLE_SERVER_ENTRY };
/** The public site for pass holders: its pages (vite build) and its small server, started after the console. */
export const SITE = { name: 'site', dir: 'site', portVariable: 'SITE_PORT', defaultPort: 4006, bundle: join('dist', 'site-server', 'main.js') };
/** The development OpenID Connect provider the console signs people in with (tools/identity-provider), bundled with the console. */
export const IDENTITY_PROVIDER = { name: 'identity-provider', dir: 'tools/identity-provider', portVariable: 'IDP_PORT', defaultPort: 4007, bundle: join('dist', 'identity-provider', 'main.js') };

/** An application's composition root, and the bundle built from it: given, or `<dir>/src/main.ts` and `dist/<dir>/main.js`. */
export const sourceEntry = (app) => app.source ?? join(app.dir, 'src', 'main.ts');
export const builtEntry = (app) => app.bundle ?? join('dist', app.dir, 'main.js');

/** esbuild options shared by the applications and the benchmarks. */
export function bundleOptions(root) {
  return {
    absWorkingDir: root,
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    target: 'node22',
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
  const unknown = only.filter((name) => name !== CONSOLE.name && name !== SITE.name && !APPLICATIONS.some((app) => app.name === name));
  if (unknown.length > 0) throw new CliError(`nothing called ${unknown.join(', ')} to build (applications: ${[...APPLICATIONS, CONSOLE, SITE].map((app) => app.name).join(', ')}).`);
  const withConsole = only.length === 0 || only.includes(CONSOLE.name);
  if (withConsole) await buildConsole(root, { quiet });
  if (only.length === 0 || only.includes(SITE.name)) await buildSite(root, { quiet });
  if (only.length > 0 && only.every((name) => name === CONSOLE.name || name === SITE.name)) return [];
  const wanted = only.length > 0 ? APPLICATIONS.filter((app) => only.includes(app.name)) : APPLICATIONS;
  const present = wanted.filter((app) => existsSync(join(root, sourceEntry(app))));
  const missing = wanted.filter((app) => !present.includes(app));
  if (missing.length > 0) say(`not built (no ${missing.map(sourceEntry).join(', ')} yet)`);
  if (present.length === 0) return [];
  await bundle(
    root,
    // esbuild's `out` is relative to dist/ and without the extension.
    present.map((app) => ({ in: sourceEntry(app), out: relative('dist', builtEntry(app)).replace(/\.js$/, '') })),
  );
  if (!quiet) say(`built ${present.map((app) => builtEntry(app)).join(', ')} in ${Date.now() - started} ms`);
  return present;
}

/** The console: `vite build` into dist/console, and its server bundled into dist/console-server. */
export async function buildConsole(root, { quiet = false } = {}) {
  if (!existsSync(join(root, 'console', 'index.html'))) return false;
  const started = Date.now();
  // The pages are rebuilt only when a source is newer than the last build (≈8 s saved per npm test).
  const builtPage = join(root, 'dist', 'console', 'index.html');
  const newestSource = Math.max(
    ...['index.html', 'vite.config.mjs', 'src'].flatMap((name) => {
      const path = join(root, 'console', name);
      return statSync(path).isDirectory() ? readdirSync(path, { recursive: true }).map((file) => statSync(join(path, String(file))).mtimeMs) : [statSync(path).mtimeMs];
    }),
  );
  if (!existsSync(builtPage) || statSync(builtPage).mtimeMs < newestSource) {
    const { run } = await import('./processes.mjs');
    const code = await run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(root, 'console', 'vite.config.mjs')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (code !== 0) throw new CliError(`build failed: vite build of the console exited with code ${code}`);
  }
  await bundle(root, [
    { in: join('console', 'server', 'main.ts'), out: join('console-server', 'main') },
    { in: join('tools', 'identity-provider', 'src', 'main.ts'), out: join('identity-provider', 'main') },
  ]);
  if (!quiet) say(`built dist/console and ${CONSOLE_SERVER_ENTRY} in ${Date.now() - started} ms`);
  return true;
}

/** The public site: `vite build` into dist/site (when a source is newer than the last build), and its server bundled into dist/site-server. */
export async function buildSite(root, { quiet = false } = {}) {
  if (!existsSync(join(root, 'site', 'index.html'))) return false;
  const started = Date.now();
  const builtPage = join(root, 'dist', 'site', 'index.html');
  const newestSource = Math.max(
    ...['index.html', 'vite.config.mjs', 'src'].flatMap((name) => {
      const path = join(root, 'site', name);
      return statSync(path).isDirectory() ? readdirSync(path, { recursive: true }).map((file) => statSync(join(path, String(file))).mtimeMs) : [statSync(path).mtimeMs];
    }),
  );
  if (!existsSync(builtPage) || statSync(builtPage).mtimeMs < newestSource) {
    const { run } = await import('./processes.mjs');
    const code = await run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(root, 'site', 'vite.config.mjs')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (code !== 0) throw new CliError(`build failed: vite build of the site exited with code ${code}`);
  }
  await bundle(root, [{ in: join('site', 'server', 'main.ts'), out: join('site-server', 'main') }]);
  if (!quiet) say(`built dist/site and ${SITE.bundle} in ${Date.now() - started} ms`);
  return true;
}
