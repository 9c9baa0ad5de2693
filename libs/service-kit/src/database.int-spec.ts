// Commit settings for money (docs/durability.md): a service's sessions commit synchronously even
// where the server or the database says otherwise, and a server that could lose committed
// transactions on a power cut is named in the log.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { durabilityWarnings, ensureDatabase, MIGRATION_LOCK_KEY, DatabaseLockTimeoutError, openDatabase } from './database';

const server = process.env.PN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.PN_TEST_RUN_ID ?? `local${randomBytes(3).toString('hex')}`;

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('database commit settings', () => {
  const url = new URL(server);
  url.pathname = `/pn_test_${runId}_kitdb_${randomBytes(3).toString('hex')}`;
  let dataSource: DataSource | undefined;

  afterAll(async () => {
    await dataSource?.destroy();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`));
  });

  it('commits synchronously even when the database’s own default is synchronous_commit=off', async () => {
    await ensureDatabase(url.toString());
    await admin((c) => c.query(`ALTER DATABASE "${url.pathname.slice(1)}" SET synchronous_commit = off`));
    dataSource = await openDatabase({ url: url.toString(), entities: [], migrations: [] });
    const sessions = await Promise.all([1, 2, 3].map(() => dataSource!.query(`SHOW synchronous_commit`)));
    expect(sessions.map(([row]) => row.synchronous_commit)).toEqual(['on', 'on', 'on']);
    expect(await durabilityWarnings(dataSource)).toEqual([]);
  });

  it('names every setting that could lose committed money', async () => {
    const unsafe = { query: async () => [{ name: 'fsync', setting: 'off' }, { name: 'full_page_writes', setting: 'off' }, { name: 'synchronous_commit', setting: 'local' }] };
    const warnings = await durabilityWarnings(unsafe);
    expect(warnings).toHaveLength(3);
    expect(warnings.join(' ')).toMatch(/fsync off.*full_page_writes off.*synchronous_commit=local/);
  });
});

describe('migrations under an advisory lock', () => {
  // Slow and not idempotent on purpose: applied twice at once, the second CREATE TABLE fails.
  class CreateLedgerSlowly1700000000000 {
    name = 'CreateLedgerSlowly1700000000000';
    async up(queryRunner: { query(sql: string): Promise<unknown> }): Promise<void> {
      await queryRunner.query('CREATE TABLE ledger_line (id int PRIMARY KEY)');
      await queryRunner.query('SELECT pg_sleep(0.4)');
      await queryRunner.query('INSERT INTO ledger_line VALUES (1)');
    }
    async down(queryRunner: { query(sql: string): Promise<unknown> }): Promise<void> {
      await queryRunner.query('DROP TABLE ledger_line');
    }
  }

  const urls: URL[] = [];
  const opened: DataSource[] = [];
  const freshDatabaseUrl = () => {
    const url = new URL(server);
    url.pathname = `/pn_test_${runId}_kitlock_${randomBytes(3).toString('hex')}`;
    urls.push(url);
    return url;
  };

  afterAll(async () => {
    for (const dataSource of opened) await dataSource.destroy().catch(() => undefined);
    for (const url of urls) await admin((c) => c.query(`DROP DATABASE IF EXISTS "${url.pathname.slice(1)}" WITH (FORCE)`));
  });

  it('lets two replicas starting at once on a fresh database both start, the migration applied once', async () => {
    const url = freshDatabaseUrl().toString();
    const replicas = await Promise.all(
      [1, 2].map(() => openDatabase({ url, entities: [], migrations: [CreateLedgerSlowly1700000000000] })),
    );
    opened.push(...replicas);
    const [applied] = await replicas[0].query(`SELECT count(*)::int AS n FROM schema_migration`);
    const [lines] = await replicas[1].query(`SELECT count(*)::int AS n FROM ledger_line`);
    expect([applied.n, lines.n]).toEqual([1, 1]);
  });

  it('gives up with a clear error when another process holds the lock too long', async () => {
    const url = freshDatabaseUrl();
    await ensureDatabase(url.toString());
    const holder = new Client({ connectionString: url.toString() });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await expect(
        openDatabase({ url: url.toString(), entities: [], migrations: [CreateLedgerSlowly1700000000000], migrationLockTimeoutMs: 500 }),
      ).rejects.toBeInstanceOf(DatabaseLockTimeoutError);
    } finally {
      await holder.end();
    }
  });
});
