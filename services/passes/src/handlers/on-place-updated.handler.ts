// partners.place.updated.v1 → the place's name or commune changed; its qualifications stay.
import { PlaceUpdatedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onPlaceUpdated = (services: PassesServices) =>
  on(PlaceUpdatedV1, async (payload, { manager }) => {
    await services.partnerFacts.placeUpdated(manager, payload);
  });
