// partners.place.reinstated.v2 → the place may take the programme's passes again.
import { PlaceReinstatedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { PlaceFactsRepository } from '../partners/place-facts.repository';

const places = new PlaceFactsRepository();

export const onPlaceReinstated = on(PlaceReinstatedV2, async (payload, { manager }) => {
  await places.recordQualification(manager, payload, 'QUALIFIED');
});
