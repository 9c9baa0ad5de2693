// Integration: partner software credentials on a real PostgreSQL and NATS, with a manual clock.
import { ManualClock } from '@pass-numerique/kernel';
import type { Identity } from '@pass-numerique/service-kit';
import { callSubgraph, deleteTestStreams, dropDatabase, eventually, lastPublishedEvent, testServiceConfig } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { organisationInput, placeDescriptionInput } from '../test-support/factories';

const ISSUE = `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id scopes status expiresAt lastUsedAt } } }`;
const CREDENTIALS = `query($id: ID!) { organisation(id: $id) { credentials { id status lastUsedAt } } }`;

describe('partners subgraph: partner software credentials', () => {
  const clock = new ManualClock('2025-03-01T09:00:00Z');
  const config = { ...testServiceConfig('partners'), loadDemoData: false, credentialPepper: 'a-test-pepper-that-is-long-enough-0123456789' };
  let service: Awaited<ReturnType<typeof startPartnersService>>;
  let organisationId: string;
  let placeId: string;
  let member: Identity;

  beforeAll(async () => {
    service = await startPartnersService(config, { clock });
    organisationId = (await callSubgraph(service.url, `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`, { input: organisationInput() })).data.registerOrganisation.id;
    placeId = (await callSubgraph(service.url, `mutation($input: RegisterPlaceInput!) { registerPlace(input: $input) { id } }`, { input: { organisationId, description: placeDescriptionInput() } })).data.registerPlace.id;
    member = { subject: 'person-at-the-centre', role: 'place', organisationId, scopes: [] };
  });
  afterAll(async () => {
    await service?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  });

  const issue = async (scopes: string[], extra: Record<string, unknown> = {}, as: Identity = member) => callSubgraph(service.url, ISSUE, { input: { organisationId, label: 'Caisse du centre', scopes, ...extra } }, as);

  it('issues a scoped credential whose secret is shown once and stored only as a keyed hash', async () => {
    const { data, errors } = await issue([`redeem:place:${placeId}`, 'read:own', `handout:distributor:${organisationId}`]);
    expect(errors).toBeUndefined();
    const { secret, credential } = data.issueCredential;
    expect(secret).toMatch(new RegExp(`^pnk_${credential.id.replace(/-/g, '')}_`));
    expect(credential).toMatchObject({ status: 'ACTIVE', expiresAt: '2026-03-01T09:00:00.000Z', lastUsedAt: null });
    const [row] = await service.dataSource.query(`SELECT encode(secret_hash, 'hex') AS hash, row_to_json(c)::text AS everything FROM partner_credential c WHERE id = $1`, [credential.id]);
    expect(row.hash).toHaveLength(64);
    expect(row.everything).not.toContain(secret.split('_')[2]);

    await expect(service.services.credentials.verifyCredential(secret)).resolves.toEqual({
      credentialId: credential.id,
      organisationId,
      scopes: [`redeem:place:${placeId}`, 'read:own', `handout:distributor:${organisationId}`],
    });
    const listed = (await callSubgraph(service.url, CREDENTIALS, { id: organisationId }, member)).data.organisation.credentials;
    expect(listed.find((c: { id: string }) => c.id === credential.id).lastUsedAt).toBe('2025-03-01T09:00:00.000Z');
  });

  it('verifies nothing that is malformed, altered, expired or revoked', async () => {
    const { secret, credential } = (await issue(['read:own'], { expiresAt: '2025-06-01T00:00:00Z' })).data.issueCredential;
    const verify = (s: string) => service.services.credentials.verifyCredential(s);
    await expect(verify('not-a-secret')).resolves.toBeNull();
    await expect(verify(`${secret.slice(0, -2)}${secret.endsWith('AA') ? 'BB' : 'AA'}`)).resolves.toBeNull();
    await expect(verify(secret)).resolves.not.toBeNull();

    clock.set('2025-06-01T00:00:01Z');
    await expect(verify(secret)).resolves.toBeNull();
    const listed = (await callSubgraph(service.url, CREDENTIALS, { id: organisationId }, member)).data.organisation.credentials;
    expect(listed.find((c: { id: string }) => c.id === credential.id).status).toBe('EXPIRED');
    clock.set('2025-03-01T09:00:00Z');

    const other = (await issue(['read:own'])).data.issueCredential;
    await expect(verify(other.secret)).resolves.not.toBeNull();
    const revoked = await callSubgraph(service.url, `mutation($id: ID!) { revokeCredential(credentialId: $id) { status revokedAt } }`, { id: other.credential.id }, member);
    expect(revoked.data.revokeCredential).toEqual({ status: 'REVOKED', revokedAt: '2025-03-01T09:00:00.000Z' });
    await expect(verify(other.secret)).resolves.toBeNull();
    const event = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.credential.revoked.v1');
      return last?.payload.credentialId === other.credential.id ? last : undefined;
    }, 10_000, 'the credential-revoked event');
    expect(event.payload).toEqual({ credentialId: other.credential.id, organisationId, at: '2025-03-01T09:00:00.000Z' });
    const again = await callSubgraph(service.url, `mutation($id: ID!) { revokeCredential(credentialId: $id) { id } }`, { id: other.credential.id }, member);
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_REVOKED');
  });

  it('refuses scopes outside the organisation, unknown scopes, bad expiries, strangers and partner software', async () => {
    const otherOrganisation = (await callSubgraph(service.url, `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`, { input: organisationInput() })).data.registerOrganisation.id;
    expect((await issue(['launch:missiles'])).errors?.[0].extensions).toMatchObject({ code: 'INVALID_SCOPE', field: 'scopes.0' });
    expect((await issue(['read:own', `handout:distributor:${otherOrganisation}`])).errors?.[0].extensions).toMatchObject({ code: 'INVALID_SCOPE', field: 'scopes.1' });
    expect((await issue([`redeem:place:${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`])).errors?.[0].extensions).toMatchObject({ code: 'INVALID_SCOPE' });
    expect((await issue(['read:own'], { expiresAt: '2025-02-28T00:00:00Z' })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_EXPIRY', field: 'expiresAt' });
    expect((await issue(['read:own'], { expiresAt: '2028-01-01T00:00:00Z' })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_EXPIRY' });
    const stranger: Identity = { subject: 's', role: 'place', organisationId: otherOrganisation, scopes: [] };
    expect((await issue(['read:own'], {}, stranger)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const software: Identity = { subject: 'some-credential', role: 'place', organisationId, scopes: ['read:own'] };
    expect((await issue(['read:own'], {}, software)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await callSubgraph(service.url, CREDENTIALS, { id: organisationId }, stranger)).data.organisation.credentials).toBeNull();
  });
});
