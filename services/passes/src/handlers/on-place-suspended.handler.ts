// partners.place.suspended.v2 → the place may no longer take the programme's passes until reinstated.
import { PlaceSuspendedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { PlaceFactsRepository } from '../partners/place-facts.repository';

const places = new PlaceFactsRepository();

export const onPlaceSuspended = on(PlaceSuspendedV2, async (payload, { manager }) => {
  await places.recordQualification(manager, payload, 'SUSPENDED');
});
