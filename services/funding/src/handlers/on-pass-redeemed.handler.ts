// passes.pass.redeemed.v1 → one more pass used: the State's share is computed on passes actually used.
// The effect is written through the consumer's transaction, which also records the event as processed.
import { PassRedeemedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { FundingServices } from '../context';

export const onPassRedeemed = (services: FundingServices) =>
  on(PassRedeemedV1, async (payload, { manager }) => {
    await services.passesLedger.passRedeemed(manager, payload);
  });
