// partners.place.reinstated.v2 → the place may take the programme's passes again.
import { PlaceReinstatedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onPlaceReinstated = (services: PassesServices) =>
  on(PlaceReinstatedV2, async (payload, { manager }) => {
    await services.partnerFacts.qualificationChanged(manager, payload, 'QUALIFIED');
  });
