// People's tokens checked against the identity provider's JWKS URL, served here by a real HTTP
// server: the keys are fetched once, a rotated key is fetched when a token first names it, and a
// provider that cannot be reached is an outage (the gateway answers 503), not a bad token.
import type { IncomingMessage } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { HttpRefusal, IdentitySigner } from '@pass-numerique/service-kit';
import { Authenticator } from './authentication';

const ISSUER = 'http://127.0.0.1:4007';
const AUDIENCE = 'pass-numerique-api';
const PROGRAMME = '0a000000-0000-4000-8000-00000000000a';

const request = (token: string) => ({ headers: { authorization: `Bearer ${token}` } }) as unknown as IncomingMessage;

async function signingKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } as JWK };
}
type SigningKey = Awaited<ReturnType<typeof signingKey>>;

function token(key: SigningKey, overrides: { issuer?: string; subject?: string } = {}) {
  return new SignJWT({ roles: [`programme_manager:${PROGRAMME}`] })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setIssuer(overrides.issuer ?? ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(overrides.subject ?? 'alice')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey);
}

describe("people's tokens checked against the identity provider's JWKS URL", () => {
  let server: Server;
  let published: JWK[] = [];
  let fetches = 0;
  let jwksUrl: string;
  let first: SigningKey;
  let second: SigningKey;

  beforeAll(async () => {
    first = await signingKey('first');
    second = await signingKey('second');
    server = createServer((_req, res) => {
      fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  beforeEach(() => {
    published = [first.publicJwk];
    fetches = 0;
    // Only the clock is moved by hand (jose's cache and cool-down read Date.now); sockets keep real timers.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'hrtime', 'performance'] });
    jest.setSystemTime(new Date('2026-03-02T09:00:00Z'));
  });
  afterEach(() => jest.useRealTimers());

  const authenticator = (url = jwksUrl) =>
    new Authenticator({ issuer: ISSUER, audience: AUDIENCE, jwksUrl: url, partnersUrl: 'http://127.0.0.1:9/graphql', credentialCacheSeconds: 5 }, new IdentitySigner('a-secret-of-the-gateway-for-tests'));

  it('accepts a token signed with a published key, fetching the key set once for many people', async () => {
    const gateway = authenticator();
    const answers = await Promise.all(['alice', 'bob', 'carol'].map(async (subject) => gateway.authenticate(request(await token(first, { subject })))));
    expect(answers.map((a) => (a as { subject: string }).subject)).toEqual(['alice', 'bob', 'carol']);
    expect(answers[0]).toMatchObject({ grants: [{ role: 'programme_manager', programmeId: PROGRAMME }] });
    expect(fetches).toBe(1);
  });

  it('follows a key rotation: a token naming a key it has not seen makes it fetch the set again', async () => {
    const gateway = authenticator();
    expect(await gateway.authenticate(request(await token(first)))).toMatchObject({ subject: 'alice' });
    // The provider publishes its next key, then signs with it.
    published = [first.publicJwk, second.publicJwk];
    jest.setSystemTime(new Date('2026-03-02T09:01:00Z'));
    expect(await gateway.authenticate(request(await token(second, { subject: 'bob' })))).toMatchObject({ subject: 'bob' });
    expect(fetches).toBe(2);
  });

  it('refuses a token of a key the provider does not publish, and one from another issuer', async () => {
    const gateway = authenticator();
    const stranger = await signingKey('first'); // same key id, another key
    expect(await gateway.authenticate(request(await token(stranger)))).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
    const elsewhere = await gateway.authenticate(request(await token(first, { issuer: 'https://idp.example.org' })));
    expect(elsewhere).toBeInstanceOf(HttpRefusal);
    expect(elsewhere).toMatchObject({ status: 401, code: 'INVALID_TOKEN' });
  });

  it('treats an unreachable provider as an outage, not as a wrong token', async () => {
    const gateway = authenticator('http://127.0.0.1:9/jwks');
    await expect(gateway.authenticate(request(await token(first)))).rejects.toThrow();
  });
});
