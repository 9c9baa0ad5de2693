// Loads territory's part of the demo programme: the Sambre-Avesnois-Thiérache pilot zone.
// Idempotent: a second start finds the zone and does nothing.
import { PILOT_ZONE } from '@pass-numerique/demo-programme';
import type { TerritoryServices } from '../context';

export async function loadPilotZone(services: TerritoryServices): Promise<'loaded' | 'already-there'> {
  if ((await services.zoneRepository.findByIds([PILOT_ZONE.id])).length > 0) return 'already-there';
  await services.zones.define({
    id: PILOT_ZONE.id,
    programmeId: PILOT_ZONE.programmeId,
    name: PILOT_ZONE.name,
    epcis: [...PILOT_ZONE.epcis],
    communes: [...PILOT_ZONE.communes],
    passQuota: PILOT_ZONE.passQuota,
    note: PILOT_ZONE.note,
  });
  return 'loaded';
}
