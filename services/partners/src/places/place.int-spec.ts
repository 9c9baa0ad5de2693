// Integration: places, their qualification by a programme and who sees what, on a real PostgreSQL and NATS.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import type { Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from '../server';
import { placeDescriptionInput, VALID_IBAN } from '../test-support/factories';
import { ANONYMOUS, applicationDocuments, managerOf, OPERATOR, placeStaffOf, registerOrganisation } from '../testing/partners-test-kit';

const REGISTER_PLACE = `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id externalId name services publics openingHours phone acceptsPasses address { communeName } } }`;
const APPLY = `mutation($input: ApplyForQualificationInput!, $p: ID!) { applyForQualification(input: $input) { id qualification(programmeId: $p) { status } } }`;
const PLACE = `query($id: ID!, $p: ID!) { place(id: $id) { id name acceptsPasses iban cashesThroughRegie contactPeople { name email }
  qualification(programmeId: $p) { programme { id } status history { action from to by reason } } } }`;

describe('partners subgraph: places and their qualification', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });
  let organisationId: string;
  let communeOrganisationId: string;
  let member: Identity;
  const programmeId = randomUUID();
  const manager = managerOf(programmeId, { subject: 'manager-1' });

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
    communeOrganisationId = await registerOrganisation(service.url, { legalKind: 'COMMUNE' });
    member = placeStaffOf(organisationId, { subject: 'staff-of-the-association' });
  });

  async function registerPlace(overrides: Record<string, unknown> = {}, owner = organisationId, as: Identity = placeStaffOf(owner)) {
    const { data, errors } = await callSubgraph(
      service.url,
      REGISTER_PLACE,
      { input: { organisationId: owner, description: placeDescriptionInput(overrides), contactPeople: [{ name: 'Camille Martin', email: 'camille.martin@asso-test.fr' }] } },
      as,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data.registerPlace;
  }
  // Each organisation's documents, uploaded once: every application gives them (applications/).
  const documentsOf = new Map<string, Promise<string[]>>();
  const documentIdsOf = (as: Identity) => {
    const owner = as.organisationId ?? organisationId;
    if (!documentsOf.has(owner)) documentsOf.set(owner, applicationDocuments(service.url, owner));
    return documentsOf.get(owner) as Promise<string[]>;
  };
  const apply = async (placeId: string, extra: Record<string, unknown> = {}, as: Identity = member, programme = programmeId) =>
    callSubgraph(service.url, APPLY, { input: { placeId, programmeId: programme, iban: VALID_IBAN, documentIds: as.grants.some((g) => g.role === 'place') ? await documentIdsOf(as) : [], ...extra }, p: programme }, as);
  const readPlace = async (placeId: string, as: Identity, programme = programmeId) => callSubgraph(service.url, PLACE, { id: placeId, p: programme }, as);

  async function eventFor(type: string, placeId: string) {
    return eventually(async () => {
      const last = await lastPublishedEvent(service.bus, type);
      return last?.payload.placeId === placeId ? last : undefined;
    }, 10_000, type);
  }

  it('registers a place described in the standard, by a member of its organisation', async () => {
    const place = await registerPlace({}, organisationId, member);
    expect(place).toMatchObject({
      services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
      publics: ['SENIORS'],
      phone: '+33322971010',
      acceptsPasses: false,
      address: { communeName: 'Amiens' },
    });
    expect(place.externalId).toBe(place.id);
    const [row] = await service.dataSource.query(`SELECT services FROM place WHERE id = $1`, [place.id]);
    expect(row.services).toEqual(['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien']);
  });

  it('lets the platform operator describe a place too, but no programme staff: a place is described once for every programme', async () => {
    expect((await registerPlace({}, organisationId, OPERATOR)).id).toBeDefined();
    for (const refused of [manager, caller('finance_officer', { programmeId }), caller('distributor', { organisationId }), ANONYMOUS]) {
      await expect(registerPlace({}, organisationId, refused)).rejects.toThrow(/FORBIDDEN/);
    }
  });

  it("answers a member of another organisation registering a place for it as for an organisation that does not exist, and writes nothing", async () => {
    const stranger = placeStaffOf(communeOrganisationId);
    const name = `Refusé ${Math.random()}`;
    const attempt = (owner: string) => callSubgraph(service.url, REGISTER_PLACE, { input: { organisationId: owner, description: placeDescriptionInput({ name }) } }, stranger);
    const theirs = await attempt(organisationId);
    const missing = randomUUID();
    const unknown = await attempt(missing);
    expect(theirs.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
    expect(JSON.stringify(theirs.errors).replaceAll(organisationId, '<id>')).toBe(JSON.stringify(unknown.errors).replaceAll(missing, '<id>'));
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place WHERE name = $1`, [name]);
    expect(count).toBe(0);
  });

  it.each([
    ['openingHours', 'INVALID_OPENING_HOURS', { openingHours: 'du lundi au vendredi' }],
    ['postalCode', 'INVALID_CODE', { address: { street: '1 rue X', postalCode: '800', inseeCode: '80021' } }],
    ['postalCode', 'INVALID_CODE', { address: { street: '1 rue X', postalCode: '62000', inseeCode: '80021' } }],
    ['inseeCode', 'INVALID_CODE', { address: { street: '1 rue X', postalCode: '80000', inseeCode: '80999' } }],
    ['phone', 'INVALID_PHONE', { phone: '123' }],
  ])('refuses a bad %s with %s naming the field, and writes nothing', async (field, code, overrides) => {
    const name = `Refusé ${Math.random()}`;
    const { errors } = await callSubgraph(service.url, REGISTER_PLACE, { input: { organisationId, description: placeDescriptionInput({ ...overrides, name }) } }, member);
    expect(errors?.[0].extensions).toMatchObject({ code, field });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place WHERE name = $1`, [name]);
    expect(count).toBe(0);
  });

  it("runs a programme's qualification workflow, recording who, when and why, and publishing each step with the programme", async () => {
    const place = await registerPlace();
    const applied = await apply(place.id);
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyForQualification.qualification.status).toBe('APPLIED');

    const step = (mutation: string, args: string) =>
      callSubgraph(service.url, `mutation($id: ID!, $p: ID!) { ${mutation}(placeId: $id, programmeId: $p${args}) { acceptsPasses qualification(programmeId: $p) { status } } }`, { id: place.id, p: programmeId }, manager);
    expect((await step('qualifyPlace', '')).data.qualifyPlace).toEqual({ acceptsPasses: true, qualification: { status: 'QUALIFIED' } });
    const qualified = await eventFor('partners.place.qualified.v2', place.id);
    expect(qualified.payload).toMatchObject({ programmeId, organisationId, name: place.name, inseeCode: '80021', cashesThroughRegie: false });

    expect((await step('suspendPlace', ', reason: "Relevé d\'identité bancaire à mettre à jour"')).data.suspendPlace.acceptsPasses).toBe(false);
    expect((await eventFor('partners.place.suspended.v2', place.id)).payload).toMatchObject({ programmeId, reason: "Relevé d'identité bancaire à mettre à jour" });
    expect((await step('reinstatePlace', '')).data.reinstatePlace.acceptsPasses).toBe(true);
    expect((await eventFor('partners.place.reinstated.v2', place.id)).payload.programmeId).toBe(programmeId);
    expect((await step('revokePlace', ', reason: "Fermeture définitive"')).data.revokePlace.qualification.status).toBe('REVOKED');
    expect((await eventFor('partners.place.revoked.v2', place.id)).payload.programmeId).toBe(programmeId);

    const { data } = await readPlace(place.id, manager);
    expect(data.place.qualification).toEqual({
      programme: { id: programmeId },
      status: 'REVOKED',
      history: [
        { action: 'APPLY', from: null, to: 'APPLIED', by: 'staff-of-the-association', reason: null },
        { action: 'QUALIFY', from: 'APPLIED', to: 'QUALIFIED', by: 'manager-1', reason: null },
        { action: 'SUSPEND', from: 'QUALIFIED', to: 'SUSPENDED', by: 'manager-1', reason: "Relevé d'identité bancaire à mettre à jour" },
        { action: 'REINSTATE', from: 'SUSPENDED', to: 'QUALIFIED', by: 'manager-1', reason: null },
        { action: 'REVOKE', from: 'QUALIFIED', to: 'REVOKED', by: 'manager-1', reason: 'Fermeture définitive' },
      ],
    });
    // Revoked is for good, and once per programme.
    expect((await step('reinstatePlace', '')).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REVOKED' });
    expect((await apply(place.id)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REVOKED' });
  });

  it('refuses out-of-order steps, a missing reason, a bad IBAN, a régie for a private body, and decisions by anyone but the programme’s managers', async () => {
    const place = await registerPlace();
    const qualifyFirst = await callSubgraph(service.url, `mutation($id: ID!, $p: ID!) { qualifyPlace(placeId: $id, programmeId: $p) { id } }`, { id: place.id, p: programmeId }, manager);
    expect(qualifyFirst.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });

    const badIban = await apply(place.id, { iban: 'FR76 3000 6000 0112 3456 7890 188' });
    expect(badIban.errors?.[0].extensions).toMatchObject({ code: 'INVALID_IBAN', field: 'iban' });
    const regie = await apply(place.id, { cashesThroughRegie: true });
    expect(regie.errors?.[0].extensions).toMatchObject({ code: 'REGIE_REQUIRES_PUBLIC_BODY', field: 'cashesThroughRegie' });
    expect((await readPlace(place.id, member)).data.place.qualification).toBeNull();

    expect((await apply(place.id)).errors).toBeUndefined();
    expect((await apply(place.id)).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'APPLIED' });
    for (const refused of [member, caller('finance_officer', { programmeId }), OPERATOR]) {
      const selfQualified = await callSubgraph(service.url, `mutation($id: ID!, $p: ID!) { qualifyPlace(placeId: $id, programmeId: $p) { id } }`, { id: place.id, p: programmeId }, refused);
      expect(selfQualified.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // Staff do not apply on a place's behalf: the application gives the bank details, which only the place's own people know.
    expect((await apply(place.id, {}, manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await callSubgraph(service.url, `mutation($id: ID!, $p: ID!) { revokePlace(placeId: $id, programmeId: $p, reason: "  ") { id } }`, { id: place.id, p: programmeId }, manager);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM qualification_step WHERE place_id = $1`, [place.id]);
    expect(count).toBe(1);
  });

  it('lets a public body cash passes through a régie, and says so in the qualification event', async () => {
    const place = await registerPlace({}, communeOrganisationId);
    expect((await apply(place.id, { cashesThroughRegie: true }, placeStaffOf(communeOrganisationId))).errors).toBeUndefined();
    await callSubgraph(service.url, `mutation($id: ID!, $p: ID!) { qualifyPlace(placeId: $id, programmeId: $p) { id } }`, { id: place.id, p: programmeId }, manager);
    expect((await eventFor('partners.place.qualified.v2', place.id)).payload).toMatchObject({ programmeId, cashesThroughRegie: true });
  });

  it("shows the IBAN, contact people and régie to the place's organisation and the staff of the programmes it applied to only", async () => {
    const place = await registerPlace();
    await apply(place.id);
    const PRIVATE = `query($id: ID!) { place(id: $id) { name iban cashesThroughRegie contactPeople { name } } }`;
    const as = (identity: Identity) => callSubgraph(service.url, PRIVATE, { id: place.id }, identity);

    for (const insider of [member, manager, caller('finance_officer', { programmeId }), caller('distributor', { organisationId })]) {
      const { data, errors } = await as(insider);
      expect(errors).toBeUndefined();
      expect(data.place).toEqual({ name: place.name, iban: 'FR7630006000011234567890189', cashesThroughRegie: false, contactPeople: [{ name: 'Camille Martin' }] });
    }
    // Roles that may read such fields, but not this place's: null, as for a place without them.
    for (const outsider of [managerOf(randomUUID()), caller('finance_officer', { programmeId: randomUUID() }), placeStaffOf(communeOrganisationId), caller('distributor', { organisationId: communeOrganisationId })]) {
      const { data, errors } = await as(outsider);
      expect(errors).toBeUndefined();
      expect(data.place).toEqual({ name: place.name, iban: null, cashesThroughRegie: null, contactPeople: null });
    }
    // Roles that may never read them: the policy's FORBIDDEN, field by field, and null.
    for (const refused of [ANONYMOUS, caller('funder_auditor', { programmeId }), OPERATOR]) {
      const { data, errors } = await as(refused);
      expect(data.place).toEqual({ name: place.name, iban: null, cashesThroughRegie: null, contactPeople: null });
      expect(errors?.map((e) => [e.extensions?.code, e.path?.at(-1)]).sort()).toEqual([
        ['FORBIDDEN', 'cashesThroughRegie'],
        ['FORBIDDEN', 'contactPeople'],
        ['FORBIDDEN', 'iban'],
      ]);
    }
    // The qualification record is evidence the programme's auditors read too.
    const auditor = await readPlace(place.id, caller('funder_auditor', { programmeId }));
    expect(auditor.data.place.qualification.status).toBe('APPLIED');
  });

  it('announces a new name or commune, and only that, when a place is updated', async () => {
    const place = await registerPlace();
    const UPDATE = `mutation($id: ID!, $d: PlaceDescriptionInput!) { updatePlace(placeId: $id, description: $d) { name address { communeName } } }`;
    const renamed = placeDescriptionInput({ name: `${place.name} (Espace Dewailly)`, address: { street: '3 place Dewailly', postalCode: '80000', inseeCode: '80021' } });
    expect((await callSubgraph(service.url, UPDATE, { id: place.id, d: renamed }, member)).data.updatePlace.name).toBe(renamed.name);
    expect((await eventFor('partners.place.updated.v1', place.id)).payload).toMatchObject({ name: renamed.name, inseeCode: '80021' });
    const stranger = await callSubgraph(service.url, UPDATE, { id: place.id, d: renamed }, placeStaffOf(communeOrganisationId));
    const missing = randomUUID();
    const unknown = await callSubgraph(service.url, UPDATE, { id: missing, d: renamed }, placeStaffOf(communeOrganisationId));
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'placeId' });
    expect(JSON.stringify(stranger.errors).replaceAll(place.id, '<id>')).toBe(JSON.stringify(unknown.errors).replaceAll(missing, '<id>'));
    expect((await callSubgraph(service.url, UPDATE, { id: place.id, d: renamed }, manager)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(service.url, UPDATE, { id: place.id, d: placeDescriptionInput({ name: 'Par l’opérateur' }) }, OPERATOR)).data.updatePlace.name).toBe('Par l’opérateur');
  });

  it('resolves federated Place references in one batch', async () => {
    const a = await registerPlace();
    const b = await registerPlace();
    const { data } = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Place { id name organisation { id } } } }`,
      { reps: [{ __typename: 'Place', id: a.id }, { __typename: 'Place', id: b.id }] },
      ANONYMOUS,
    );
    expect(data._entities.map((p: { id: string }) => p.id)).toEqual([a.id, b.id]);
    expect(data._entities[0].organisation.id).toBe(organisationId);
  });
});
