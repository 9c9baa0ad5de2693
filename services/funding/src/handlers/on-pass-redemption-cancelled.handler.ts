// passes.pass.redemption-cancelled.v1 → one pass used less, from the day of the cancellation.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { PassRedemptionCancelledV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onPassRedemptionCancelled = (services: FundingServices) =>
  on(PassRedemptionCancelledV1, async (payload, { manager }) => {
    await services.passesLedger.redemptionCancelled(manager, payload);
  });
