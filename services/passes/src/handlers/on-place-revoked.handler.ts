// partners.place.revoked.v2 → the place may never take the programme's passes again.
import { PlaceRevokedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { PlaceFactsRepository } from '../partners/place-facts.repository';

const places = new PlaceFactsRepository();

export const onPlaceRevoked = on(PlaceRevokedV2, async (payload, { manager }) => {
  await places.recordQualification(manager, payload, 'REVOKED');
});
