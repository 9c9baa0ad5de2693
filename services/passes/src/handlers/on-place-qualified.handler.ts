// partners.place.qualified.v2 → the place may take the programme's passes.
import { PlaceQualifiedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { PlaceFactsRepository } from '../partners/place-facts.repository';

const places = new PlaceFactsRepository();

export const onPlaceQualified = on(PlaceQualifiedV2, async (payload, { manager }) => {
  await places.recordQualification(manager, payload, 'QUALIFIED');
});
