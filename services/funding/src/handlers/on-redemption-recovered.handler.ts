// passes.redemption.recovered.v1 → one pass used less from the day of the recovery, and a recovery that holds the closing back until a paid statement takes it back.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { RedemptionRecoveredV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onRedemptionRecovered = (services: FundingServices) =>
  on(RedemptionRecoveredV1, async (payload, { manager }) => {
    await services.passesLedger.redemptionRecovered(manager, payload);
  });
