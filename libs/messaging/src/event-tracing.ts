// Traces across the bus. The trace context of the work that records an event is kept in its
// outbox row; the relay publishes the event in a producer span continuing that trace and sends
// the span's context in the message headers (W3C `traceparent`); the consumer applies the event
// in a span continuing it in turn. A redemption is then one trace, from the request that made it
// to the transaction another service ran on hearing of it. With tracing off, nothing is stored
// or sent.
import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace, type Context, type Span, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE } from '@opentelemetry/semantic-conventions';
import {
  ATTR_MESSAGING_CONSUMER_GROUP_NAME,
  ATTR_MESSAGING_DESTINATION_NAME,
  ATTR_MESSAGING_MESSAGE_ID,
  ATTR_MESSAGING_OPERATION_TYPE,
  ATTR_MESSAGING_SYSTEM,
} from '@opentelemetry/semantic-conventions/incubating';
import type { MsgHdrs } from '@nats-io/transport-node';

export const messagingTracer = () => trace.getTracer('@pass-numerique/messaging');

/**
 * Marks a span failed with the error's kind (its code, else its class), never its message: a
 * message may quote what a caller sent (PostgreSQL's "invalid input syntax … «value»"). Here,
 * below the kit, so that the relay's spans and the kit's say a failure the same way.
 */
export function markFailed(span: Span, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  span.setAttribute(ATTR_ERROR_TYPE, typeof code === 'string' ? code : error instanceof Error ? error.name : typeof error);
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** The active trace context as a W3C carrier (`traceparent`, `tracestate`), or null when there is none to keep. */
export function currentTraceContext(): Record<string, string> | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : null;
}

/** The context a stored carrier describes. */
export function storedTraceContext(carrier: Record<string, string> | null): Context | undefined {
  return carrier ? propagation.extract(ROOT_CONTEXT, carrier) : undefined;
}

const headerSetter: TextMapSetter<MsgHdrs> = { set: (headers, key, value) => headers.set(key, value) };

const headerGetter: TextMapGetter<MsgHdrs | undefined> = {
  keys: (headers) => headers?.keys() ?? [],
  // nats.js answers "" for a header that is absent.
  get: (headers, key) => headers?.get(key) || undefined,
};

/** Writes the trace context of `within` into a message's headers. */
export function sendTraceContext(within: Context, headers: MsgHdrs): void {
  propagation.inject(within, headers, headerSetter);
}

/** The trace context a delivered message carries (the root when it carries none). */
export function receivedTraceContext(headers: MsgHdrs | undefined): Context {
  return propagation.extract(ROOT_CONTEXT, headers, headerGetter);
}

export function publishSpanAttributes(subject: string, eventId: string) {
  return {
    [ATTR_MESSAGING_SYSTEM]: 'nats',
    [ATTR_MESSAGING_OPERATION_TYPE]: 'send',
    [ATTR_MESSAGING_DESTINATION_NAME]: subject,
    [ATTR_MESSAGING_MESSAGE_ID]: eventId,
  };
}

export function processSpanAttributes(subject: string, durable: string) {
  return {
    [ATTR_MESSAGING_SYSTEM]: 'nats',
    [ATTR_MESSAGING_OPERATION_TYPE]: 'process',
    [ATTR_MESSAGING_DESTINATION_NAME]: subject,
    [ATTR_MESSAGING_CONSUMER_GROUP_NAME]: durable,
  };
}
