// Integration: organisations on a real PostgreSQL and NATS, called as the gateway would.
import { randomUUID } from 'node:crypto';
import { caller, callSubgraph, eventually, lastPublishedEvent, postGraphQL, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { organisationInput } from '../test-support/factories';
import { ANONYMOUS, managerOf, OPERATOR } from '../testing/partners-test-kit';

const REGISTER = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) {
  id name legalKind siret siren address { street postalCode inseeCode communeName commune { level code } } } }`;

describe('partners subgraph: organisations', () => {
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false });

  it('refuses any request that does not carry the gateway signature', async () => {
    const response = await postGraphQL(service.url, `{ _entities(representations: [{ __typename: "Organisation", id: "6f1c2c1e-2020-4c2a-9b1e-000000000010" }]) { ... on Organisation { name } } }`);
    expect(response.status).toBe(401);
  });

  it('registers an organisation and publishes partners.organisation.registered.v1 through the outbox', async () => {
    const input = organisationInput();
    const { data, errors } = await callSubgraph(service.url, REGISTER, { input }, OPERATOR);
    expect(errors).toBeUndefined();
    expect(data.registerOrganisation).toMatchObject({
      siret: input.siret,
      siren: input.siret.slice(0, 9),
      address: { postalCode: '80000', inseeCode: '80021', communeName: 'Amiens', commune: { level: 'COMMUNE', code: '80021' } },
    });
    const id = data.registerOrganisation.id;
    const event = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.organisation.registered.v1');
      return last?.payload.organisationId === id ? last : undefined;
    }, 10_000, 'the organisation-registered event');
    expect(event.payload).toEqual({ organisationId: id, name: input.name, legalKind: 'SOCIAL_CENTRE', siret: input.siret, siren: input.siret.slice(0, 9), inseeCode: '80021' });
  });

  it('refuses a second organisation with the same SIRET with a conflict code, and writes nothing', async () => {
    const input = organisationInput();
    const first = await callSubgraph(service.url, REGISTER, { input }, OPERATOR);
    expect(first.errors).toBeUndefined();
    const { errors } = await callSubgraph(service.url, REGISTER, { input: { ...input, name: 'Autre nom' } }, OPERATOR);
    expect(errors?.[0].extensions).toMatchObject({ code: 'SIRET_ALREADY_REGISTERED', field: 'siret', organisationId: first.data.registerOrganisation.id });
    const [{ count }] = await service.dataSource.query(`SELECT count(*)::int AS count FROM outbox_event WHERE payload->>'siret' = $1`, [input.siret]);
    expect(count).toBe(1);
  });

  it.each([
    ['siret', { siret: '12345678901234' }],
    ['postalCode', { postalCode: '8000A' }],
    ['postalCode', { postalCode: '62000' }],
    ['inseeCode', { inseeCode: '80999' }],
    ['inseeCode', { inseeCode: 'ABCDE' }],
  ])('refuses a bad %s with INVALID_CODE naming the field', async (field, overrides) => {
    const input = organisationInput(overrides);
    const { errors } = await callSubgraph(service.url, REGISTER, { input }, OPERATOR);
    expect(errors?.[0].extensions).toMatchObject({ code: 'INVALID_CODE', field });
    const { data } = await callSubgraph(service.url, `query($s: String!) { organisationBySiret(siret: $s) { id } }`, { s: input.siret }, ANONYMOUS);
    expect(data.organisationBySiret).toBeNull();
  });

  it('lets the platform operator and programme managers register organisations (shared by every programme), no one else', async () => {
    const manager = managerOf(randomUUID());
    expect((await callSubgraph(service.url, REGISTER, { input: organisationInput() }, manager)).errors).toBeUndefined();
    expect((await callSubgraph(service.url, REGISTER, { input: organisationInput() }, OPERATOR)).errors).toBeUndefined();
    const organisationId = randomUUID();
    for (const refused of [
      caller('distributor', { organisationId }),
      caller('place', { organisationId }),
      caller('finance_officer', { programmeId: randomUUID() }),
      caller('funder_auditor', { programmeId: randomUUID() }),
      ANONYMOUS,
    ]) {
      const input = organisationInput();
      const { errors } = await callSubgraph(service.url, REGISTER, { input }, refused);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await callSubgraph(service.url, `query($s: String!) { organisationBySiret(siret: $s) { id } }`, { s: input.siret }, ANONYMOUS)).data.organisationBySiret).toBeNull();
    }
  });

  it('pages through organisations by name with opaque cursors, filtered by legal kind', async () => {
    const kind = 'COMPANY';
    const names = ['Zeta numérique', 'Alpha numérique', 'Mu numérique'].map((n) => `${n} ${Math.random().toString(36).slice(2, 6)}`);
    for (const name of names) expect((await callSubgraph(service.url, REGISTER, { input: organisationInput({ name, legalKind: kind }) }, OPERATOR)).errors).toBeUndefined();
    const PAGE = `query($after: String) { organisations(first: 2, after: $after, legalKind: COMPANY) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await callSubgraph(service.url, PAGE, {}, ANONYMOUS)).data.organisations;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await callSubgraph(service.url, PAGE, { after: first.pageInfo.endCursor }, ANONYMOUS)).data.organisations;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.edges, ...second.edges].map((e: { node: { name: string } }) => e.node.name);
    expect(seen).toEqual([...names].sort());
    const bad = await callSubgraph(service.url, PAGE, { after: 'not-a-cursor' }, ANONYMOUS);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
