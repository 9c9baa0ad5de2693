// `npm start`: PostgreSQL and NATS (found or started), a fresh build, the platform's subgraph
// services, then the gateway, all in the foreground until Ctrl-C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATIONS, build, builtEntry, CONSOLE, IDENTITY_PROVIDER, SERVICES, SITE, sourceEntry } from './build.mjs';
import { CliError } from './cli-error.mjs';
import { loadDevSecrets } from './dev-secrets.mjs';
import { forgetProcesses, recordProcesses, stopLeftovers } from './leftovers.mjs';
import { discoverNats, discoverPostgres } from './infrastructure.mjs';
import { bold, childPrinter, dim, green, red, say, warn } from './output.mjs';
import { ManagedProcess, httpStatus, portIsFree, waitUntil } from './processes.mjs';

const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 10_000;
const EXAMPLE_QUERY = '{ programmes { code name authorised { formatted } } }';

export async function start(root) {
  const began = Date.now();
  const secrets = loadDevSecrets(root);
  if (secrets.created) say(`development secrets written to ${secrets.file} (kept for the next start)`);

  await stopLeftovers(root);
  // Ports first: a second `npm start` should say so before touching dist/ or the databases.
  const present = APPLICATIONS.filter((app) => existsSync(join(root, sourceEntry(app))));
  if (!present.some((app) => app.name !== 'gateway')) throw new CliError(`nothing to start: no service entry exists yet (${APPLICATIONS.map(sourceEntry).join(', ')}).`);
  const ports = await choosePorts(present);
  const built = await build(root);
  const missing = APPLICATIONS.filter((app) => !built.includes(app));

  const running = new Running(root);
  running.listenForSignals();
  try {
    await startEverything({ root, began, secrets, built, missing, ports, running });
  } catch (error) {
    // Whatever was already started goes down before the error is reported.
    await running.stop(1, { quiet: true });
    throw error;
  }
  return running.finished;
}

async function startEverything({ root, began, secrets, built, missing, ports, running }) {
  const postgres = await discoverPostgres({ purpose: 'start', root, password: secrets.postgresPassword });
  if (!(await running.keep(postgres))) return;
  say(`PostgreSQL: ${postgres.origin}`);
  const nats = await discoverNats({ purpose: 'start', root });
  if (!(await running.keep(nats))) return;
  say(`NATS JetStream: ${nats.origin}`);

  const width = Math.max(...[...APPLICATIONS, CONSOLE, SITE, IDENTITY_PROVIDER].map((app) => app.name.length));
  const baseEnv = {
    ...secrets.forServices,
    ...process.env,
    NATS_URL: nats.url,
    EVENT_PREFIX: process.env.EVENT_PREFIX ?? 'pn',
    LOAD_DEMO_DATA: process.env.LOAD_DEMO_DATA ?? 'true',
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  const launch = (app, env) => {
    const child = new ManagedProcess(app.name, process.execPath, ['--enable-source-maps', builtEntry(app)], {
      cwd: root,
      env,
      onLine: childPrinter(app.name, app === CONSOLE ? APPLICATIONS.length : app === SITE ? APPLICATIONS.length + 1 : app === IDENTITY_PROVIDER ? APPLICATIONS.length + 2 : APPLICATIONS.indexOf(app), width),
    });
    running.children.push({ app, child, port: ports[app.name] });
    running.record();
    child.exited.then(() => running.childExited(app, child));
    return child;
  };

  const services = built.filter((app) => app.name !== 'gateway');
  for (const app of services) launch(app, { ...baseEnv, DATABASE_URL: postgres.url, [app.portVariable]: String(ports[app.name]) });
  await Promise.all(
    running.children.map(({ app, child, port }) =>
      running.waitReady(app, child, async () => (await httpStatus(`http://127.0.0.1:${port}/ready`)) === 200),
    ),
  );
  if (running.stopping) return;

  // People sign in through the development OpenID Connect provider (tools/identity-provider): the
  // gateway checks their tokens against its published keys, the console is its client.
  const identityProvider = existsSync(join(root, builtEntry(IDENTITY_PROVIDER))) ? { issuer: `http://127.0.0.1:${ports[IDENTITY_PROVIDER.name]}` } : undefined;
  const consoleCallback = `http://127.0.0.1:${ports.console}/auth/callback`;
  if (identityProvider) {
    const providerProcess = launch(IDENTITY_PROVIDER, {
      PATH: process.env.PATH,
      IDP_PORT: String(ports[IDENTITY_PROVIDER.name]),
      IDP_ISSUER: identityProvider.issuer,
      // The key `npm run token` signs with: its tokens and the provider's are checked alike.
      IDP_SIGNING_JWKS: JSON.stringify({ keys: [JSON.parse(secrets.peoplePrivateJwk)] }),
      IDP_COOKIE_SECRET: secrets.identityProvider.cookieSecret,
      IDP_CONSOLE_CLIENT_SECRET: secrets.identityProvider.consoleClientSecret,
      IDP_CONSOLE_REDIRECT_URIS: consoleCallback,
      AUTH_AUDIENCE: secrets.forServices.AUTH_AUDIENCE,
    });
    await running.waitReady(IDENTITY_PROVIDER, providerProcess, async () => (await httpStatus(`${identityProvider.issuer}/health`)) === 200);
  }
  if (running.stopping) return;

  const gatewayApp = built.find((app) => app.name === 'gateway');
  if (gatewayApp) {
    const subgraphUrls = Object.fromEntries(SERVICES.map((app) => [app.urlVariable, `http://127.0.0.1:${ports[app.name] ?? app.defaultPort}/graphql`]));
    const port = ports.gateway;
    // Development mode: introspection and field suggestions stay on for everyone (production turns them off for anonymous callers).
    // The console's server on this machine passes the visitor's address in X-Forwarded-For.
    const gatewayEnv = { GATEWAY_MODE: 'development', TRUSTED_PROXIES: '127.0.0.1,::1', ...baseEnv, ...subgraphUrls, GATEWAY_PORT: String(port) };
    // Its Prometheus metrics on a port of their own (the services serve theirs on their own ports).
    const metricsPort = Number(process.env.METRICS_PORT ?? 9464);
    if (await portIsFree(metricsPort)) gatewayEnv.METRICS_PORT = String(metricsPort);
    else delete gatewayEnv.METRICS_PORT;
    ports.gatewayMetrics = gatewayEnv.METRICS_PORT ? metricsPort : undefined;
    if (identityProvider) {
      delete gatewayEnv.AUTH_JWKS;
      Object.assign(gatewayEnv, { AUTH_ISSUER: identityProvider.issuer, AUTH_JWKS_URL: `${identityProvider.issuer}/jwks` });
    }
    const gatewayProcess = launch(gatewayApp, gatewayEnv);
    await running.waitReady(gatewayApp, gatewayProcess, async () => {
      const ready = await httpStatus(`http://127.0.0.1:${port}/ready`);
      // A gateway without a readiness endpoint is ready when it is alive.
      return ready === 200 || (ready === 404 && (await httpStatus(`http://127.0.0.1:${port}/health`)) === 200);
    });
  }
  if (running.stopping) return;

  const consoleStarted = gatewayApp && existsSync(join(root, builtEntry(CONSOLE)));
  if (consoleStarted) {
    // The console serves its pages and passes /graphql to the gateway with the signed-in person's
    // access token, which it obtained from the development provider as any OpenID Connect client does.
    const consoleProcess = launch(CONSOLE, {
      ...process.env,
      CONSOLE_MODE: 'development',
      CONSOLE_PORT: String(ports.console),
      CONSOLE_STATIC_DIR: join(root, 'dist', 'console'),
      GATEWAY_URL: `http://127.0.0.1:${ports.gateway}/graphql`,
      ...(identityProvider
        ? { OIDC_ISSUER_URL: identityProvider.issuer, OIDC_CLIENT_ID: 'pass-numerique-console', OIDC_CLIENT_SECRET: secrets.identityProvider.consoleClientSecret, OIDC_REDIRECT_URL: consoleCallback }
        : {}),
    });
    await running.waitReady(CONSOLE, consoleProcess, async () => (await httpStatus(`http://127.0.0.1:${ports.console}/health`)) === 200);
  }
  if (running.stopping) return;

  // The public site for pass holders: its pages, and /graphql passed to the gateway as the anonymous public.
  const siteStarted = gatewayApp && existsSync(join(root, builtEntry(SITE)));
  if (siteStarted) {
    const siteProcess = launch(SITE, { PATH: process.env.PATH, SITE_PORT: String(ports.site), SITE_STATIC_DIR: join(root, 'dist', 'site'), GATEWAY_URL: `http://127.0.0.1:${ports.gateway}/graphql` });
    await running.waitReady(SITE, siteProcess, async () => (await httpStatus(`http://127.0.0.1:${ports.site}/health`)) === 200);
  }
  if (running.stopping) return;

  running.started = true;
  printBanner({ built, missing, ports, postgres, nats, consoleStarted, siteStarted, identityProvider, seconds: (Date.now() - began) / 1000 });
}

/** The port of each application to start: its variable, else the default; each must be free. */
async function choosePorts(apps) {
  const ports = {};
  for (const app of [...APPLICATIONS, CONSOLE, SITE, IDENTITY_PROVIDER]) {
    const raw = process.env[app.portVariable];
    const port = raw === undefined ? app.defaultPort : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new CliError(`${app.portVariable}=${raw} is not a port number (1–65535).`);
    ports[app.name] = port;
  }
  for (const app of [...apps, CONSOLE, SITE, IDENTITY_PROVIDER]) {
    if (!(await portIsFree(ports[app.name]))) {
      throw new CliError(
        `port ${ports[app.name]} (${app.name}) is already in use — is another \`npm start\` running? Stop what holds it, or pick another port: ${app.portVariable}=${ports[app.name] + 100} npm start`,
      );
    }
  }
  return ports;
}

function printBanner({ built, missing, ports, postgres, nats, consoleStarted, siteStarted, identityProvider, seconds }) {
  const gateway = built.find((app) => app.name === 'gateway');
  const lines = ['', `${green('●')} ${bold('pass numérique is running')} ${dim(`(ready in ${seconds.toFixed(1)} s)`)}`, ''];
  if (consoleStarted) lines.push(`  Console          ${bold(`http://127.0.0.1:${ports.console}/`)} ${dim(identityProvider ? '(sign in as <role>@region or <role>@somme, password demo: docs/sign-in.md)' : '(no identity provider built: open data only)')}`);
  if (identityProvider) lines.push(`  Sign-in (OIDC)   ${identityProvider.issuer} ${dim('(development provider: every role of both demo authorities)')}`);
  if (siteStarted) lines.push(`  Public site      ${bold(`http://127.0.0.1:${ports.site}/`)} ${dim('(Mon pass, où l’utiliser, chiffres ouverts: no sign-in)')}`);
  if (gateway) lines.push(`  GraphQL gateway  ${bold(`http://127.0.0.1:${ports.gateway}/graphql`)}`);
  if (gateway && ports.gatewayMetrics) lines.push(`  Metrics          http://127.0.0.1:${ports.gatewayMetrics}/metrics ${dim('(gateway; each service on its own port: /metrics)')}`);
  for (const app of built.filter((a) => a.name !== 'gateway')) {
    lines.push(`  ${app.name.padEnd(15)}  http://127.0.0.1:${ports[app.name]}/graphql ${dim('(subgraph: answers only calls signed by the gateway)')}`);
  }
  for (const app of missing) lines.push(`  ${app.name.padEnd(15)}  ${dim(`not started: ${sourceEntry(app)} does not exist yet`)}`);
  lines.push(`  PostgreSQL       ${dim(postgres.origin)}`, `  NATS             ${dim(nats.origin)}`, '');
  if (gateway) {
    lines.push(
      '  Try:',
      `    curl -s http://127.0.0.1:${ports.gateway}/graphql -H 'content-type: application/json' \\`,
      `      -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`,
      '',
    );
  } else {
    lines.push(`  ${dim('No gateway yet (gateway/src/main.ts): queries need it.')}`, '');
  }
  lines.push(`  ${dim('Ctrl-C stops everything; the data stays for the next npm start.')}`, '');
  console.log(lines.join('\n'));
}

/** What `npm start` has started, and how it all stops. */
class Running {
  constructor(root) {
    this.root = root;
    this.children = [];
    this.infrastructure = [];
    this.stopping = false;
    this.started = false;
    this.finished = new Promise((resolve) => (this.finish = resolve));
  }

  listenForSignals() {
    const onSignal = (signal) => {
      if (this.stopping) {
        warn(`${signal} again: killing everything now`);
        for (const { child } of this.children) child.kill('SIGKILL');
        process.exit(130);
      }
      console.log('');
      say(`${signal}: stopping (Ctrl-C again to kill at once)`);
      void this.stop(0);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('SIGHUP', onSignal);
  }

  /** Records infrastructure to stop at the end; stops it at once if a stop began while it was starting. */
  async keep(infrastructure) {
    if (this.stopping) {
      await infrastructure.stop();
      return false;
    }
    this.infrastructure.push(infrastructure);
    this.record();
    return true;
  }

  /** Writes down what runs now, for the next start in case this one is killed. */
  record() {
    recordProcesses(this.root, [
      ...this.infrastructure.flatMap((infra) => (infra.process ? [infra.process] : [])),
      ...this.children.map(({ app, child }) => ({ name: app.name, pid: child.pid, marker: builtEntry(app) })),
    ]);
  }

  async waitReady(app, child, check) {
    const result = await waitUntil(check, {
      timeoutMs: READY_TIMEOUT_MS,
      abandon: () => (this.stopping ? 'stopping' : child.running ? undefined : `it exited (${child.describeExit()})`),
    });
    if (result.ok || this.stopping) return;
    warn(`${app.name} did not start: ${result.reason}. Its last lines:`);
    for (const line of child.lastLines.slice(-15)) console.error(`  ${red('│')} ${line}`);
    await this.stop(1);
  }

  childExited(app, child) {
    if (this.stopping || !this.started) return;
    warn(`${app.name} stopped unexpectedly (${child.describeExit()}); stopping everything`);
    void this.stop(1);
  }

  /** Gateway first (no new requests), then the services (they flush their outboxes), then PostgreSQL and NATS. */
  async stop(exitCode, { quiet = false } = {}) {
    if (this.stopping) return this.finished;
    this.stopping = true;
    const front = ({ app }) => app.name === 'gateway' || app.name === 'console';
    const byGatewayFirst = [this.children.filter(front), this.children.filter((child) => !front(child))];
    for (const group of byGatewayFirst) await Promise.all(group.map(({ child }) => child.stop('SIGTERM', STOP_GRACE_MS)));
    const results = await Promise.allSettled(this.infrastructure.reverse().map((infra) => infra.stop()));
    for (const result of results) if (result.status === 'rejected') warn(`while stopping: ${result.reason?.message ?? result.reason}`);
    forgetProcesses(this.root);
    if (!quiet) say(exitCode === 0 ? 'stopped' : 'stopped after a failure');
    this.finish(exitCode);
    return this.finished;
  }
}
