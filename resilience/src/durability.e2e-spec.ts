// The durability settings of docs/durability.md, applied where they belong: the recommended
// nats-server configuration loads in the server this repository is tested with, and a built
// service creates its streams on file storage, with the de-duplication window the outbox relay
// relies on and the replica count its environment asks for.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { connectEventBus, PRODUCERS, streamName } from '@pass-numerique/messaging';
import { deleteTestStreams, dropDatabase, TEST_IDENTITY_SECRET, testDatabaseUrl, testEventPrefix, testInfrastructure } from '@pass-numerique/testing';
import { Child, freePort, httpStatus, waitFor } from './harness/child-process';
import { NATS_CONFIG_FILE, REPOSITORY_ROOT } from './harness/own-infrastructure';

const bundle = join(REPOSITORY_ROOT, 'dist', 'services', 'funding', 'main.js');

describe('durability settings', () => {
  const infra = testInfrastructure();
  const databases: string[] = [];
  const prefixes: string[] = [];
  const children: Child[] = [];

  const startFunding = async (extra: Record<string, string>) => {
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      APOLLO_TELEMETRY_DISABLED: 'true',
      FUNDING_DATABASE_URL: testDatabaseUrl('durable'),
      FUNDING_PORT: String(port),
      NATS_URL: infra.natsUrl,
      EVENT_PREFIX: testEventPrefix(),
      INTERNAL_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
      LOG_LEVEL: 'warn',
      ...extra,
    };
    databases.push(env.FUNDING_DATABASE_URL);
    prefixes.push(env.EVENT_PREFIX);
    const child = new Child('funding', process.execPath, [bundle], { cwd: REPOSITORY_ROOT, env });
    children.push(child);
    return { child, port, prefix: env.EVENT_PREFIX };
  };

  afterAll(async () => {
    await Promise.all(children.map((c) => c.stop('SIGTERM', 10_000)));
    for (const url of databases) await dropDatabase(url);
    for (const prefix of prefixes) await deleteTestStreams(prefix);
  }, 60_000);

  it('deploy/nats/nats-server.conf is a valid configuration for the installed nats-server', () => {
    const check = spawnSync('nats-server', ['-c', NATS_CONFIG_FILE, '-t'], { encoding: 'utf8', env: { PATH: `/usr/sbin:${process.env.PATH ?? ''}` } });
    expect({ status: check.status, output: `${check.stdout}${check.stderr}`.trim() }).toEqual({ status: 0, output: expect.stringMatching(/is valid/) });
  });

  it('a built service keeps its streams on file, with the ten-minute duplicate window, one replica on a single server', async () => {
    const { child, port, prefix } = await startFunding({});
    await waitFor('funding to be ready', async () => (await httpStatus(`http://127.0.0.1:${port}/ready`)) === 200, { timeoutMs: 60_000, abandon: () => (child.running ? undefined : child.describe()) });
    const bus = await connectEventBus(infra.natsUrl, prefix, 'durability-test');
    try {
      for (const producer of PRODUCERS) {
        const { config } = await bus.jsm.streams.info(streamName(prefix, producer));
        expect({ stream: config.name, storage: config.storage, replicas: config.num_replicas, duplicateWindowMinutes: config.duplicate_window / 60e9 }).toEqual({
          stream: streamName(prefix, producer),
          storage: 'file',
          replicas: 1,
          duplicateWindowMinutes: 10,
        });
      }
    } finally {
      await bus.nc.close();
    }
  }, 90_000);

  it('asks for the replicas EVENT_STREAM_REPLICAS names: three, as in production, are refused by a single server in one clear line', async () => {
    const { child } = await startFunding({ EVENT_STREAM_REPLICAS: '3' });
    const exit = await child.waitForExit();
    expect(exit.code).toBe(1);
    expect(child.lines.join('\n')).toMatch(/^funding: failed to start: replicas > 1 not supported in non-clustered mode$/m);
  }, 60_000);
});
