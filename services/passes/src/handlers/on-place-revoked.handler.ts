// partners.place.revoked.v2 → the place may never take the programme's passes again.
import { PlaceRevokedV2 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onPlaceRevoked = (services: PassesServices) =>
  on(PlaceRevokedV2, async (payload, { manager }) => {
    await services.partnerFacts.qualificationChanged(manager, payload, 'REVOKED');
  });
