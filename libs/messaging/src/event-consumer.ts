// Idempotent consumption: each event is applied inside one transaction together with a
// processed_event row keyed by (consumer, event id). A redelivery finds the row and is only
// acknowledged. A payload that breaks its contract, or an effect that keeps failing, goes to
// the dead-letter stream instead of being half-applied or retried forever.
import type { DataSource, EntityManager } from 'typeorm';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import {
  envelopeSchema,
  EventValidationError,
  validatePayload,
  type EventContract,
  type EventEnvelope,
  type EventType,
} from '@pass-numerique/event-contracts';
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { EventBus } from './nats-connection';
import { messagingTracer, processSpanAttributes, receivedTraceContext } from './event-tracing';
import { eventSubject, isNotFound, streamName } from './streams';
import { sendToDeadLetters } from './dead-letters';

export interface HandlerContext {
  /** The transaction that also records the event as processed: write the effect through it. */
  manager: EntityManager;
  envelope: EventEnvelope;
}

export type EventHandler<P> = (payload: P, context: HandlerContext) => Promise<void>;

export interface Subscription<P = unknown> {
  contract: EventContract<EventType, P>;
  handle: EventHandler<P>;
}

/** Ties a contract to its handler with the payload type inferred. */
export function on<P>(contract: EventContract<EventType, P>, handle: EventHandler<P>): Subscription<P> {
  return { contract, handle };
}

export interface EventConsumerOptions {
  /** Deliveries before an event whose effect keeps failing is dead-lettered. */
  maxDeliveries?: number;
  /** How long JetStream waits for an ack before redelivering. */
  ackWaitMs?: number;
  /** Back-off before a failed event is offered again, by delivery count. */
  retryDelayMs?: (deliveryCount: number) => number;
  onError?: (error: unknown, context: { type: string; eventId?: string }) => void;
  /** While the database does not answer, how often it is probed again (the event in hand waits). */
  databaseProbeMs?: number;
  /** Told what became of each delivery (for metrics). */
  onOutcome?: (type: string, outcome: ConsumeOutcome) => void;
}

/** Where a durable consumer stands in its stream. */
export interface ConsumerState {
  durable: string;
  stream: string;
  eventType: string;
  /** Events in the stream this consumer has not been delivered yet. */
  pending: number;
  /** Delivered, not acknowledged yet. */
  ackPending: number;
  /** Delivered more than once and not acknowledged yet. */
  redelivered: number;
  /** Stream sequence of the last event it acknowledged in order. */
  acknowledgedUpTo: number;
}

export type ConsumeOutcome = 'applied' | 'duplicate' | 'dead-lettered' | 'retry';

export class EventConsumer {
  private readonly running: ConsumerMessages[] = [];
  private readonly loops: Promise<void>[] = [];
  private readonly maxDeliveries: number;
  private stopping = false;

  constructor(
    private readonly consumerName: string,
    private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly subscriptions: Subscription<any>[],
    private readonly options: EventConsumerOptions = {},
  ) {
    this.maxDeliveries = options.maxDeliveries ?? 5;
  }

  durableName(type: string): string {
    return durableName(this.consumerName, type);
  }

  /** Creates the durable consumers (one per event type: nats-server 2.9 filters on one subject) and starts pulling. */
  async start(): Promise<void> {
    this.stopping = false;
    for (const subscription of this.subscriptions) {
      const { type, producer } = subscription.contract;
      const stream = streamName(this.bus.prefix, producer);
      const durable = this.durableName(type);
      const config = {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: eventSubject(this.bus.prefix, type),
        // No limit on JetStream's side: an event JetStream stops delivering is lost to this
        // consumer without a trace. The consumer fetches up to 64 events at once; while the one in
        // hand waits for the database, the others are redelivered at every ack wait, and a limit
        // here would drop them after a few minutes of outage. Our handler dead-letters an event
        // whose effect keeps failing (maxDeliveries) itself, where an operator can replay it.
        max_deliver: -1,
        ack_wait: (this.options.ackWaitMs ?? 30_000) * 1_000_000,
      };
      try {
        await this.bus.jsm.consumers.info(stream, durable);
        await this.bus.jsm.consumers.update(stream, durable, { max_deliver: config.max_deliver, ack_wait: config.ack_wait });
      } catch (error) {
        if (!isNotFound(error)) throw error;
        await this.bus.jsm.consumers.add(stream, config);
      }
      const consumer = await this.bus.js.consumers.get(stream, durable);
      const messages = await consumer.consume({ max_messages: 64 });
      this.running.push(messages);
      this.loops.push(this.loop(messages, subscription));
    }
  }

  /** Where each of this consumer's durables stands (read from JetStream). */
  async state(): Promise<ConsumerState[]> {
    return readConsumerStates(this.bus, this.consumerName, this.subscriptions.map((s) => s.contract));
  }

  /** Stops pulling; waits for the message in hand to finish (its transaction commits or rolls back, then ack/nak). */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const messages of this.running) messages.stop();
    await Promise.allSettled(this.loops);
    this.running.length = 0;
    this.loops.length = 0;
  }

  private async loop(messages: ConsumerMessages, subscription: Subscription): Promise<void> {
    for await (const msg of messages) {
      await this.process(msg, subscription);
    }
  }

  /**
   * Applies one delivered message, in a consumer span continuing the trace the message carries
   * (its transaction's queries nest under it). Public so that tests can drive the exact
   * redelivery cases.
   */
  async process(msg: JsMsg, subscription: Subscription): Promise<ConsumeOutcome> {
    const type = subscription.contract.type;
    const sentIn = receivedTraceContext(msg.headers);
    const span = messagingTracer().startSpan(`process ${msg.subject}`, { kind: SpanKind.CONSUMER, attributes: processSpanAttributes(msg.subject, this.durableName(type)) }, sentIn);
    try {
      const outcome = await context.with(trace.setSpan(sentIn, span), () => this.apply(msg, subscription));
      span.setAttribute('pn.event.outcome', outcome);
      if (outcome === 'dead-lettered' || outcome === 'retry') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      this.options.onOutcome?.(type, outcome);
      return outcome;
    } finally {
      span.end();
    }
  }

  private async apply(msg: JsMsg, subscription: Subscription): Promise<ConsumeOutcome> {
    const type = subscription.contract.type;
    let envelope: EventEnvelope;
    let payload: unknown;
    try {
      envelope = envelopeSchema.parse(JSON.parse(new TextDecoder().decode(msg.data))) as EventEnvelope;
      if (envelope.type !== type) throw new EventValidationError(type, [`envelope type is ${envelope.type}`]);
      payload = validatePayload(subscription.contract, envelope.payload);
    } catch (error) {
      // A contract violation will never succeed on retry: park it for an operator, whole.
      await sendToDeadLetters(this.bus, this.consumerName, msg, type, `invalid event: ${describe(error)}`);
      msg.term();
      this.options.onError?.(error, { type });
      return 'dead-lettered';
    }

    try {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO processed_event (consumer, event_id, event_type) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [this.consumerName, envelope.id, envelope.type],
        );
        if (claimed.length === 0) return 'duplicate' as const;
        await subscription.handle(payload, { manager, envelope });
        return 'applied' as const;
      });
      msg.ack();
      return outcome;
    } catch (error) {
      this.options.onError?.(error, { type, eventId: envelope.id });
      // Our own database does not answer: no event can be applied now, and retrying would only
      // spend this one's deliveries on the way to the dead letters (a ten-second restart of
      // PostgreSQL would park every event in flight). Hold it, telling JetStream we are still
      // at work on it, until the database answers; then apply it again.
      const held = await this.holdWhileDatabaseDown(msg);
      if (held === 'back') return this.apply(msg, subscription);
      if (held === 'stopping') {
        msg.nak();
        return 'retry';
      }
      const deliveries = msg.info.deliveryCount;
      if (deliveries >= this.maxDeliveries) {
        await sendToDeadLetters(this.bus, this.consumerName, msg, type, `failed ${deliveries} times: ${describe(error)}`);
        msg.term();
        return 'dead-lettered';
      }
      msg.nak(this.options.retryDelayMs?.(deliveries) ?? Math.min(30_000, 250 * 2 ** deliveries));
      return 'retry';
    }
  }

  /** 'answers' at once when the database answers (the failure was the effect's own); else waits for it. */
  private async holdWhileDatabaseDown(msg: JsMsg): Promise<'answers' | 'back' | 'stopping'> {
    if (await this.databaseAnswers()) return 'answers';
    while (!this.stopping) {
      msg.working();
      await sleep(this.options.databaseProbeMs ?? 1_000);
      if (await this.databaseAnswers()) return 'back';
    }
    return 'stopping';
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}

/** One durable per consumer and event type: `<consumer>--<type with _ for .>`. */
export function durableName(consumerName: string, type: string): string {
  return `${consumerName}--${type.replace(/\./g, '_')}`;
}

/** The state of a consumer's durables, one per event type it consumes; a durable not created yet is left out. */
export async function readConsumerStates(
  bus: EventBus,
  consumerName: string,
  contracts: Array<Pick<EventContract<EventType, unknown>, 'type' | 'producer'>>,
): Promise<ConsumerState[]> {
  const states: ConsumerState[] = [];
  for (const { type, producer } of contracts) {
    const stream = streamName(bus.prefix, producer);
    const durable = durableName(consumerName, type);
    try {
      const info = await bus.jsm.consumers.info(stream, durable);
      states.push({
        durable,
        stream,
        eventType: type,
        pending: info.num_pending,
        ackPending: info.num_ack_pending,
        redelivered: info.num_redelivered,
        acknowledgedUpTo: info.ack_floor.stream_seq,
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  return states;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500);
}
