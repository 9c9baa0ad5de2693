// Loads partners' part of the demo (libs/demo-programme): the organisations; their agreements for
// the Région's programme (DEMO_REGION, partners-demo.ts) and for the Département de la Somme's
// (departement-demo.ts); the places, each applied and qualified for the programmes whose passes it
// takes — every place for the Région's programme and for its 2019 pilot (passes-demo.ts: the
// pilot's history redeems at them), the places both authorities share for the Département's too.
// Idempotent: every record has a fixed id, and one found already is left alone, so a restart
// after a partial load completes it; a qualification someone suspended or revoked since stays so.
import { internalReach } from '@pass-numerique/service-kit';
import {
  DEMO_AGREEMENTS,
  DEMO_IDS,
  DEMO_ORGANISATIONS,
  DEMO_PLACES,
  DEMO_REGION,
  DEPARTEMENT_DEMO,
  DEPARTEMENT_DEMO_IDS,
  PASSES_DEMO_IDS,
  type DemoPlace,
} from '@pass-numerique/demo-programme';
import type { PartnersServices } from '../context';
import type { OrganisationKind } from '../organisations/organisation.entity';
import type { ProgrammeRole } from '../agreements/agreement.entity';

/** The platform's own work: the demo's agreements and qualification steps are recorded as demo-loader's. */
const DEMO_LOADER = internalReach('demo-loader');

/** The programmes a demo place takes passes of. */
function programmesOf(place: DemoPlace): string[] {
  const shared = (DEPARTEMENT_DEMO.sharedPlaceIds as readonly string[]).includes(place.id);
  return [DEMO_IDS.programme, PASSES_DEMO_IDS.pilotProgramme, ...(shared ? [DEPARTEMENT_DEMO_IDS.programme] : [])];
}

export async function loadPartnersDemo(services: PartnersServices): Promise<'loaded' | 'already-there'> {
  let loaded = false;
  for (const o of [{ ...DEMO_REGION, id: DEMO_REGION.organisationId }, ...DEMO_ORGANISATIONS]) {
    if (await services.organisationRepository.findById(o.id)) continue;
    await services.organisations.registerOrganisation({ ...o, legalKind: o.legalKind as OrganisationKind });
    loaded = true;
  }
  const agreements = [
    ...DEMO_AGREEMENTS.map((a) => ({ ...a, programmeId: DEMO_IDS.programme })),
    ...DEPARTEMENT_DEMO.agreements.map((a) => ({ ...a, programmeId: DEPARTEMENT_DEMO_IDS.programme })),
  ];
  for (const a of agreements) {
    if (await services.agreementRepository.findById(a.id)) continue;
    await services.agreements.signAgreement({ ...a, role: a.role as ProgrammeRole }, DEMO_LOADER);
    loaded = true;
  }
  // Each organisation's documents are given once and serve every application of its places.
  const documents = new Map<string, Promise<string[]>>();
  const documentsOf = (organisationId: string) => {
    if (!documents.has(organisationId)) documents.set(organisationId, demoApplicationDocuments(services, organisationId));
    return documents.get(organisationId) as Promise<string[]>;
  };
  for (const p of DEMO_PLACES) {
    if (await qualifyDemoPlace(services, p, programmesOf(p), documentsOf)) loaded = true;
  }
  return loaded ? 'loaded' : 'already-there';
}

async function qualifyDemoPlace(services: PartnersServices, p: DemoPlace, programmeIds: string[], documentsOf: (organisationId: string) => Promise<string[]>): Promise<boolean> {
  let changed = false;
  if (!(await services.placeRepository.findById(p.id))) {
    await services.places.registerPlace(
      { id: p.id, organisationId: p.organisationId, description: { ...p, externalId: p.id, complement: null, latitude: null, longitude: null } },
      DEMO_LOADER,
    );
    changed = true;
  }
  const qualifications = await services.placeRepository.qualificationsOf([p.id]);
  for (const programmeId of programmeIds) {
    const status = qualifications.find((q) => q.programmeId === programmeId)?.status;
    if (status !== undefined && status !== 'APPLIED') continue;
    if (status === undefined) {
      const documentIds = await documentsOf(p.organisationId);
      await services.qualification.apply({ placeId: p.id, programmeId, iban: p.iban, cashesThroughRegie: p.cashesThroughRegie, documentIds, note: 'Demo data' }, DEMO_LOADER);
    }
    await services.qualification.qualify(p.id, programmeId, 'Demo data', DEMO_LOADER);
    changed = true;
  }
  return changed;
}

/** A one-page PDF standing for each document an application may be asked for. */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** The documents a demo application gives, uploaded the way any are (declared, then their bytes through the link). */
async function demoApplicationDocuments(services: PartnersServices, organisationId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of ['BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT']) {
    const link = await services.documents.requestUpload({ organisationId, kind, fileName: `${kind.toLowerCase()}-demo.pdf`, contentType: 'application/pdf', byteSize: DEMO_PDF.length }, DEMO_LOADER);
    await services.documents.receiveUpload(link.uploadUrl.slice(link.uploadUrl.lastIndexOf('/') + 1), DEMO_PDF);
    ids.push(link.document.id);
  }
  return ids;
}
