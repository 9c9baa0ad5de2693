// partners.place.revoked.v2 → the place may never take the programme's passes again.
import { PlaceRevokedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordQualification } from '../partners/place-facts';

export const onPlaceRevoked = on(PlaceRevokedV2, async (payload, { manager }) => {
  await recordQualification(manager, payload, 'REVOKED');
});
