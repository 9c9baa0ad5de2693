// territory.zone.defined.v1 → a programme zone and its member communes.
import { ZoneDefinedV1 } from '@pass-numerique/event-contracts';
import { on } from '@pass-numerique/messaging';
import type { PassesServices } from '../context';

export const onZoneDefined = (services: PassesServices) =>
  on(ZoneDefinedV1, async (payload, { manager }) => {
    await services.zoneFacts.zoneAnnounced(manager, payload);
  });
