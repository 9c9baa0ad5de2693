import type { IncomingMessage } from 'node:http';
import { HttpRefusal, IdentitySigner } from '@pass-numerique/service-kit';
import { personToken, testPeopleKeys, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';
import { Authenticator, grantsOfClaims, grantsOfCredential } from './authentication';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const ORG = '0c000000-0000-4000-8000-00000000000c';

// Counts the signature checks the authenticator makes, the real ones.
jest.mock('jose', () => {
  const actual = jest.requireActual('jose');
  return { ...actual, jwtVerify: jest.fn(actual.jwtVerify) };
});
const jose = require('jose') as { jwtVerify: jest.Mock };

const request = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as unknown as IncomingMessage;

describe("people's tokens at the gateway", () => {
  let authenticator: Authenticator;
  beforeEach(async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    jest.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    jose.jwtVerify.mockClear();
    authenticator = new Authenticator(
      { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: (await testPeopleKeys()).jwks, partnersUrl: 'http://127.0.0.1:9/graphql', credentialCacheSeconds: 5 },
      new IdentitySigner('a-secret-of-the-gateway-for-tests'),
    );
  });
  afterEach(() => jest.useRealTimers());

  it('verifies a token once and serves the same identity from memory afterwards', async () => {
    const token = await personToken({ role: 'finance_officer', programmeId: A, subject: 'alice' });
    const first = await authenticator.authenticate(request(token));
    const again = await Promise.all([1, 2, 3].map(() => authenticator.authenticate(request(token))));
    expect(first).toMatchObject({ subject: 'alice', grants: [{ role: 'finance_officer', programmeId: A }] });
    expect(again).toEqual([first, first, first]);
    expect(jose.jwtVerify).toHaveBeenCalledTimes(1);
  });

  it('verifies a fresh token once for many requests at once, and shares the answer', async () => {
    const token = await personToken({ role: 'distributor', organisationId: ORG, subject: 'carol' });
    const answers = await Promise.all(Array.from({ length: 20 }, () => authenticator.authenticate(request(token))));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ subject: 'carol' });
    expect(jose.jwtVerify).toHaveBeenCalledTimes(1);
    expect(authenticator.isKnown(request(token))).toBe(true);
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await personToken({ role: 'programme_manager', programmeId: A }, { expiresInSeconds: 60 });
    expect(await authenticator.authenticate(request(token))).toMatchObject({ grants: [{ role: 'programme_manager', programmeId: A }] });
    jest.setSystemTime(new Date('2026-03-02T09:01:10Z')); // past expiry and the 5 s clock tolerance
    const refused = await authenticator.authenticate(request(token));
    expect(refused).toBeInstanceOf(HttpRefusal);
    expect(refused).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
  });

  it('checks a tampered copy of a remembered token, and never remembers a refusal', async () => {
    const token = await personToken({ role: 'distributor', organisationId: ORG, subject: 'bob' });
    await authenticator.authenticate(request(token));
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: [`programme_manager:${A}`] })).toString('base64url');
    const forged = [header, forgedPayload, signature].join('.');
    for (let i = 0; i < 2; i++) expect(await authenticator.authenticate(request(forged))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    expect(jose.jwtVerify).toHaveBeenCalledTimes(3);
  });
});

describe("grants from a person's claims", () => {
  it('maps the roles claim to grants, programme by programme', () => {
    expect(grantsOfClaims({ org: ORG, roles: [`programme_manager:${A}`, `funder_auditor:${B}`, `finance_officer:${A}`, 'distributor', 'platform_operator'] })).toEqual([
      { role: 'programme_manager', programmeId: A },
      { role: 'funder_auditor', programmeId: B },
      { role: 'finance_officer', programmeId: A },
      { role: 'distributor' },
      { role: 'platform_operator' },
    ]);
  });

  it("leaves out the provider's own roles, and refuses a malformed grant of ours", () => {
    expect(grantsOfClaims({ roles: ['offline_access', 'uma_authorization', `programme_manager:${A}`] })).toEqual([{ role: 'programme_manager', programmeId: A }]);
    expect(grantsOfClaims({ roles: ['programme_manager'] })).toBe('the role "programme_manager" is malformed');
    expect(grantsOfClaims({ roles: ['funder_auditor:B'] })).toMatch(/malformed/);
    expect(grantsOfClaims({ roles: ['public'] })).toBe('the token carries no role of this platform');
    expect(grantsOfClaims({ roles: [] })).toBe('the token carries no role of this platform');
  });

  it('needs the organisation for the roles held for one', () => {
    expect(grantsOfClaims({ roles: ['place'] })).toMatch(/needs the organisation/);
    expect(grantsOfClaims({ org: ORG, roles: [`place:${B}`] })).toEqual([{ role: 'place', programmeId: B }]);
  });
});

describe("grants of a partner key", () => {
  it('grants place and distributor, by scope, in each programme of its organisation', () => {
    expect(grantsOfCredential([`redeem:place:${ORG}`], [A, B])).toEqual([
      { role: 'place', programmeId: A },
      { role: 'place', programmeId: B },
    ]);
    expect(grantsOfCredential([`handout:distributor:${ORG}`, `redeem:place:${ORG}`], [A])).toEqual([
      { role: 'place', programmeId: A },
      { role: 'distributor', programmeId: A },
    ]);
  });

  it('acts as the public when its organisation takes part in no programme, or it may only read', () => {
    expect(grantsOfCredential([`redeem:place:${ORG}`], [])).toEqual([{ role: 'public' }]);
    expect(grantsOfCredential(['read:own'], [A])).toEqual([{ role: 'public' }]);
  });
});
