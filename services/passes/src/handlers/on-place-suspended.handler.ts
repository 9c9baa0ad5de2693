// partners.place.suspended.v1 → the place may no longer take passes until reinstated.
import { PlaceSuspendedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordPlaceFacts } from '../partners/place-facts';

export const onPlaceSuspended = on(PlaceSuspendedV1, async (payload, { manager }) => {
  await recordPlaceFacts(manager, payload, 'SUSPENDED');
});
