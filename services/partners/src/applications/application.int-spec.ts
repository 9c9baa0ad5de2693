// Integration: what a programme asks of applicants, the application that must give it all, and the
// review — changes asked, the place completing and applying again, a refusal, a qualification —
// each step in the history, on a real PostgreSQL and NATS.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { VALID_IBAN } from '../test-support/factories';
import { dataOf, managerOf, placeStaffOf, registerOrganisation, registerPlace, uploadDocument } from '../testing/partners-test-kit';

const APPLY = `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id } }`;
const REQUIREMENTS = `query($p: ID!, $o: ID) { applicationRequirements(programmeId: $p, organisationId: $o) }`;
const SET_REQUIREMENTS = `mutation($p: ID!, $kinds: [DocumentKind!]!) { setApplicationRequirements(programmeId: $p, kinds: $kinds) }`;
const REQUEST_CHANGES = `mutation($id: ID!, $p: ID!, $m: String!) { requestApplicationChanges(placeId: $id, programmeId: $p, message: $m) { id } }`;
const REFUSE = `mutation($id: ID!, $p: ID!, $r: String!) { refuseApplication(placeId: $id, programmeId: $p, reason: $r) { id } }`;
const QUALIFY = `mutation($id: ID!, $p: ID!) { qualifyPlace(placeId: $id, programmeId: $p) { id } }`;
const APPLICATIONS = `query($p: ID!, $status: QualificationStatus) { applications(programmeId: $p, status: $status) { totalCount edges { node {
  status place { id name } requiredDocuments documents { id kind downloadUrl } history { action from to by reason } } } } }`;
const QUALIFICATION = `query($id: ID!, $p: ID!) { place(id: $id) { qualification(programmeId: $p) { status documents { id kind } history { action reason } } } }`;

describe('partners subgraph: applications and their review', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });
  let organisationId: string;
  let communeId: string;
  const programmeId = randomUUID();
  const manager = managerOf(programmeId, { subject: 'manager-of-applications' });

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
    communeId = await registerOrganisation(service.url, { legalKind: 'COMMUNE' });
  });

  const apply = (placeId: string, documentIds: string[], owner = organisationId, programme = programmeId) =>
    callSubgraph(service.url, APPLY, { input: { placeId, programmeId: programme, iban: VALID_IBAN, documentIds } }, placeStaffOf(owner));
  const steps = async (placeId: string, programme = programmeId) =>
    (await dataOf(callSubgraph(service.url, QUALIFICATION, { id: placeId, p: programme }, placeStaffOf(organisationId)))).place.qualification;

  it('asks for a RIB and the statutes by default, and a régie act of public bodies only', async () => {
    const requirements = async (organisation?: string) => (await dataOf(callSubgraph(service.url, REQUIREMENTS, { p: randomUUID(), o: organisation }, placeStaffOf(organisationId)))).applicationRequirements;
    expect(await requirements()).toEqual(['BANK_DETAILS_CERTIFICATE', 'STATUTES']);
    expect(await requirements(organisationId)).toEqual(['BANK_DETAILS_CERTIFICATE', 'STATUTES']);
    expect(await requirements(communeId)).toEqual(['BANK_DETAILS_CERTIFICATE', 'STATUTES', 'REGIE_ACT']);
  });

  it("refuses an application that lacks a document asked for, or gives another organisation's, and writes nothing", async () => {
    const placeId = await registerPlace(service.url, organisationId);
    const rib = await uploadDocument(service.url, organisationId, 'BANK_DETAILS_CERTIFICATE');
    const incomplete = await apply(placeId, [rib]);
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'APPLICATION_INCOMPLETE', field: 'documentIds', missingKinds: ['STATUTES'] });

    const otherOrganisation = await registerOrganisation(service.url);
    const theirs = await uploadDocument(service.url, otherOrganisation, 'STATUTES');
    expect((await apply(placeId, [rib, theirs])).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'documentIds.1' });

    const communePlace = await registerPlace(service.url, communeId);
    const communeDocuments = await Promise.all(['BANK_DETAILS_CERTIFICATE', 'STATUTES'].map((kind) => uploadDocument(service.url, communeId, kind)));
    expect((await apply(communePlace, communeDocuments, communeId)).errors?.[0].extensions).toMatchObject({ code: 'APPLICATION_INCOMPLETE', missingKinds: ['REGIE_ACT'] });

    const [{ steps: written }] = await service.dataSource.query(`SELECT count(*)::int AS steps FROM qualification_step WHERE place_id = ANY($1)`, [[placeId, communePlace]]);
    expect(written).toBe(0);
    expect((await service.dataSource.query(`SELECT * FROM application_document WHERE place_id = ANY($1)`, [[placeId, communePlace]])).length).toBe(0);
  });

  it('lets only the programme’s managers set what it asks for', async () => {
    const own = randomUUID();
    expect((await dataOf(callSubgraph(service.url, SET_REQUIREMENTS, { p: own, kinds: ['STATUTES', 'OTHER', 'STATUTES'] }, managerOf(own)))).setApplicationRequirements).toEqual(['STATUTES', 'OTHER']);
    expect((await dataOf(callSubgraph(service.url, REQUIREMENTS, { p: own }, placeStaffOf(organisationId)))).applicationRequirements).toEqual(['STATUTES', 'OTHER']);
    expect((await callSubgraph(service.url, SET_REQUIREMENTS, { p: own, kinds: ['STATUTES'] }, managerOf(randomUUID()))).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programmeId' });
    expect((await callSubgraph(service.url, SET_REQUIREMENTS, { p: own, kinds: [] }, managerOf(own))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinds' });
    expect((await callSubgraph(service.url, SET_REQUIREMENTS, { p: own, kinds: ['STATUTES'] }, placeStaffOf(organisationId))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('takes the place through changes asked, its new application and a qualification, each step in the history; staff list and open the applications', async () => {
    const placeId = await registerPlace(service.url, organisationId, { name: 'Espace numérique des Hortillons' });
    const rib = await uploadDocument(service.url, organisationId, 'BANK_DETAILS_CERTIFICATE', { placeId, programmeId });
    const oldStatutes = await uploadDocument(service.url, organisationId, 'STATUTES', { placeId, programmeId });
    expect((await apply(placeId, [rib, oldStatutes])).errors).toBeUndefined();

    const awaiting = await dataOf(callSubgraph(service.url, APPLICATIONS, { p: programmeId, status: 'APPLIED' }, manager));
    const node = awaiting.applications.edges.find((e: { node: { place: { id: string } } }) => e.node.place.id === placeId).node;
    expect(node).toMatchObject({ status: 'APPLIED', requiredDocuments: ['BANK_DETAILS_CERTIFICATE', 'STATUTES'], place: { name: 'Espace numérique des Hortillons' } });
    expect(node.documents.map((d: { id: string }) => d.id).sort()).toEqual([rib, oldStatutes].sort());
    expect(node.documents.every((d: { downloadUrl: string }) => d.downloadUrl.startsWith('/documents/download/'))).toBe(true);
    // Another programme's staff see none of it.
    expect((await dataOf(callSubgraph(service.url, APPLICATIONS, { p: programmeId }, managerOf(randomUUID())))).applications.totalCount).toBe(0);
    expect((await callSubgraph(service.url, APPLICATIONS, { p: programmeId }, placeStaffOf(organisationId))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await callSubgraph(service.url, REQUEST_CHANGES, { id: placeId, p: programmeId, m: 'Les statuts ne sont pas signés.' }, managerOf(randomUUID()))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await callSubgraph(service.url, REQUEST_CHANGES, { id: placeId, p: programmeId, m: ' ' }, manager)).errors?.[0].extensions?.code).toBe('REASON_REQUIRED');
    expect((await callSubgraph(service.url, REQUEST_CHANGES, { id: placeId, p: programmeId, m: 'Les statuts ne sont pas signés.' }, manager)).errors).toBeUndefined();
    expect((await callSubgraph(service.url, QUALIFY, { id: placeId, p: programmeId }, manager)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'CHANGES_REQUESTED' });

    const signedStatutes = await uploadDocument(service.url, organisationId, 'STATUTES', { placeId, programmeId });
    expect((await apply(placeId, [rib, signedStatutes])).errors).toBeUndefined();
    expect((await apply(placeId, [rib, signedStatutes])).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'APPLIED' });
    expect((await callSubgraph(service.url, QUALIFY, { id: placeId, p: programmeId }, manager)).errors).toBeUndefined();

    const record = await steps(placeId);
    expect(record.status).toBe('QUALIFIED');
    expect(record.documents.map((d: { id: string }) => d.id).sort()).toEqual([rib, signedStatutes].sort());
    expect(record.history).toEqual([
      { action: 'APPLY', reason: null },
      { action: 'REQUEST_CHANGES', reason: 'Les statuts ne sont pas signés.' },
      { action: 'APPLY', reason: null },
      { action: 'QUALIFY', reason: null },
    ]);
    // The documents of the earlier application stay readable to the programme's staff: they were submitted to it.
    const earlier = await callSubgraph(service.url, `query($id: ID!) { document(id: $id) { id } }`, { id: oldStatutes }, caller('finance_officer', { programmeId }));
    expect(earlier.data?.document).toEqual({ id: oldStatutes });
  });

  it('refuses an application for good', async () => {
    const placeId = await registerPlace(service.url, organisationId);
    const documents = await Promise.all(['BANK_DETAILS_CERTIFICATE', 'STATUTES'].map((kind) => uploadDocument(service.url, organisationId, kind)));
    await dataOf(apply(placeId, documents));
    expect((await callSubgraph(service.url, REFUSE, { id: placeId, p: programmeId, r: 'Hors du territoire du programme.' }, manager)).errors).toBeUndefined();
    expect((await apply(placeId, documents)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REFUSED' });
    expect(await steps(placeId)).toMatchObject({ status: 'REFUSED', history: [{ action: 'APPLY' }, { action: 'REFUSE', reason: 'Hors du territoire du programme.' }] });
    const refused = await dataOf(callSubgraph(service.url, APPLICATIONS, { p: programmeId, status: 'REFUSED' }, manager));
    expect(refused.applications.edges.map((e: { node: { place: { id: string } } }) => e.node.place.id)).toEqual([placeId]);
  });
});
