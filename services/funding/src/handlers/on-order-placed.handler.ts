// passes.order.placed.v1 → a PASS_ORDER commitment of face value + fee on the programme's first authorisation with room.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { OrderPlacedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onOrderPlaced = (services: FundingServices) =>
  on(OrderPlacedV1, async (payload, { manager, envelope }) => {
    await services.passesLedger.orderPlaced(manager, payload, envelope);
  });
