// territory.zone.defined.v1 → a programme zone and its member communes.
import { ZoneDefinedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import { recordZone } from '../territories/zone-facts';

export const onZoneDefined = on(ZoneDefinedV1, async (payload, { manager }) => {
  await recordZone(manager, payload, false);
});
