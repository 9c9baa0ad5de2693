// The reliability promises of the messaging library, on a real PostgreSQL and a real JetStream:
// nothing lost (outbox + durable consumers), nothing twice (message-id de-duplication and
// processed-event records), and poison events parked for an operator instead of half-applied.
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { context, propagation, SpanKind, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ProgrammeOpenedV1, type PayloadOf } from '@pass-numerique/event-contracts';
import { createTestDatabase, dropDatabase, eventually, testEventPrefix, testInfrastructure } from '@pass-numerique/testing';
import { connectEventBus, type EventBus } from './nats-connection';
import { deleteStreams, ensureStreams, eventSubject, streamName } from './streams';
import { addEventTraceContext, createMessagingTables } from './messaging-tables';
import { recordEvent } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { EventConsumer, on, type Subscription } from './event-consumer';
import { listDeadLetters, replayDeadLetter } from './dead-letters';

type Opened = PayloadOf<typeof ProgrammeOpenedV1>;

function opened(code = `P-${randomUUID().slice(0, 8)}`): Opened {
  return {
    programmeId: randomUUID(),
    code,
    name: 'Programme',
    ownerOrganisationId: null,
    perimeter: { level: 'REGION', code: '32' },
    startsOn: '2020-02-04',
    endsOn: '2021-12-31',
    authorisedCents: 76_390_000,
  };
}

async function openDataSource(url: string): Promise<DataSource> {
  const ds = new DataSource({ type: 'postgres', url, entities: [], synchronize: false, logging: false });
  await ds.initialize();
  const runner = ds.createQueryRunner();
  await createMessagingTables(runner);
  await addEventTraceContext(runner);
  await runner.query(`CREATE TABLE effect (programme_id uuid NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await runner.release();
  return ds;
}

describe('outbox, relay and idempotent consumer on real PostgreSQL and JetStream', () => {
  let databaseUrl: string;
  let ds: DataSource;
  let bus: EventBus;
  let relay: OutboxRelay;

  const effects = async (programmeId?: string): Promise<number> => {
    const [{ count }] = await ds.query(
      programmeId ? `SELECT count(*)::int AS count FROM effect WHERE programme_id = $1` : `SELECT count(*)::int AS count FROM effect`,
      programmeId ? [programmeId] : [],
    );
    return count;
  };
  const applyEffect: Subscription<Opened> = on(ProgrammeOpenedV1, async (payload, { manager }) => {
    await manager.query(`INSERT INTO effect (programme_id) VALUES ($1)`, [payload.programmeId]);
  });
  const produce = (payload: Opened) => ds.transaction((manager) => recordEvent(manager, ProgrammeOpenedV1, payload, new Date()));

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('messaging');
    ds = await openDataSource(databaseUrl);
    bus = await connectEventBus(testInfrastructure().natsUrl, testEventPrefix(), 'messaging-test');
    await ensureStreams(bus);
    relay = new OutboxRelay(ds, bus, { pollIntervalMs: 200 });
    await relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await deleteStreams(bus);
    await bus?.nc.close();
    await ds?.destroy();
    if (databaseUrl) await dropDatabase(databaseUrl);
  });

  it('refuses to record an event outside a transaction', async () => {
    await expect(recordEvent(ds.manager, ProgrammeOpenedV1, opened(), new Date())).rejects.toThrow(/inside the transaction/);
  });

  it('refuses to record a payload that breaks its contract, so it never reaches consumers', async () => {
    await expect(ds.transaction((m) => recordEvent(m, ProgrammeOpenedV1, { ...opened(), authorisedCents: 1.5 }, new Date()))).rejects.toThrow(
      /authorisedCents/,
    );
  });

  it('publishes what committed and nothing of what rolled back', async () => {
    const kept = opened();
    const dropped = opened();
    await produce(kept);
    await expect(
      ds.transaction(async (m) => {
        await recordEvent(m, ProgrammeOpenedV1, dropped, new Date());
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    await eventually(async () => (await ds.query(`SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL`))[0].n === 0, 10_000, 'the outbox to drain');
    const rows = await ds.query(`SELECT payload->>'programmeId' AS id FROM outbox_event`);
    expect(rows.map((r: { id: string }) => r.id)).toContain(kept.programmeId);
    expect(rows.map((r: { id: string }) => r.id)).not.toContain(dropped.programmeId);
  });

  it('keeps no trace context while tracing is off', async () => {
    const untraced = opened();
    await produce(untraced);
    const [row] = await ds.query(`SELECT trace_context FROM outbox_event WHERE payload->>'programmeId' = $1`, [untraced.programmeId]);
    expect(row.trace_context).toBeNull();
  });

  it('carries the trace of the work that recorded an event, through NATS, to the transaction that applies it', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    provider.register({ propagator: new W3CTraceContextPropagator() });
    const consumer = new EventConsumer('traced', ds, bus, [applyEffect]);
    try {
      const payload = opened();
      const recording = await trace.getTracer('test').startActiveSpan('open programme', async (span) => {
        await produce(payload);
        span.end();
        return span.spanContext();
      });
      const [row] = await ds.query(`SELECT trace_context FROM outbox_event WHERE payload->>'programmeId' = $1`, [payload.programmeId]);
      expect(row.trace_context.traceparent).toBe(`00-${recording.traceId}-${recording.spanId}-01`);

      await consumer.start();
      await eventually(async () => ((await effects(payload.programmeId)) === 1 ? true : undefined), 10_000, 'the event to be applied');
      await consumer.stop();
      const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === recording.traceId);
      const sent = spans.find((s) => s.kind === SpanKind.PRODUCER);
      const processed = spans.find((s) => s.kind === SpanKind.CONSUMER);
      expect(sent?.parentSpanContext?.spanId).toBe(recording.spanId);
      expect(sent?.attributes['messaging.destination.name']).toBe(eventSubject(bus.prefix, ProgrammeOpenedV1.type));
      expect(processed?.parentSpanContext?.spanId).toBe(sent?.spanContext().spanId);
      expect(processed?.attributes).toMatchObject({ 'messaging.consumer.group.name': 'traced--funding_programme_opened_v1', 'pn.event.outcome': 'applied' });
    } finally {
      await consumer.stop();
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    }
  });

  it('publishes a batch in commit order, so consumers see events in the order they happened', async () => {
    const payloads = Array.from({ length: 150 }, (_, i) => opened(`ORDER-${String(i).padStart(3, '0')}`));
    await ds.transaction(async (m) => {
      for (const p of payloads) await recordEvent(m, ProgrammeOpenedV1, p, new Date());
    });
    await relay.flush();
    const stream = streamName(bus.prefix, 'funding');
    const { state } = await bus.jsm.streams.info(stream);
    const codes: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const stored = await bus.jsm.streams.getMessage(stream, { seq });
      const code = stored?.json<{ payload: { code: string } }>().payload.code;
      if (code?.startsWith('ORDER-')) codes.push(code);
    }
    expect(codes).toEqual(payloads.map((p) => p.code));
  });

  it('loses nothing and applies nothing twice when the consumer was down while events were produced', async () => {
    const consumer = new EventConsumer('down-then-up', ds, bus, [applyEffect]);
    await consumer.start();
    await consumer.stop(); // the durable consumer now exists; the service is "down"

    const payloads = Array.from({ length: 25 }, () => opened());
    for (const p of payloads) await produce(p);
    await relay.flush();

    const restarted = new EventConsumer('down-then-up', ds, bus, [applyEffect]);
    await restarted.start();
    try {
      await eventually(async () => {
        const counts = await Promise.all(payloads.map((p) => effects(p.programmeId)));
        return counts.every((c) => c === 1);
      }, 15_000, 'all 25 events applied');
      // Give a redelivery the chance to show up, then check again: still exactly once each.
      await new Promise((r) => setTimeout(r, 300));
      for (const p of payloads) expect(await effects(p.programmeId)).toBe(1);
    } finally {
      await restarted.stop();
    }
  });

  it('applies a re-published event once: JetStream drops the same message id, consumers skip the same event id', async () => {
    const consumer = new EventConsumer('republish', ds, bus, [applyEffect]);
    await consumer.start();
    try {
      const payload = opened();
      const envelope = await produce(payload);
      await relay.flush();
      await eventually(async () => (await effects(payload.programmeId)) === 1, 10_000, 'first application');

      const data = JSON.stringify(envelope);
      const sameId = await bus.js.publish(eventSubject(bus.prefix, envelope.type), data, { msgID: envelope.id });
      expect(sameId.duplicate).toBe(true);
      // Past the de-duplication window a re-publish would get through: the consumer's record stops it.
      const afterWindow = await bus.js.publish(eventSubject(bus.prefix, envelope.type), data, { msgID: `${envelope.id}-late` });
      expect(afterWindow.duplicate).toBe(false);

      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM processed_event WHERE consumer = 'republish' AND event_id = $1`, [envelope.id]);
      expect(n).toBe(1);
      await new Promise((r) => setTimeout(r, 500));
      expect(await effects(payload.programmeId)).toBe(1);
    } finally {
      await consumer.stop();
    }
  });

  it('dead-letters an event that breaks its contract, whole, without applying any of it', async () => {
    const consumer = new EventConsumer('strict', ds, bus, [applyEffect]);
    await consumer.start();
    try {
      const bad = { id: randomUUID(), type: 'funding.programme.opened.v1', occurredAt: new Date().toISOString(), payload: { programmeId: randomUUID(), code: 42 } };
      await bus.js.publish(eventSubject(bus.prefix, bad.type), JSON.stringify(bad), { msgID: bad.id });
      const letter = await eventually(async () => (await listDeadLetters(bus)).find((l) => l.data.includes(bad.id)), 10_000, 'the dead letter');
      expect(letter.consumer).toBe('strict');
      expect(letter.reason).toMatch(/invalid event/);
      expect(await effects(bad.payload.programmeId)).toBe(0);
    } finally {
      await consumer.stop();
    }
  });

  it('dead-letters an event whose effect keeps failing, and applies it once when an operator replays it after the fix', async () => {
    let broken = true;
    const payload = opened();
    // Only this event fails: the consumer also receives every earlier event of the stream.
    const flaky = on(ProgrammeOpenedV1, async (p, { manager }) => {
      await manager.query(`INSERT INTO effect (programme_id) VALUES ($1)`, [p.programmeId]);
      if (broken && p.programmeId === payload.programmeId) throw new Error('downstream rule not deployed yet'); // rolls the insert back
    });
    const consumer = new EventConsumer('flaky', ds, bus, [flaky], { maxDeliveries: 3, retryDelayMs: () => 50 });
    await consumer.start();
    try {
      await produce(payload);
      await relay.flush();
      const letter = await eventually(
        async () => (await listDeadLetters(bus)).find((l) => l.consumer === 'flaky' && l.data.includes(payload.programmeId)),
        15_000,
        'the dead letter after three failures',
      );
      expect(letter.reason).toMatch(/failed 3 times/);
      expect(await effects(payload.programmeId)).toBe(0);
      // Parking is the consumer's decision alone: JetStream never stops delivering an event on its
      // own, which would lose it silently (the events held behind one waiting out a database outage).
      const { config } = await bus.jsm.consumers.info(streamName(bus.prefix, ProgrammeOpenedV1.producer), consumer.durableName(ProgrammeOpenedV1.type));
      expect(config.max_deliver).toBe(-1);

      broken = false;
      await replayDeadLetter(bus, letter.sequence);
      await eventually(async () => (await effects(payload.programmeId)) === 1, 10_000, 'the replayed event applied');
      expect((await listDeadLetters(bus)).some((l) => l.sequence === letter.sequence)).toBe(false);
    } finally {
      await consumer.stop();
    }
  });
});
