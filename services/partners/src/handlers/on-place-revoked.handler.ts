// partners.place.revoked.v2 (our own event, consumed like any other) → a webhook call to the place's organisation, naming the programme.
// Consuming the event rather than writing deliveries in the qualification's transaction keeps
// webhooks out of the place workflow, and the consumer's idempotence gives each event once.
import { PlaceRevokedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PartnersServices } from '../context';
import { placeAnnouncement } from '../webhooks/webhook-events';

export const onPlaceRevoked = (services: PartnersServices) =>
  on(PlaceRevokedV2, async (payload, { manager, envelope }) => {
    await services.webhooks.announce(manager, placeAnnouncement('place.revoked', payload, envelope));
  });
