// The operator's command on a throwaway database and stream prefix: it shows an outbox backlog,
// the consumers' positions and a dead letter with its reason (not its payload), and a replay
// sends the letter back to the consumer, which applies it.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ProgrammeOpenedV1 } from '@pass-numerique/event-contracts';
import { addEventTraceContext, connectEventBus, createMessagingTables, deleteStreams, ensureStreams, EventConsumer, eventSubject, on, recordEvent, type EventBus } from '@pass-numerique/messaging';
import { createTestDatabase, dropDatabase, eventually, testEventPrefix, testInfrastructure } from '@pass-numerique/testing';
import { runOps } from './ops';

describe('npm run ops', () => {
  let databaseUrl: string;
  let dataSource: DataSource;
  let bus: EventBus;
  let env: Record<string, string>;
  const ops = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runOps(args, env, (text) => lines.push(text));
    return { code, text: lines.join('\n') };
  };

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('ops');
    dataSource = new DataSource({ type: 'postgres', url: databaseUrl, entities: [], logging: false });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    await createMessagingTables(runner);
    await addEventTraceContext(runner);
    await runner.release();
    bus = await connectEventBus(testInfrastructure().natsUrl, testEventPrefix(), 'ops-test');
    await ensureStreams(bus);
    env = {
      NATS_URL: testInfrastructure().natsUrl,
      EVENT_PREFIX: bus.prefix,
      FUNDING_DATABASE_URL: databaseUrl,
      PASSES_DATABASE_URL: databaseUrl,
      PARTNERS_DATABASE_URL: databaseUrl,
      TERRITORY_DATABASE_URL: databaseUrl,
    };
  });

  afterAll(async () => {
    await deleteStreams(bus);
    await bus.nc.close();
    await dataSource.destroy();
    await dropDatabase(databaseUrl);
  });

  it('shows what an outbox has yet to publish, and how old it is', async () => {
    await dataSource.transaction((manager) =>
      recordEvent(
        manager,
        ProgrammeOpenedV1,
        {
          programmeId: randomUUID(),
          code: 'P-OPS',
          name: 'Programme',
          ownerOrganisationId: null,
          perimeter: { level: 'REGION', code: '32' },
          startsOn: '2020-02-04',
          endsOn: '2021-12-31',
          authorisedCents: 100,
        },
        new Date(Date.now() - 90_000),
      ),
    );
    const { code, text } = await ops('outbox', '--json');
    expect(code).toBe(0);
    const funding = (JSON.parse(text) as Array<{ service: string; events: number; oldestAgeSeconds: number }>).find((o) => o.service === 'funding');
    expect(funding?.events).toBe(1);
    expect(funding?.oldestAgeSeconds).toBeGreaterThanOrEqual(90);
  });

  it('lists a dead letter with its reason and no payload, shows the consumer, and replays it to the consumer that failed', async () => {
    let broken = true;
    const applied: string[] = [];
    const consumer = new EventConsumer(
      'ledger',
      dataSource,
      bus,
      [
        on(ProgrammeOpenedV1, async (payload) => {
          if (broken) throw new Error('rule not deployed yet');
          applied.push(payload.programmeId);
        }),
      ],
      { maxDeliveries: 2, retryDelayMs: () => 50 },
    );
    await consumer.start();
    try {
      const programmeId = randomUUID();
      const envelope = {
        id: randomUUID(),
        type: ProgrammeOpenedV1.type,
        occurredAt: new Date().toISOString(),
        payload: { programmeId, code: 'P-DEAD', name: 'Programme', ownerOrganisationId: null, perimeter: { level: 'REGION', code: '32' }, startsOn: '2020-02-04', endsOn: '2021-12-31', authorisedCents: 100 },
      };
      await bus.js.publish(eventSubject(bus.prefix, envelope.type), JSON.stringify(envelope), { msgID: envelope.id });

      const letters = await eventually(async () => {
        const listed = JSON.parse((await ops('dead-letters', '--json')).text) as Array<Record<string, unknown>>;
        return listed.length > 0 && listed;
      }, 15_000, 'the dead letter listed');
      expect(letters[0]).toMatchObject({ consumer: 'ledger', eventType: ProgrammeOpenedV1.type, reason: expect.stringMatching(/failed 2 times: rule not deployed yet/) });
      expect(JSON.stringify(letters)).not.toContain(programmeId);
      expect((await ops('status')).text).toMatch(/Dead letters\nconsumer\s+count\nledger\s+1/);
      const durables = JSON.parse((await ops('consumers', '--json')).text) as Array<Record<string, unknown>>;
      expect(durables).toContainEqual(expect.objectContaining({ consumer: 'ledger', eventType: ProgrammeOpenedV1.type, pending: 0 }));

      broken = false;
      expect(await ops('replay', '--consumer', 'ledger')).toEqual({ code: 0, text: 'replayed 1 dead letter(s)' });
      await eventually(() => applied.includes(programmeId), 10_000, 'the replayed event applied');
      expect(JSON.parse((await ops('dead-letters', '--json')).text)).toEqual([]);
    } finally {
      await consumer.stop();
    }
  });

  it('answers an unknown subcommand with its usage and a non-zero code', async () => {
    const { code, text } = await ops('purge');
    expect(code).toBe(2);
    expect(text).toMatch(/usage: npm run ops/);
  });
});
