// passes.order.activated.v1 → a payment on the order's commitment: face value + fee (prepaid operator) or the fee (direct).
// The effect is written through the consumer's transaction, which also records the event as processed.
import { OrderActivatedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onOrderActivated = (services: FundingServices) =>
  on(OrderActivatedV1, async (payload, { manager, envelope }) => {
    await services.passesLedger.orderActivated(manager, payload, envelope);
  });
