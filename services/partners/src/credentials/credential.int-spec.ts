// Integration: partner software credentials on a real PostgreSQL and NATS, with a manual clock.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pass-numerique/kernel';
import { GATEWAY_IDENTITY, type Identity } from '@pass-numerique/service-kit';
import { caller, callSubgraph, eventually, lastPublishedEvent, useTestService } from '@pass-numerique/testing';
import { startPartnersService } from '../server';
import { ANONYMOUS, apply, dataOf, managerOf, placeStaffOf, qualify, registerOrganisation, registerPlace, told } from '../testing/partners-test-kit';

const ISSUE = `mutation($input: IssueCredentialInput!) { issueCredential(input: $input) { secret credential { id scopes status expiresAt lastUsedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeCredential(credentialId: $id) { id status revokedAt } }`;
const CREDENTIALS = `query($id: ID!) { organisation(id: $id) { credentials { id status lastUsedAt } } }`;
const VERIFY = `query($secret: String!) { verifyCredential(secret: $secret) { credentialId organisationId scopes programmeIds } }`;

describe('partners subgraph: partner software credentials', () => {
  const clock = new ManualClock('2025-03-01T09:00:00Z');
  const { service } = useTestService('partners', startPartnersService, { loadDemoData: false, credentialPepper: 'a-test-pepper-that-is-long-enough-0123456789' }, { clock });
  let organisationId: string;
  let placeId: string;
  let member: Identity;

  beforeAll(async () => {
    organisationId = await registerOrganisation(service.url);
    placeId = await registerPlace(service.url, organisationId);
    member = placeStaffOf(organisationId, { subject: 'person-at-the-centre' });
  });

  const issue = async (scopes: string[], extra: Record<string, unknown> = {}, as: Identity = member) => callSubgraph(service.url, ISSUE, { input: { organisationId, label: 'Caisse du centre', scopes, ...extra } }, as);
  const verify = (secret: string) => service.services.credentials.verifyCredential(secret);

  it('issues a scoped credential whose secret is shown once and stored only as a keyed hash', async () => {
    const { data, errors } = await issue([`redeem:place:${placeId}`, 'read:own', `handout:distributor:${organisationId}`]);
    expect(errors).toBeUndefined();
    const { secret, credential } = data.issueCredential;
    expect(secret).toMatch(new RegExp(`^pnk_${credential.id.replace(/-/g, '')}_`));
    expect(credential).toMatchObject({ status: 'ACTIVE', expiresAt: '2026-03-01T09:00:00.000Z', lastUsedAt: null });
    const [row] = await service.dataSource.query(`SELECT encode(secret_hash, 'hex') AS hash, row_to_json(c)::text AS everything FROM partner_credential c WHERE id = $1`, [credential.id]);
    expect(row.hash).toHaveLength(64);
    expect(row.everything).not.toContain(secret.split('_')[2]);

    await expect(verify(secret)).resolves.toEqual({
      credentialId: credential.id,
      organisationId,
      scopes: [`redeem:place:${placeId}`, 'read:own', `handout:distributor:${organisationId}`],
      environment: 'LIVE',
      kind: 'ORGANISATION',
      programmeIds: [],
    });
    const listed = (await callSubgraph(service.url, CREDENTIALS, { id: organisationId }, member)).data.organisation.credentials;
    expect(listed.find((c: { id: string }) => c.id === credential.id).lastUsedAt).toBe('2025-03-01T09:00:00.000Z');
  });

  it('verifies nothing that is malformed, altered, expired or revoked', async () => {
    const { secret, credential } = (await issue(['read:own'], { expiresAt: '2025-06-01T00:00:00Z' })).data.issueCredential;
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
    const revoked = await callSubgraph(service.url, REVOKE, { id: other.credential.id }, member);
    expect(revoked.data.revokeCredential).toEqual({ id: other.credential.id, status: 'REVOKED', revokedAt: '2025-03-01T09:00:00.000Z' });
    await expect(verify(other.secret)).resolves.toBeNull();
    const event = await eventually(async () => {
      const last = await lastPublishedEvent(service.bus, 'partners.credential.revoked.v1');
      return last?.payload.credentialId === other.credential.id ? last : undefined;
    }, 10_000, 'the credential-revoked event');
    expect(event.payload).toEqual({ credentialId: other.credential.id, organisationId, at: '2025-03-01T09:00:00.000Z' });
    const again = await callSubgraph(service.url, REVOKE, { id: other.credential.id }, member);
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_REVOKED');
  });

  it('refuses scopes outside the organisation, unknown scopes, bad expiries, and partner software', async () => {
    const otherOrganisation = await registerOrganisation(service.url);
    const theirPlace = await registerPlace(service.url, otherOrganisation);
    expect((await issue(['launch:missiles'])).errors?.[0].extensions).toMatchObject({ code: 'INVALID_SCOPE', field: 'scopes.0' });
    expect((await issue(['read:own', `handout:distributor:${otherOrganisation}`])).errors?.[0].extensions).toMatchObject({ code: 'INVALID_SCOPE', field: 'scopes.1' });
    const missingPlace = await issue([`redeem:place:${randomUUID()}`]);
    expect(missingPlace.errors?.[0].extensions).toMatchObject({ code: 'INVALID_SCOPE' });
    expect((await issue([`redeem:place:${theirPlace}`])).errors).toEqual(missingPlace.errors);
    expect((await issue(['read:own'], { expiresAt: '2025-02-28T00:00:00Z' })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_EXPIRY', field: 'expiresAt' });
    expect((await issue(['read:own'], { expiresAt: '2028-01-01T00:00:00Z' })).errors?.[0].extensions).toMatchObject({ code: 'INVALID_EXPIRY' });
    const software = caller('place', { subject: `credential:${randomUUID()}`, organisationId, programmeId: randomUUID(), scopes: [`redeem:place:${placeId}`] });
    expect((await issue(['read:own'], {}, software)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = (await issue(['read:own'])).data.issueCredential.credential.id;
    expect((await callSubgraph(service.url, REVOKE, { id: own }, software)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Its organisation's software may see its keys (never their secrets), to watch their expiry.
    expect((await callSubgraph(service.url, CREDENTIALS, { id: organisationId }, software)).data.organisation.credentials.map((c: { id: string }) => c.id)).toContain(own);
    for (const refused of [ANONYMOUS, caller('funder_auditor', { programmeId: randomUUID(), organisationId }), caller('finance_officer', { programmeId: randomUUID(), organisationId })]) {
      expect((await issue(['read:own'], {}, refused)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("answers another organisation's credentials exactly as missing ones, whatever the caller's role, and changes nothing", async () => {
    const theirOrganisation = await registerOrganisation(service.url);
    const theirs = await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId: theirOrganisation, label: 'Leur caisse', scopes: ['read:own'] } }, placeStaffOf(theirOrganisation)));
    const theirCredential: string = theirs.issueCredential.credential.id;
    const strangers = [placeStaffOf(organisationId), caller('distributor', { organisationId }), managerOf(randomUUID(), { organisationId })];
    for (const stranger of strangers) {
      const missing = randomUUID();
      const revoke = await callSubgraph(service.url, REVOKE, { id: theirCredential }, stranger);
      expect(revoke.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'credentialId' });
      expect(told(revoke, theirCredential)).toEqual(told(await callSubgraph(service.url, REVOKE, { id: missing }, stranger), missing));

      const issueFor = (target: string) => callSubgraph(service.url, ISSUE, { input: { organisationId: target, label: 'Intrus', scopes: ['read:own'] } }, stranger);
      const forThem = await issueFor(theirOrganisation);
      expect(forThem.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'organisationId' });
      expect(told(forThem, theirOrganisation)).toEqual(told(await issueFor(missing), missing));

      const listed = await callSubgraph(service.url, CREDENTIALS, { id: theirOrganisation }, stranger);
      expect(listed).toMatchObject({ data: { organisation: { credentials: null } } });
      expect(listed.errors).toBeUndefined();
    }
    const [row] = await service.dataSource.query(`SELECT count(*)::int AS count, count(revoked_at)::int AS revoked FROM partner_credential WHERE organisation_id = $1`, [theirOrganisation]);
    expect(row).toEqual({ count: 1, revoked: 0 });
  });

  describe('verifyCredential, the gateway’s call', () => {
    it("answers the programmes the key's organisation takes part in today: agreements in force, places applied, qualified or suspended, not revoked", async () => {
      const organisation = await registerOrganisation(service.url, { legalKind: 'ASSOCIATION' });
      const staff = placeStaffOf(organisation);
      const { secret } = (await dataOf(callSubgraph(service.url, ISSUE, { input: { organisationId: organisation, label: 'Outil', scopes: [`handout:distributor:${organisation}`] } }, staff))).issueCredential;
      const [inForce, ended, future, openEnded, applied, qualified, suspended, revoked] = Array.from({ length: 8 }, () => randomUUID());
      const sign = (programmeId: string, startsOn: string, endsOn: string | null) =>
        dataOf(callSubgraph(service.url, `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { id } }`, { input: { programmeId, organisationId: organisation, role: 'DISTRIBUTOR', startsOn, endsOn } }, managerOf(programmeId)));
      await sign(inForce, '2025-01-01', '2025-03-01');
      await sign(ended, '2024-01-01', '2025-02-28');
      await sign(future, '2025-03-02', null);
      await sign(openEnded, '2020-01-01', null);
      const place = await registerPlace(service.url, organisation);
      await apply(service.url, place, organisation, applied);
      await qualify(service.url, place, organisation, qualified);
      await qualify(service.url, place, organisation, suspended);
      await qualify(service.url, place, organisation, revoked);
      const decide = (mutation: string, programmeId: string) =>
        dataOf(callSubgraph(service.url, `mutation($id: ID!, $p: ID!) { ${mutation}(placeId: $id, programmeId: $p, reason: "Contrôle") { id } }`, { id: place, p: programmeId }, managerOf(programmeId)));
      await decide('suspendPlace', suspended);
      await decide('revokePlace', revoked);

      const asGateway = async () => (await dataOf(callSubgraph(service.url, VERIFY, { secret }, GATEWAY_IDENTITY))).verifyCredential;
      expect(await asGateway()).toEqual({
        credentialId: expect.any(String),
        organisationId: organisation,
        scopes: [`handout:distributor:${organisation}`],
        programmeIds: [inForce, openEnded, applied, qualified, suspended].sort(),
      });
      clock.set('2025-03-02T08:00:00Z');
      expect((await asGateway()).programmeIds).toEqual([future, openEnded, applied, qualified, suspended].sort());
      clock.set('2025-03-01T09:00:00Z');
      expect((await callSubgraph(service.url, VERIFY, { secret: 'pnk_nothing' }, GATEWAY_IDENTITY)).data.verifyCredential).toBeNull();
    });

    it('is the gateway’s alone', async () => {
      const { secret } = (await issue(['read:own'])).data.issueCredential;
      for (const refused of [ANONYMOUS, member, managerOf(randomUUID()), caller('platform_operator')]) {
        const answer = await callSubgraph(service.url, VERIFY, { secret }, refused);
        expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(answer.data?.verifyCredential ?? null).toBeNull();
      }
    });
  });
});
