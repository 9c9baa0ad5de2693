// partners.place.revoked.v1 → the place may never take passes again.
import { PlaceRevokedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordPlaceFacts } from '../partners/place-facts';

export const onPlaceRevoked = on(PlaceRevokedV1, async (payload, { manager }) => {
  await recordPlaceFacts(manager, payload, 'REVOKED');
});
