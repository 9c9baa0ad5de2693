// partners.place.qualified.v2 → the place may take the programme's passes.
import { PlaceQualifiedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordQualification } from '../partners/place-facts';

export const onPlaceQualified = on(PlaceQualifiedV2, async (payload, { manager }) => {
  await recordQualification(manager, payload, 'QUALIFIED');
});
