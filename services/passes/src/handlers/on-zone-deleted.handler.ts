// territory.zone.deleted.v1 → the zone is gone: no longer a perimeter; past counts stay.
import { ZoneDeletedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { ZoneRepository } from '../territories/zone.repository';

const zones = new ZoneRepository();

export const onZoneDeleted = on(ZoneDeletedV1, async (payload, { manager }) => {
  await zones.record(manager, payload, true);
});
