// Commit settings for money (docs/durability.md): a service's sessions commit synchronously even
// where the server or the database says otherwise, and a server that could lose committed
// transactions on a power cut is named in the log.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { durabilityWarnings, ensureDatabase, openDatabase } from './database';

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
