import type { IncomingMessage } from 'node:http';
import { HttpRefusal, IdentitySigner } from '@pass-numerique/service-kit';
import { personToken, testPeopleKeys, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';
import { Authenticator } from './authentication';

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
    const token = await personToken({ role: 'finance_officer', subject: 'alice' });
    const first = await authenticator.authenticate(request(token));
    const again = await Promise.all([1, 2, 3].map(() => authenticator.authenticate(request(token))));
    expect(first).toMatchObject({ subject: 'alice', role: 'finance_officer' });
    expect(again).toEqual([first, first, first]);
    expect(jose.jwtVerify).toHaveBeenCalledTimes(1);
  });

  it('refuses a remembered token once it has expired', async () => {
    const token = await personToken({ role: 'programme_manager' }, { expiresInSeconds: 60 });
    expect(await authenticator.authenticate(request(token))).toMatchObject({ role: 'programme_manager' });
    jest.setSystemTime(new Date('2026-03-02T09:01:10Z')); // past expiry and the 5 s clock tolerance
    const refused = await authenticator.authenticate(request(token));
    expect(refused).toBeInstanceOf(HttpRefusal);
    expect(refused).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
  });

  it('checks a tampered copy of a remembered token, and never remembers a refusal', async () => {
    const token = await personToken({ role: 'distributor', subject: 'bob' });
    await authenticator.authenticate(request(token));
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'programme_manager' })).toString('base64url');
    const forged = [header, forgedPayload, signature].join('.');
    for (let i = 0; i < 2; i++) expect(await authenticator.authenticate(request(forged))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    expect(jose.jwtVerify).toHaveBeenCalledTimes(3);
  });
});
