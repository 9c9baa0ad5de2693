// Dead letters: events a consumer could not apply, kept whole with the reason, so an operator
// can see them and, once the cause is fixed, replay them to the consumer that failed.
import { headers } from '@nats-io/transport-node';
import { DeliverPolicy, type JsMsg } from '@nats-io/jetstream';
import type { EventBus } from './nats-connection';
import { deadLetterStreamName, deadLetterSubject } from './streams';

export interface DeadLetter {
  /** Position in the dead-letter stream: the handle to replay or discard it. */
  sequence: number;
  consumer: string;
  eventType: string;
  originalSubject: string;
  originalSequence: number;
  reason: string;
  deadLetteredAt: string;
  /** The message exactly as it was received. */
  data: string;
}

export async function sendToDeadLetters(bus: EventBus, consumer: string, msg: JsMsg, type: string, reason: string): Promise<void> {
  const h = headers();
  h.set('Pn-Consumer', consumer);
  h.set('Pn-Original-Subject', msg.subject);
  h.set('Pn-Original-Sequence', String(msg.info.streamSequence));
  h.set('Pn-Reason', reason.replace(/[\r\n]+/g, ' '));
  h.set('Pn-Dead-Lettered-At', new Date().toISOString());
  await bus.js.publish(deadLetterSubject(bus.prefix, consumer, type), msg.data, {
    headers: h,
    // One dead letter per consumer and original message, however often this path runs.
    msgID: `${consumer}:${msg.info.stream}:${msg.info.streamSequence}`,
  });
}

/** Dead letters waiting, by the consumer that could not apply them. */
export async function countDeadLetters(bus: EventBus): Promise<Record<string, number>> {
  const stream = deadLetterStreamName(bus.prefix);
  const info = await bus.jsm.streams.info(stream, { subjects_filter: `${bus.prefix}.dead-letter.>` });
  const counts: Record<string, number> = {};
  for (const [subject, count] of Object.entries(info.state.subjects ?? {})) {
    const consumer = subject.split('.')[2];
    counts[consumer] = (counts[consumer] ?? 0) + count;
  }
  return counts;
}

export async function listDeadLetters(bus: EventBus, limit = 100): Promise<DeadLetter[]> {
  const stream = deadLetterStreamName(bus.prefix);
  const info = await bus.jsm.streams.info(stream);
  if (info.state.messages === 0) return [];
  const consumer = await bus.js.consumers.get(stream, { deliver_policy: DeliverPolicy.All });
  const letters: DeadLetter[] = [];
  const batch = await consumer.fetch({ max_messages: Math.min(limit, info.state.messages), expires: 2_000 });
  for await (const m of batch) {
    letters.push({
      sequence: m.seq,
      consumer: m.headers?.get('Pn-Consumer') ?? '',
      eventType: m.subject.split('.').slice(3).join('.'),
      originalSubject: m.headers?.get('Pn-Original-Subject') ?? '',
      originalSequence: Number(m.headers?.get('Pn-Original-Sequence') ?? 0),
      reason: m.headers?.get('Pn-Reason') ?? '',
      deadLetteredAt: m.headers?.get('Pn-Dead-Lettered-At') ?? '',
      data: m.string(),
    });
    if (letters.length >= limit || m.info.pending === 0) break;
  }
  await consumer.delete().catch(() => undefined);
  return letters;
}

/**
 * Sends a dead letter back to its original subject and removes it from the dead-letter stream.
 * Every consumer of that subject sees it again; those that had applied it skip it (idempotency),
 * the one that failed applies it now.
 */
export async function replayDeadLetter(bus: EventBus, sequence: number): Promise<void> {
  const stream = deadLetterStreamName(bus.prefix);
  const stored = await bus.jsm.streams.getMessage(stream, { seq: sequence });
  if (!stored) throw new Error(`no dead letter at sequence ${sequence}`);
  const subject = stored.header.get('Pn-Original-Subject');
  // A fresh message id: the original id is still inside the stream's de-duplication window.
  await bus.js.publish(subject, stored.data, { msgID: `replay:${stream}:${sequence}` });
  await bus.jsm.streams.deleteMessage(stream, sequence);
}
