// Integration: an organisation's sandbox and its test keys, on a real PostgreSQL and NATS.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { ANONYMOUS, dataOf, managerOf, placeStaffOf, qualify, registerOrganisation, registerPlace } from '../testing/partners-test-kit';

const CREATE = `mutation($id: ID!) { createSandbox(organisationId: $id) { programmeId name createdAt organisation { id } } }`;
const SANDBOX = `query($id: ID!) { organisation(id: $id) { sandbox { programmeId name } } }`;
const ISSUE = `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id environment } } }`;
const QUALIFICATIONS = `query($id: ID!) { place(id: $id) { acceptsPasses qualifications { programme { id } status } } }`;

describe('partners subgraph: sandboxes and test keys', () => {
  const clock = new ManualClock('2025-03-01T09:00:00Z');
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false, credentialPepper: 'a-test-pepper-that-is-long-enough-0123456789' }, { clock });
  const realProgramme = randomUUID();
  let organisationId: string;
  let placeId: string;

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { name: 'Centre social des Tilleuls' });
    placeId = await registerPlace(service.url, organisationId);
    await qualify(service.url, placeId, organisationId, realProgramme);
  });

  const member = () => placeStaffOf(organisationId, { subject: 'person-at-the-centre' });
  const issue = async (environment?: string) =>
    (await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId, label: 'Caisse', scopes: [`redeem:place:${placeId}`, `handout:distributor:${organisationId}`], ...(environment ? { environment } : {}) } }, member()))).issueCredential;

  it('opens one sandbox per organisation, its places qualified in it, announced with everything passes needs', async () => {
    const created = (await dataOf(callSubgraph(service.url, CREATE, { id: organisationId }, member()))).createSandbox;
    expect(created).toMatchObject({ name: 'Bac à sable — Centre social des Tilleuls', organisation: { id: organisationId } });
    const again = (await dataOf(callSubgraph(service.url, CREATE, { id: organisationId }, member()))).createSandbox;
    expect(again).toEqual(created);
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM sandbox WHERE organisation_id = $1`, [organisationId]);
    expect(count).toBe(1);

    const event = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.sandbox.opened.v1');
      return last?.payload.organisationId === organisationId ? last : undefined;
    }, 10_000, 'the sandbox-opened event');
    expect(event.payload).toMatchObject({
      programmeId: created.programmeId,
      name: created.name,
      startsOn: '2025-03-01',
      endsOn: '2035-03-01',
      places: [expect.objectContaining({ placeId })],
    });

    const place = (await dataOf(callSubgraph(service.url, QUALIFICATIONS, { id: placeId }, member()))).place;
    // Qualified in the sandbox (passes is told by the event), but not a programme's qualification: funding knows no sandbox.
    expect(place.qualifications).toEqual([{ programme: { id: realProgramme }, status: 'QUALIFIED' }]);
    const [{ status }] = await service.dataSource.query(`SELECT status FROM place_qualification WHERE place_id = $1 AND programme_id = $2`, [placeId, created.programmeId]);
    expect(status).toBe('QUALIFIED');
    // A sandbox neither makes a place accept passes (open data, the finder) nor freezes its bank details.
    const newcomer = await registerOrganisation(service.url);
    const itsPlace = await registerPlace(service.url, newcomer);
    await dataOf(callSubgraph(service.url, CREATE, { id: newcomer }, placeStaffOf(newcomer)));
    const [row] = await service.dataSource.query(`SELECT accepts_passes FROM place WHERE id = $1`, [itsPlace]);
    expect(row.accepts_passes).toBe(false);
    expect(await service.dataSource.transaction((manager) => service.services.placeRepository.everQualified(manager, itsPlace))).toBe(false);
    expect(await service.dataSource.transaction((manager) => service.services.placeRepository.qualifiedAnywhere(manager, itsPlace))).toBe(false);
    expect((await dataOf(callSubgraph(service.url, SANDBOX, { id: organisationId }, member()))).organisation.sandbox).toEqual({ programmeId: created.programmeId, name: created.name });
  });

  it('keeps sandboxes to their organisation: another organisation, the public and partner software are refused', async () => {
    const other = await registerOrganisation(service.url);
    const refused = await callSubgraph(service.url, CREATE, { id: organisationId }, placeStaffOf(other));
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await callSubgraph(service.url, CREATE, { id: randomUUID() }, member())).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await callSubgraph(service.url, CREATE, { id: organisationId }, managerOf(realProgramme))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await callSubgraph(service.url, CREATE, { id: organisationId }, ANONYMOUS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(service.url, SANDBOX, { id: organisationId }, placeStaffOf(other))).data.organisation.sandbox).toBeNull();
    const software = { ...member(), scopes: ['read:own'] };
    expect((await callSubgraph(service.url, CREATE, { id: organisationId }, software)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('grants a SANDBOX key its sandbox alone, and a LIVE key never the sandbox', async () => {
    const sandboxProgramme = (await dataOf(callSubgraph(service.url, SANDBOX, { id: organisationId }, member()))).organisation.sandbox.programmeId;
    const test = await issue('SANDBOX');
    expect(test.credential.environment).toBe('SANDBOX');
    expect(test.secret).toMatch(/^pnk_test_[0-9a-f]{32}_/);
    const live = await issue();
    expect(live.credential.environment).toBe('LIVE');
    expect(live.secret).toMatch(/^pnk_[0-9a-f]{32}_/);

    await expect(service.services.credentials.verifyCredential(test.secret)).resolves.toMatchObject({ environment: 'SANDBOX', programmeIds: [sandboxProgramme] });
    await expect(service.services.credentials.verifyCredential(live.secret)).resolves.toMatchObject({ environment: 'LIVE', programmeIds: [realProgramme] });
    // A secret's prefix is part of it: the same key presented as the other environment's is no key.
    await expect(service.services.credentials.verifyCredential(test.secret.replace('pnk_test_', 'pnk_'))).resolves.toBeNull();
    await expect(service.services.credentials.verifyCredential(live.secret.replace('pnk_', 'pnk_test_'))).resolves.toBeNull();
  });

  it('gives a SANDBOX key of an organisation without a sandbox no programme at all', async () => {
    const lone = await registerOrganisation(service.url);
    const issued = (await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId: lone, label: 'Essai', scopes: ['read:own'], environment: 'SANDBOX' } }, placeStaffOf(lone)))).issueCredential;
    await expect(service.services.credentials.verifyCredential(issued.secret)).resolves.toMatchObject({ environment: 'SANDBOX', programmeIds: [] });
  });
});
