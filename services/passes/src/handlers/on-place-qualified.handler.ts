// partners.place.qualified.v1 → the place may take passes.
import { PlaceQualifiedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordPlaceFacts } from '../partners/place-facts';

export const onPlaceQualified = on(PlaceQualifiedV1, async (payload, { manager }) => {
  await recordPlaceFacts(manager, payload, 'QUALIFIED');
});
