// Loads partners' part of the demo programme. Idempotent: every record has a fixed id, and a
// record found already there is left alone.
import { DEMO_REGION } from '@pass-numerique/demo-programme';
import type { PartnersServices } from '../context';

export async function loadPartnersDemo(services: PartnersServices): Promise<'loaded' | 'already-there'> {
  if (await services.organisationRepository.findById(DEMO_REGION.organisationId)) return 'already-there';
  await services.organisations.registerOrganisation({
    id: DEMO_REGION.organisationId,
    name: DEMO_REGION.name,
    legalKind: DEMO_REGION.legalKind,
    siret: DEMO_REGION.siret,
    address: DEMO_REGION.address,
    postalCode: DEMO_REGION.postalCode,
    inseeCode: DEMO_REGION.inseeCode,
  });
  return 'loaded';
}
