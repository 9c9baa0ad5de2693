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
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5_000 },
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw describeConnectionError(options.url, error);
  }
  await dataSource.runMigrations();
  return dataSource;
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
