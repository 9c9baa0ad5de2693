// partners.place.updated.v1 → the place's name or commune changed; its qualifications stay.
import { PlaceUpdatedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { PlaceFactsRepository } from '../partners/place-facts.repository';

const places = new PlaceFactsRepository();

export const onPlaceUpdated = on(PlaceUpdatedV1, async (payload, { manager }) => {
  await places.recordPlace(manager, payload);
});
