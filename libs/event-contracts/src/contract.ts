// An event contract is a versioned name plus a runtime schema. Producer and consumers import
// the same definition, so a payload that does not match is caught on both sides.
import { z } from 'zod';

/** `<producer>.<aggregate>.<happening>.v<N>`: a breaking change is a new version, never an edit. */
export type EventType = `${string}.${string}.${string}.v${number}`;

export interface EventContract<Type extends EventType = EventType, Payload = unknown> {
  readonly type: Type;
  /** The service that owns and publishes it: the first segment of the type. */
  readonly producer: string;
  readonly schema: z.ZodType<Payload>;
}

export function defineEvent<Type extends EventType, Schema extends z.ZodTypeAny>(
  type: Type,
  schema: Schema,
): EventContract<Type, z.infer<Schema>> {
  return { type, producer: type.split('.')[0], schema };
}

export type PayloadOf<C> = C extends EventContract<EventType, infer P> ? P : never;

/** What travels on the wire: the payload wrapped with the facts every consumer needs. */
export interface EventEnvelope<Payload = unknown> {
  /** Unique id; also the JetStream message id (de-duplication) and the consumers' idempotency key. */
  id: string;
  type: EventType;
  /** ISO-8601 instant at which the state change committed. */
  occurredAt: string;
  payload: Payload;
}

export const envelopeSchema = z.object({
  id: z.string().uuid(),
  type: z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z-]*\.[a-z][a-z-]*\.v\d+$/),
  occurredAt: z.string().datetime({ offset: true }),
  payload: z.unknown(),
});

export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  constructor(
    readonly eventType: string,
    readonly issues: string[],
  ) {
    super(`event ${eventType} does not match its contract: ${issues.join('; ')}`);
  }
}

/** Validates a payload against its contract; returns the parsed (typed, normalised) payload. */
export function validatePayload<P>(contract: EventContract<EventType, P>, payload: unknown): P {
  const result = contract.schema.safeParse(payload);
  if (!result.success) {
    throw new EventValidationError(
      contract.type,
      result.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`),
    );
  }
  return result.data;
}
