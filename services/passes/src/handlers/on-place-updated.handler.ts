// partners.place.updated.v1 → the place's name or commune changed; its qualifications stay.
import { PlaceUpdatedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordPlaceFacts } from '../partners/place-facts';

export const onPlaceUpdated = on(PlaceUpdatedV1, async (payload, { manager }) => {
  await recordPlaceFacts(manager, payload);
});
