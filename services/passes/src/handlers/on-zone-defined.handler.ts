// territory.zone.defined.v1 → a programme zone and its member communes.
import { ZoneDefinedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { ZoneRepository } from '../territories/zone.repository';

const zones = new ZoneRepository();

export const onZoneDefined = on(ZoneDefinedV1, async (payload, { manager }) => {
  await zones.record(manager, payload, false);
});
