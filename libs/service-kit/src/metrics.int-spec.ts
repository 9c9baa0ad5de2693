// /metrics of a running subgraph, on a real PostgreSQL and a NATS server of the test's own (the
// machine's shared one is never stopped): the outbox backlog rises while the service cannot
// publish, and falls back to zero once NATS is back.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { connect } from '@nats-io/transport-node';
import { ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { addEventTraceContext, createMessagingTables, recordEvent } from '@pass-numerique/messaging';
import { scalarResolvers } from './graphql-scalars';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity } from './identity';
import { mergeResolvers } from './resolver-maps';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from './subgraph-service';

const server = process.env.PN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const runId = process.env.PN_TEST_RUN_ID ?? `local${randomBytes(3).toString('hex')}`;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function eventually<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A nats-server of this test's own, on a free port, its JetStream files kept across a restart. */
class OwnNats {
  private process?: ChildProcess;
  readonly storeDir = mkdtempSync(join(tmpdir(), 'pn-metrics-nats-'));
  constructor(readonly port: number) {}
  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.process = spawn('nats-server', ['-js', '-sd', this.storeDir, '-a', '127.0.0.1', '-p', String(this.port)], { stdio: 'ignore' });
    await eventually(async () => {
      const nc = await connect({ servers: this.url, reconnect: false, timeout: 500 });
      await nc.close();
      return true;
    }, 'own nats-server');
  }
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}

class CreateMessagingTables1700000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1700000000000';
  async up(queryRunner: QueryRunner): Promise<void> {
    await createMessagingTables(queryRunner);
    await addEventTraceContext(queryRunner);
  }
  async down(): Promise<void> {
    throw new Error('not reversible');
  }
}

const probeSubgraph: SubgraphDefinition<Record<string, never>, Record<string, never>> = {
  name: 'probe',
  typeDefs: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable"])
    type Query { "Answers pong." ping: String }`,
  resolvers: mergeResolvers(scalarResolvers, { Query: { ping: () => 'pong' } }),
  entities: [],
  migrations: [CreateMessagingTables1700000000000],
  createServices: () => ({}),
  createLoaders: () => ({}),
  accessPolicy: { operations: { 'Query.ping': 'anyone' }, entities: {} },
  observe: (metrics) => metrics.countEvents(ProgrammeOpenedV1.type, 'pn_programmes_opened_total', 'Programmes opened'),
};

/** One gauge's value in the exposition text (undefined when absent). */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('/metrics of a subgraph', () => {
  const database = new URL(server);
  database.pathname = `/pn_test_${runId}_kitmetrics_${randomBytes(3).toString('hex')}`;
  let nats: OwnNats;
  let running: RunningSubgraph<Record<string, never>> | undefined;
  const metricsText = async () => (await fetch(running!.url.replace('/graphql', '/metrics'))).text();
  const backlog = async () => sample(await metricsText(), 'pn_outbox_backlog_events');
  const recordProgrammeOpened = () =>
    running!.dataSource.transaction((manager) =>
      recordEvent(
        manager,
        ProgrammeOpenedV1,
        {
          programmeId: randomUUID(),
          code: `P-${randomUUID().slice(0, 8)}`,
          name: 'Programme',
          ownerOrganisationId: null,
          perimeter: { level: 'REGION', code: '32' },
          startsOn: '2020-02-04',
          endsOn: '2021-12-31',
          authorisedCents: 76_390_000,
        },
        new Date(),
      ),
    );

  beforeAll(async () => {
    nats = new OwnNats(await freePort());
    await nats.start();
    running = await startSubgraph(
      probeSubgraph,
      {
        service: 'probe',
        port: 0,
        host: '127.0.0.1',
        databaseUrl: database.toString(),
        natsUrl: nats.url,
        eventPrefix: `t${randomBytes(4).toString('hex')}`,
        internalIdentitySecret: 'test-only-secret-that-is-long-enough-0123456789',
        logLevel: 'silent',
      },
      { processMetrics: false },
    );
  });

  afterAll(async () => {
    await running?.stop();
    await nats?.destroy();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database.pathname.slice(1)}" WITH (FORCE)`).finally(() => admin.end());
  });

  it('shows the outbox backlog rising while NATS is away and falling once it is back', async () => {
    await recordProgrammeOpened();
    await eventually(async () => ((await backlog()) === 0 ? true : undefined), 'the first event published');

    await nats.stop();
    for (let i = 0; i < 3; i++) await recordProgrammeOpened();
    await eventually(async () => ((await backlog()) === 3 ? true : undefined), 'a backlog of three');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const text = await metricsText();
    expect(sample(text, 'pn_outbox_backlog_events')).toBe(3);
    expect(sample(text, 'pn_outbox_oldest_event_age_seconds')).toBeGreaterThanOrEqual(1);

    await nats.start();
    await eventually(async () => ((await backlog()) === 0 ? true : undefined), 'the backlog drained');
    const after = await metricsText();
    expect(sample(after, 'pn_outbox_oldest_event_age_seconds')).toBe(0);
    expect(sample(after, 'pn_outbox_published_total')).toBe(4);
    expect(sample(after, 'pn_programmes_opened_total')).toBe(4);
    expect(sample(after, 'pn_dead_letters')).toBe(0);
  });

  it('counts GraphQL operations by name and outcome, and error codes, with the service’s name on every series', async () => {
    const headers = { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, 'test-only-secret-that-is-long-enough-0123456789') };
    const ask = (query: string) => fetch(running!.url, { method: 'POST', headers, body: JSON.stringify({ query }) }).then((r) => r.json());
    await ask('query Ping { ping }');
    await ask('query Ping { ping }');
    await ask('query Broken { nothing }');
    const text = await metricsText();
    expect(text).toContain('pn_graphql_requests_total{operation="Ping",outcome="ok",service="probe"} 2');
    expect(text).toContain('pn_graphql_requests_total{operation="(invalid)",outcome="error",service="probe"} 1');
    expect(text).toContain('pn_graphql_errors_total{operation="(invalid)",code="GRAPHQL_VALIDATION_FAILED",service="probe"} 1');
    expect(text).toMatch(/pn_graphql_request_duration_seconds_count\{service="probe",operation="Ping"\} 2/);
  });
});
