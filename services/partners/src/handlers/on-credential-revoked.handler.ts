// partners.credential.revoked.v1 (our own event) → a webhook call to the organisation: its software's credential no longer works.
import { CredentialRevokedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PartnersServices } from '../context';
import { credentialRevokedAnnouncement } from '../webhooks/webhook-events';

export const onCredentialRevoked = (services: PartnersServices) =>
  on(CredentialRevokedV1, async (payload, { manager, envelope }) => {
    await services.webhooks.announce(manager, credentialRevokedAnnouncement(payload, envelope));
  });
