// A person whose token carries no role of the platform: grants from the memberships partners
// holds, the organisation chosen by header among the person's own, and tokens with the provider's
// grants untouched. Partners is played by a small HTTP server answering personMemberships as the
// partners subgraph does (the real one is exercised end to end in e2e/src/self-registration.e2e-spec.ts).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentitySigner, verifyIdentity, IDENTITY_HEADER } from '@pass-numerique/service-kit';
import { SignJWT } from 'jose';
import { personToken, testPeopleKeys, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';
import { Authenticator } from './authentication';
import { identityOfMemberships, MEMBERSHIP_CACHE_MS, type PersonMembership } from './person-memberships';

const SECRET = 'a-secret-of-the-gateway-for-tests';
const PLACE_ORG = '0a000000-0000-4000-8000-00000000000a';
const DISTRIBUTOR_ORG = '0b000000-0000-4000-8000-00000000000b';
const BOTH_ORG = '0c000000-0000-4000-8000-00000000000c';
const OTHER_ORG = '0d000000-0000-4000-8000-00000000000d';

const membership = (organisationId: string, activities: string[], since: string): PersonMembership => ({ organisationId, role: 'MEMBER', activities, since });

describe('grants of a person’s memberships', () => {
  const memberships = [membership(PLACE_ORG, ['MEDIATION_PLACE'], '2026-01-01T00:00:00Z'), membership(BOTH_ORG, ['MEDIATION_PLACE', 'DISTRIBUTOR'], '2026-02-01T00:00:00Z')];

  it('acts for the oldest membership by default, with the roles of what the organisation does', () => {
    expect(identityOfMemberships('p', memberships)).toEqual({ subject: 'p', organisationId: PLACE_ORG, grants: [{ role: 'person' }, { role: 'place' }], scopes: [] });
  });

  it('acts for the organisation chosen when the person belongs to it, and ignores any other', () => {
    expect(identityOfMemberships('p', memberships, BOTH_ORG)).toMatchObject({ organisationId: BOTH_ORG, grants: [{ role: 'person' }, { role: 'place' }, { role: 'distributor' }] });
    expect(identityOfMemberships('p', memberships, OTHER_ORG)).toMatchObject({ organisationId: PLACE_ORG });
    expect(identityOfMemberships('p', [membership(DISTRIBUTOR_ORG, ['DISTRIBUTOR'], '2026-01-01T00:00:00Z')])).toMatchObject({ grants: [{ role: 'person' }, { role: 'distributor' }] });
  });

  it('leaves a person without membership the person role alone, acting for no organisation', () => {
    expect(identityOfMemberships('p', [], PLACE_ORG)).toEqual({ subject: 'p', grants: [{ role: 'person' }], scopes: [] });
  });
});

describe('people without a role of the platform at the gateway', () => {
  let partners: Server;
  let answers: Record<string, PersonMembership[]>;
  let asked: Array<{ subject: string; caller: string | undefined }>;
  let authenticator: Authenticator;

  beforeAll(async () => {
    partners = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const { variables } = JSON.parse(body) as { variables: { subject: string } };
        const caller = await verifyIdentity(String(req.headers[IDENTITY_HEADER]), SECRET);
        asked.push({ subject: variables.subject, caller: caller?.grants[0]?.role });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { personMemberships: answers[variables.subject] ?? [] } }));
      });
    });
    await new Promise<void>((resolve) => partners.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => partners.close(() => resolve())));

  beforeEach(async () => {
    answers = {};
    asked = [];
    authenticator = new Authenticator(
      { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: (await testPeopleKeys()).jwks, partnersUrl: `http://127.0.0.1:${(partners.address() as AddressInfo).port}/graphql`, credentialCacheSeconds: 5 },
      new IdentitySigner(SECRET),
    );
  });

  const request = (token: string, organisation?: string) => ({ headers: { authorization: `Bearer ${token}`, ...(organisation ? { 'x-pn-organisation': organisation } : {}) } }) as unknown as IncomingMessage;

  it('accepts a verified token without a role of ours as a person, granted by the memberships partners holds (asked with the gateway’s identity)', async () => {
    answers.alice = [membership(PLACE_ORG, ['MEDIATION_PLACE'], '2026-01-01T00:00:00Z'), membership(BOTH_ORG, ['MEDIATION_PLACE', 'DISTRIBUTOR'], '2026-02-01T00:00:00Z')];
    const token = await personToken({ grants: [], subject: 'alice' });
    expect(await authenticator.authenticate(request(token))).toEqual({ subject: 'alice', organisationId: PLACE_ORG, grants: [{ role: 'person' }, { role: 'place' }], scopes: [] });
    expect(await authenticator.authenticate(request(token, BOTH_ORG))).toMatchObject({ organisationId: BOTH_ORG, grants: [{ role: 'person' }, { role: 'place' }, { role: 'distributor' }] });
    expect(await authenticator.authenticate(request(token, OTHER_ORG))).toMatchObject({ organisationId: PLACE_ORG });
    // Remembered for MEMBERSHIP_CACHE_MS: one question for the three requests, as the gateway.
    expect(asked).toEqual([{ subject: 'alice', caller: 'platform' }]);
    expect(MEMBERSHIP_CACHE_MS).toBe(30_000);
  });

  it('asks again while a person belongs nowhere, so that a new organisation is acted for at once', async () => {
    const token = await personToken({ grants: [], subject: 'bob' });
    expect(await authenticator.authenticate(request(token))).toEqual({ subject: 'bob', grants: [{ role: 'person' }], scopes: [] });
    answers.bob = [membership(DISTRIBUTOR_ORG, ['DISTRIBUTOR'], '2026-03-01T00:00:00Z')];
    expect(await authenticator.authenticate(request(token))).toMatchObject({ organisationId: DISTRIBUTOR_ORG, grants: [{ role: 'person' }, { role: 'distributor' }] });
  });

  it('takes a token of the old shape (a single role and programme, no roles claim) for a person, never for what it names', async () => {
    const old = await new SignJWT({ role: 'programme_manager', prg: PLACE_ORG })
      .setProtectedHeader({ alg: 'ES256', kid: 'test' })
      .setSubject('old')
      .setIssuer(TEST_TOKEN_ISSUER)
      .setAudience(TEST_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign((await testPeopleKeys()).privateKey);
    expect(await authenticator.authenticate(request(old))).toEqual({ subject: 'old', grants: [{ role: 'person' }], scopes: [] });
  });

  it('keeps tokens with the provider’s grants exactly as before: no question to partners, the header ignored', async () => {
    const token = await personToken({ role: 'place', organisationId: PLACE_ORG, subject: 'carol' });
    expect(await authenticator.authenticate(request(token, BOTH_ORG))).toEqual({ subject: 'carol', organisationId: PLACE_ORG, grants: [{ role: 'place' }], scopes: [] });
    expect(asked).toEqual([]);
  });
});
