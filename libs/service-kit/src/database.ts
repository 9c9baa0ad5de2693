// Each service owns one PostgreSQL database, created on first start and shaped only by
// migrations (never `synchronize`).
import { Client } from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { InfrastructureUnavailableError } from '@pass-numerique/messaging';

type EntityList = MixedList<Function | string | EntitySchema>;

export interface DatabaseOptions {
  url: string;
  entities: EntityList;
  migrations: Function[];
  /** Pool size: a service's HTTP concurrency is bounded by it. */
  poolSize?: number;
  /** How long a replica waits for another one's migrations before giving up (default 5 minutes). */
  migrationLockTimeoutMs?: number;
}

/**
 * Key of the advisory lock migrations run under. Advisory locks are scoped to the database, so
 * one constant serves every service: replicas of one service wait for each other, services on
 * the same server do not.
 */
export const MIGRATION_LOCK_KEY = 7_166_135_501;
/**
 * Key of the advisory lock the demo's loading runs under: loaders read what is there and then
 * act, so two replicas starting together would each act on what the other is writing.
 */
export const DEMO_LOAD_LOCK_KEY = 7_166_135_502;

export class DatabaseLockTimeoutError extends Error {
  override readonly name = 'DatabaseLockTimeoutError';
}

function describeConnectionError(url: string, error: unknown): InfrastructureUnavailableError {
  const u = new URL(url);
  const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
  return new InfrastructureUnavailableError(`PostgreSQL is not reachable at ${u.hostname}:${u.port || 5432} as ${decodeURIComponent(u.username) || 'default user'} (${reason})`);
}

/** Creates the database named in `url` if it does not exist yet (connecting to the server's maintenance database). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to create database with unusual name "${name}"`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw describeConnectionError(url, error);
  }
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((error: { code?: string }) => {
        // Two processes racing to create it: the loser finds it there, which is what it wanted.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** Creates the database if needed, connects, and applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  await ensureDatabase(options.url);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Every commit waits until its WAL is flushed to disk, whatever the server's default says:
    // a payment the client was told about must survive a crash (docs/durability.md).
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000, options: '-c synchronous_commit=on' },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw describeConnectionError(options.url, error);
  }
  try {
    await underDatabaseLock(dataSource, MIGRATION_LOCK_KEY, options.migrationLockTimeoutMs ?? 300_000, 'migration', () => dataSource.runMigrations());
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

/**
 * Runs `work` while holding one of the database's advisory locks, for what replicas starting
 * together must not do at once: migrations (each would find the same ones pending and apply them
 * twice) and the demo's loading. The first to take the lock works; the others wait, then find
 * the work done. The lock is a session lock held on a connection of its own, so it needs a real
 * session: behind PgBouncer, point DATABASE_URL at a session-mode pool (docs/operations.md).
 */
export async function underDatabaseLock<T>(dataSource: DataSource, key: number, timeoutMs: number, what: string, work: () => Promise<T>): Promise<T> {
  const lockHolder = dataSource.createQueryRunner();
  try {
    const deadline = Date.now() + timeoutMs;
    // Polled rather than blocking in pg_advisory_lock, so that a replica stuck behind hung work
    // says so and stops instead of waiting without a word.
    while (!(await tryLock(lockHolder, key))) {
      if (Date.now() > deadline) {
        throw new DatabaseLockTimeoutError(`another process has held the ${what} lock of this database for over ${Math.round(timeoutMs / 1000)} s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    try {
      return await work();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await lockHolder.release();
  }
}

async function tryLock(lockHolder: { query(sql: string, parameters: unknown[]): Promise<Array<{ locked: boolean }>> }, key: number): Promise<boolean> {
  const [row] = await lockHolder.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
  return row.locked;
}

/**
 * What is wrong with the server's crash safety, in words for the log. fsync and full_page_writes
 * are the server's to set (a session cannot): with either off, a power cut can lose or corrupt
 * committed money. Test servers sometimes run so on purpose, hence a warning, not a refusal.
 */
export async function durabilityWarnings(dataSource: { query(sql: string): Promise<any> }): Promise<string[]> {
  const rows: Array<{ name: string; setting: string }> = await dataSource.query(
    `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit')`,
  );
  const settings = Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  const warnings: string[] = [];
  if (settings.fsync !== 'on') warnings.push('PostgreSQL runs with fsync off: committed transactions can be lost or corrupted by a power cut');
  if (settings.full_page_writes !== 'on') warnings.push('PostgreSQL runs with full_page_writes off: a crash during a write can corrupt pages');
  if (settings.synchronous_commit !== 'on') warnings.push(`this service's sessions run with synchronous_commit=${settings.synchronous_commit}, not on: the last commits before a crash can be lost`);
  return warnings;
}

/** Liveness of the database connection, for the readiness endpoint. */
export async function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
