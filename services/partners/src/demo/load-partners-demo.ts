// Loads partners' part of the demo programme (libs/demo-programme: DEMO_REGION and
// partners-demo.ts): the organisations, their agreements for the demo programme, and the
// qualified places. Idempotent: every record has a fixed id, and one found already is left alone,
// so a restart after a partial load completes it.
import type { Identity } from '@pass-numerique/service-kit';
import { DEMO_AGREEMENTS, DEMO_IDS, DEMO_ORGANISATIONS, DEMO_PLACES, DEMO_REGION, type DemoPlace } from '@pass-numerique/demo-programme';
import type { PartnersServices } from '../context';
import type { OrganisationKind } from '../organisations/organisation.entity';
import type { ProgrammeRole } from '../agreements/agreement.entity';

/** Who the demo's qualification steps are recorded as. */
const DEMO_LOADER: Identity = { subject: 'demo-loader', role: 'programme_manager', scopes: [] };

export async function loadPartnersDemo(services: PartnersServices): Promise<'loaded' | 'already-there'> {
  let loaded = false;
  for (const o of [{ ...DEMO_REGION, id: DEMO_REGION.organisationId }, ...DEMO_ORGANISATIONS]) {
    if (await services.organisationRepository.findById(o.id)) continue;
    await services.organisations.registerOrganisation({ ...o, legalKind: o.legalKind as OrganisationKind });
    loaded = true;
  }
  for (const a of DEMO_AGREEMENTS) {
    if (await services.agreementRepository.findById(a.id)) continue;
    await services.agreements.signAgreement({ ...a, programmeId: DEMO_IDS.programme, role: a.role as ProgrammeRole }, DEMO_LOADER.subject);
    loaded = true;
  }
  for (const p of DEMO_PLACES) {
    if (await qualifyDemoPlace(services, p)) loaded = true;
  }
  return loaded ? 'loaded' : 'already-there';
}

async function qualifyDemoPlace(services: PartnersServices, p: DemoPlace): Promise<boolean> {
  let place = await services.placeRepository.findById(p.id);
  if (place?.qualificationStatus === 'QUALIFIED') return false;
  place ??= await services.places.registerPlace(
    {
      id: p.id,
      organisationId: p.organisationId,
      description: { ...p, externalId: p.id, complement: null, latitude: null, longitude: null },
    },
    DEMO_LOADER,
  );
  if (place.qualificationStatus === null) {
    await services.qualification.apply({ placeId: p.id, iban: p.iban, cashesThroughRegie: p.cashesThroughRegie, note: 'Demo data' }, DEMO_LOADER);
  }
  await services.qualification.qualify(p.id, 'Demo data', DEMO_LOADER);
  return true;
}
