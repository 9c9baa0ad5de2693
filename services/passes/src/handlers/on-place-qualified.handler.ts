// partners.place.qualified.v2 → the place may take the programme's passes.
import { PlaceQualifiedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onPlaceQualified = (services: PassesServices) =>
  on(PlaceQualifiedV2, async (payload, { manager }) => {
    await services.partnerFacts.qualificationChanged(manager, payload, 'QUALIFIED');
  });
