// territory.zone.changed.v1 → the zone's new state (a newer version wins).
import { ZoneChangedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onZoneChanged = (services: PassesServices) =>
  on(ZoneChangedV1, async (payload, { manager }) => {
    await services.zoneFacts.zoneAnnounced(manager, payload);
  });
