// partners.place.suspended.v2 → the place may no longer take the programme's passes until reinstated.
import { PlaceSuspendedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordQualification } from '../partners/place-facts';

export const onPlaceSuspended = on(PlaceSuspendedV2, async (payload, { manager }) => {
  await recordQualification(manager, payload, 'SUSPENDED');
});
