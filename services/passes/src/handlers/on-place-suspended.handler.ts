// partners.place.suspended.v2 → the place may no longer take the programme's passes until reinstated.
import { PlaceSuspendedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onPlaceSuspended = (services: PassesServices) =>
  on(PlaceSuspendedV2, async (payload, { manager }) => {
    await services.partnerFacts.qualificationChanged(manager, payload, 'SUSPENDED');
  });
