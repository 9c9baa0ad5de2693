// What a test run leaves behind is named after its run id (libs/testing): databases
// `pn_test_<runid>_…` and streams `T<RUNID>_…` (event prefixes `t<runid>_<hex>`, upper-cased
// into stream names by libs/messaging). The runner removes all of them, whatever happened.

export const testDatabasePrefix = (runId) => `pn_test_${runId}_`;
export const testStreamPrefix = (runId) => `T${runId.toUpperCase()}_`;

/** Drops every database of the run; resolves with their names. */
export async function dropTestDatabases(serverUrl, runId) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname', [testDatabasePrefix(runId)]);
    const dropped = [];
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
      dropped.push(datname);
    }
    return dropped;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Deletes every JetStream stream of the run (their consumers go with them); resolves with their names. */
export async function deleteTestStreams(natsUrl, runId) {
  const { connect } = await import('@nats-io/transport-node');
  const { jetstreamManager } = await import('@nats-io/jetstream');
  const nc = await connect({ servers: natsUrl, timeout: 5_000, reconnect: false, name: 'platform-test-sweep' });
  try {
    const jsm = await jetstreamManager(nc);
    const prefix = testStreamPrefix(runId);
    const doomed = [];
    for await (const name of jsm.streams.names()) if (name.startsWith(prefix)) doomed.push(name);
    for (const name of doomed) await jsm.streams.delete(name);
    return doomed;
  } finally {
    await nc.close().catch(() => undefined);
  }
}
