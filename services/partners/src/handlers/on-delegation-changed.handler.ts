// partners.delegation.*.v1 (our own events) → webhook calls to the vendor and the organisation (webhooks/webhook-events.ts says to whom).
import { DelegationAcceptedV1, DelegationDeclinedV1, DelegationRequestedV1, DelegationRevokedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PartnersServices } from '../context';
import { delegationAnnouncements } from '../webhooks/webhook-events';

const STEPS = [
  [DelegationRequestedV1, 'delegation.requested'],
  [DelegationAcceptedV1, 'delegation.accepted'],
  [DelegationDeclinedV1, 'delegation.declined'],
  [DelegationRevokedV1, 'delegation.revoked'],
] as const;

export const onDelegationChanged = (services: PartnersServices) =>
  STEPS.map(([contract, type]) =>
    on(contract, async (payload, { manager, envelope }) => {
      for (const announcement of delegationAnnouncements(type, payload, envelope)) await services.webhooks.announce(manager, announcement);
    }),
  );
