// Integration: places, their qualification and who sees what, on a real PostgreSQL and NATS.
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, lastPublishedEvent, testServiceConfig } from '@pass-numerique/testing';
import type { Identity } from '@pass-numerique/service-kit';
import { startPartnersService } from '../server';
import { organisationInput, placeDescriptionInput, VALID_IBAN } from '../test-support/factories';

const REGISTER_ORGANISATION = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const REGISTER_PLACE = `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id externalId name services publics openingHours phone acceptsPasses address { communeName } } }`;
const APPLY = `mutation($input: ApplyForQualificationInput!) { applyForQualification(input: $input) { id qualification { status } } }`;
const PLACE = `query($id: ID!) { place(id: $id) { id name acceptsPasses iban cashesThroughRegie contactPeople { name email }
  qualification { status history { action from to by reason } } } }`;

const manager: Identity = { subject: 'manager-1', role: 'programme_manager', scopes: [] };
const anonymous: Identity = { subject: 'anonymous', role: 'public', scopes: [] };

describe('partners subgraph: places and their qualification', () => {
  const config = { ...testServiceConfig('partners'), loadDemoData: false };
  let service: Awaited<ReturnType<typeof startPartnersService>>;
  let organisationId: string;
  let communeOrganisationId: string;
  let member: Identity;

  beforeAll(async () => {
    service = await startPartnersService(config);
    organisationId = (await callSubgraph(service.url, REGISTER_ORGANISATION, { input: organisationInput({ legalKind: 'ASSOCIATION' }) })).data.registerOrganisation.id;
    communeOrganisationId = (await callSubgraph(service.url, REGISTER_ORGANISATION, { input: organisationInput({ legalKind: 'COMMUNE' }) })).data.registerOrganisation.id;
    member = { subject: 'staff-of-the-association', role: 'place', organisationId, scopes: [] };
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  async function registerPlace(overrides: Record<string, unknown> = {}, owner = organisationId, as: Identity = manager) {
    const { data, errors } = await callSubgraph(
      service.url,
      REGISTER_PLACE,
      { input: { organisationId: owner, description: placeDescriptionInput(overrides), contactPeople: [{ name: 'Camille Martin', email: 'camille.martin@asso-test.fr' }] } },
      as,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data.registerPlace;
  }

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

  it('refuses to let a member of another organisation register a place for it', async () => {
    const stranger: Identity = { subject: 'x', role: 'place', organisationId: communeOrganisationId, scopes: [] };
    await expect(registerPlace({}, organisationId, stranger)).rejects.toThrow(/FORBIDDEN/);
  });

  it.each([
    ['openingHours', 'INVALID_OPENING_HOURS', { openingHours: 'du lundi au vendredi' }],
    ['postalCode', 'INVALID_CODE', { address: { street: '1 rue X', postalCode: '800', inseeCode: '80021' } }],
    ['postalCode', 'INVALID_CODE', { address: { street: '1 rue X', postalCode: '62000', inseeCode: '80021' } }],
    ['inseeCode', 'INVALID_CODE', { address: { street: '1 rue X', postalCode: '80000', inseeCode: '80999' } }],
    ['phone', 'INVALID_PHONE', { phone: '123' }],
  ])('refuses a bad %s with %s naming the field, and writes nothing', async (field, code, overrides) => {
    const name = `Refusé ${Math.random()}`;
    const { errors } = await callSubgraph(service.url, REGISTER_PLACE, { input: { organisationId, description: placeDescriptionInput({ ...overrides, name }) } });
    expect(errors?.[0].extensions).toMatchObject({ code, field });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM place WHERE name = $1`, [name]);
    expect(count).toBe(0);
  });

  it('runs the qualification workflow, recording who, when and why, and publishing each step', async () => {
    const place = await registerPlace();
    const applied = await callSubgraph(service.url, APPLY, { input: { placeId: place.id, iban: VALID_IBAN } }, member);
    expect(applied.errors).toBeUndefined();
    expect(applied.data.applyForQualification.qualification.status).toBe('APPLIED');

    const step = (mutation: string, args: string) => callSubgraph(service.url, `mutation($id: ID!) { ${mutation}(placeId: $id${args}) { acceptsPasses qualification { status } } }`, { id: place.id }, manager);
    expect((await step('qualifyPlace', '')).data.qualifyPlace).toEqual({ acceptsPasses: true, qualification: { status: 'QUALIFIED' } });
    const qualified = await eventFor('partners.place.qualified.v1', place.id);
    expect(qualified.payload).toMatchObject({ organisationId, name: place.name, inseeCode: '80021', cashesThroughRegie: false });

    expect((await step('suspendPlace', ', reason: "Relevé d\'identité bancaire à mettre à jour"')).data.suspendPlace.acceptsPasses).toBe(false);
    expect((await eventFor('partners.place.suspended.v1', place.id)).payload.reason).toBe("Relevé d'identité bancaire à mettre à jour");
    expect((await step('reinstatePlace', '')).data.reinstatePlace.acceptsPasses).toBe(true);
    await eventFor('partners.place.reinstated.v1', place.id);
    expect((await step('revokePlace', ', reason: "Fermeture définitive"')).data.revokePlace.qualification.status).toBe('REVOKED');
    await eventFor('partners.place.revoked.v1', place.id);

    const { data } = await callSubgraph(service.url, PLACE, { id: place.id });
    expect(data.place.qualification.history).toEqual([
      { action: 'APPLY', from: null, to: 'APPLIED', by: 'staff-of-the-association', reason: null },
      { action: 'QUALIFY', from: 'APPLIED', to: 'QUALIFIED', by: 'manager-1', reason: null },
      { action: 'SUSPEND', from: 'QUALIFIED', to: 'SUSPENDED', by: 'manager-1', reason: "Relevé d'identité bancaire à mettre à jour" },
      { action: 'REINSTATE', from: 'SUSPENDED', to: 'QUALIFIED', by: 'manager-1', reason: null },
      { action: 'REVOKE', from: 'QUALIFIED', to: 'REVOKED', by: 'manager-1', reason: 'Fermeture définitive' },
    ]);
    // Revoked is for good.
    expect((await step('reinstatePlace', '')).errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'REVOKED' });
  });

  it('refuses out-of-order steps, a missing reason, a bad IBAN, a régie for a private body, and decisions by non-managers', async () => {
    const place = await registerPlace();
    const qualifyFirst = await callSubgraph(service.url, `mutation($id: ID!) { qualifyPlace(placeId: $id) { id } }`, { id: place.id });
    expect(qualifyFirst.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: null });

    const badIban = await callSubgraph(service.url, APPLY, { input: { placeId: place.id, iban: 'FR76 3000 6000 0112 3456 7890 188' } }, member);
    expect(badIban.errors?.[0].extensions).toMatchObject({ code: 'INVALID_IBAN', field: 'iban' });
    const regie = await callSubgraph(service.url, APPLY, { input: { placeId: place.id, iban: VALID_IBAN, cashesThroughRegie: true } }, member);
    expect(regie.errors?.[0].extensions).toMatchObject({ code: 'REGIE_REQUIRES_PUBLIC_BODY', field: 'cashesThroughRegie' });
    expect((await callSubgraph(service.url, PLACE, { id: place.id })).data.place.qualification.status).toBeNull();

    expect((await callSubgraph(service.url, APPLY, { input: { placeId: place.id, iban: VALID_IBAN } }, member)).errors).toBeUndefined();
    const selfQualified = await callSubgraph(service.url, `mutation($id: ID!) { qualifyPlace(placeId: $id) { id } }`, { id: place.id }, member);
    expect(selfQualified.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await callSubgraph(service.url, `mutation($id: ID!) { revokePlace(placeId: $id, reason: "  ") { id } }`, { id: place.id });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM qualification_step WHERE place_id = $1`, [place.id]);
    expect(count).toBe(1);
  });

  it('lets a public body cash passes through a régie, and says so in the qualification event', async () => {
    const place = await registerPlace({}, communeOrganisationId);
    expect((await callSubgraph(service.url, APPLY, { input: { placeId: place.id, iban: VALID_IBAN, cashesThroughRegie: true } })).errors).toBeUndefined();
    await callSubgraph(service.url, `mutation($id: ID!) { qualifyPlace(placeId: $id) { id } }`, { id: place.id });
    expect((await eventFor('partners.place.qualified.v1', place.id)).payload.cashesThroughRegie).toBe(true);
  });

  it('shows the IBAN and contact people to the owning organisation and programme staff only', async () => {
    const place = await registerPlace();
    await callSubgraph(service.url, APPLY, { input: { placeId: place.id, iban: VALID_IBAN } }, member);
    const as = async (identity: Identity) => (await callSubgraph(service.url, PLACE, { id: place.id }, identity)).data.place;

    for (const insider of [member, manager, { subject: 'f', role: 'finance_officer', scopes: [] } as Identity]) {
      expect(await as(insider)).toMatchObject({ iban: 'FR7630006000011234567890189', contactPeople: [{ name: 'Camille Martin' }] });
    }
    const outsiders: Identity[] = [anonymous, { subject: 'd', role: 'distributor', organisationId: communeOrganisationId, scopes: [] }, { subject: 'a', role: 'funder_auditor', scopes: [] }];
    for (const outsider of outsiders) {
      expect(await as(outsider)).toMatchObject({ name: place.name, iban: null, contactPeople: null });
    }
    expect(await as(anonymous)).toMatchObject({ acceptsPasses: false, cashesThroughRegie: null, qualification: null });
    expect((await as(outsiders[2])).qualification.status).toBe('APPLIED');
  });

  it('announces a new name or commune, and only that, when a place is updated', async () => {
    const place = await registerPlace();
    const UPDATE = `mutation($id: ID!, $d: PlaceDescriptionInput!) { updatePlace(placeId: $id, description: $d) { name address { communeName } } }`;
    const renamed = placeDescriptionInput({ name: `${place.name} (Espace Dewailly)`, address: { street: '3 place Dewailly', postalCode: '80000', inseeCode: '80021' } });
    expect((await callSubgraph(service.url, UPDATE, { id: place.id, d: renamed }, member)).data.updatePlace.name).toBe(renamed.name);
    expect((await eventFor('partners.place.updated.v1', place.id)).payload).toMatchObject({ name: renamed.name, inseeCode: '80021' });
    const stranger = await callSubgraph(service.url, UPDATE, { id: place.id, d: renamed }, { subject: 'x', role: 'place', organisationId: communeOrganisationId, scopes: [] });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves federated Place references in one batch', async () => {
    const a = await registerPlace();
    const b = await registerPlace();
    const { data } = await callSubgraph(
      service.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Place { id name organisation { id } } } }`,
      { reps: [{ __typename: 'Place', id: a.id }, { __typename: 'Place', id: b.id }] },
      anonymous,
    );
    expect(data._entities.map((p: { id: string }) => p.id)).toEqual([a.id, b.id]);
    expect(data._entities[0].organisation.id).toBe(organisationId);
  });
});
