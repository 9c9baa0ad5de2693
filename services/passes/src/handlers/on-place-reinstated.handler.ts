// partners.place.reinstated.v1 → the place may take passes again.
import { PlaceReinstatedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordPlaceFacts } from '../partners/place-facts';

export const onPlaceReinstated = on(PlaceReinstatedV1, async (payload, { manager }) => {
  await recordPlaceFacts(manager, payload, 'QUALIFIED');
});
