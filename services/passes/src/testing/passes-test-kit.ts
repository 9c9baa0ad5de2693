// Test helpers of this service: publish consumed events the way their producers' relays do
// (envelope JSON on `<prefix>.<type>`, message id = event id), and ready-made payloads.
import { randomUUID } from 'node:crypto';
import { eventSubject, type EventBus } from '@pass-numerique/messaging';
import { validatePayload, type EventContract, type EventType } from '@pass-numerique/event-contracts';

export async function publishEvent<P>(bus: EventBus, contract: EventContract<EventType, P>, payload: P, id: string = randomUUID(), occurredAt = new Date()): Promise<string> {
  const envelope = { id, type: contract.type, occurredAt: occurredAt.toISOString(), payload: validatePayload(contract, payload) };
  await bus.js.publish(eventSubject(bus.prefix, contract.type), JSON.stringify(envelope), { msgID: id });
  return id;
}

export function uniqueCode(prefix = 'TEST'): string {
  return `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
}
