// territory.zone.deleted.v1 → the zone is gone: no longer a perimeter; past counts stay.
import { ZoneDeletedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onZoneDeleted = (services: PassesServices) =>
  on(ZoneDeletedV1, async (payload, { manager }) => {
    await services.zoneFacts.zoneDeleted(manager, payload);
  });
