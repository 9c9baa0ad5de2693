// territory.zone.changed.v1 → the zone's new state (a newer version wins).
import { ZoneChangedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { ZoneRepository } from '../territories/zone.repository';

const zones = new ZoneRepository();

export const onZoneChanged = on(ZoneChangedV1, async (payload, { manager }) => {
  await zones.record(manager, payload, false);
});
