// Loads territory's part of the demo: the zones its two authorities drew — the Région's
// Sambre-Avesnois-Thiérache pilot zone and the Département de la Somme's east of the Somme.
// Each is drawn through the same rules as the API, by the platform itself (internalReach).
// Idempotent: a second start finds each zone and does nothing.
import { DEPARTEMENT_DEMO, PILOT_ZONE } from '@pass-numerique/demo-programme';
import { internalReach } from '@pass-numerique/service-kit';
import type { TerritoryServices } from '../context';

interface DemoZone {
  id: string;
  programmeId: string;
  name: string;
  epcis: readonly string[];
  communes?: readonly string[];
  passQuota: number;
  note: string;
}

async function loadZone(services: TerritoryServices, zone: DemoZone): Promise<'loaded' | 'already-there'> {
  if ((await services.zoneRepository.findByIds([zone.id])).length > 0) return 'already-there';
  await services.zones.define(
    {
      id: zone.id,
      programmeId: zone.programmeId,
      name: zone.name,
      epcis: [...zone.epcis],
      communes: [...(zone.communes ?? [])],
      passQuota: zone.passQuota,
      note: zone.note,
    },
    internalReach('demo'),
  );
  return 'loaded';
}

export const loadPilotZone = (services: TerritoryServices) => loadZone(services, PILOT_ZONE);

export const loadDepartementZone = (services: TerritoryServices) => loadZone(services, DEPARTEMENT_DEMO.zone);
