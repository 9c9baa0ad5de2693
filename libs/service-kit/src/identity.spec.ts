import { createHmac } from 'node:crypto';
import { ANONYMOUS, GATEWAY_IDENTITY, IdentitySigner, signIdentity, verifyIdentity, type Identity } from './identity';

const SECRET = 'a-secret-of-the-gateway-for-these-tests-0123';
const MANAGER: Identity = { subject: 'person-1', organisationId: 'd9f3c1a2-4b5e-4c6d-8e7f-0a1b2c3d4e5f', grants: [{ role: 'programme_manager', programmeId: '5b0a5e1c-1d1f-4a3b-8c2d-0123456789ab' }, { role: 'distributor' }], scopes: ['read:own'] };
const at = (iso: string) => new Date(iso);

// The claims part of a signed identity, replaced: what a forger who knows the format but not the secret can send.
function withClaims(token: string, claims: unknown): string {
  const [format, , mac] = token.split('.');
  return `${format}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
}

describe('signed identities between the gateway and the subgraphs', () => {
  it('carries the caller whole: subject, organisation, grants with their programmes, scopes; and the gateway’s own roles', async () => {
    expect(await verifyIdentity(await signIdentity(MANAGER, SECRET), SECRET)).toEqual(MANAGER);
    expect(await verifyIdentity(await signIdentity(ANONYMOUS, SECRET), SECRET)).toEqual({ subject: 'anonymous', organisationId: undefined, grants: [{ role: 'public' }], scopes: [] });
    expect((await verifyIdentity(await signIdentity(GATEWAY_IDENTITY, SECRET), SECRET))?.grants).toEqual([{ role: 'platform' }]);
  });

  it('lives 60 seconds', async () => {
    const token = await signIdentity(MANAGER, SECRET, at('2026-12-03T10:00:00Z'));
    expect(await verifyIdentity(token, SECRET, at('2026-12-03T10:00:59Z'))).toEqual(MANAGER);
    expect(await verifyIdentity(token, SECRET, at('2026-12-03T10:01:00Z'))).toBeUndefined();
  });

  it('refuses an identity signed with another secret, with changed claims, or with a mangled signature', async () => {
    const token = await signIdentity(MANAGER, SECRET);
    expect(await verifyIdentity(await signIdentity(MANAGER, 'another-secret-of-at-least-thirty-two-chars'), SECRET)).toBeUndefined();
    const exp = Math.floor(Date.now() / 1000) + 60;
    expect(await verifyIdentity(withClaims(token, ['person-1', null, ['platform_operator'], [], exp]), SECRET)).toBeUndefined();
    expect(await verifyIdentity(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, SECRET)).toBeUndefined();
    expect(await verifyIdentity(`${token}=`, SECRET)).toBeUndefined();
    expect(await verifyIdentity(token.slice(0, token.lastIndexOf('.')), SECRET)).toBeUndefined();
  });

  it('refuses what is not one: nothing, a JWT, another format, claims of the wrong shape or with grants no one may hold', async () => {
    const exp = Math.floor(Date.now() / 1000) + 60;
    // Correctly signed, as only the gateway could: the claims themselves are checked too.
    const signed = (format: string, claims: unknown) => {
      const part = `${format}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
      return `${part}.${createHmac('sha256', SECRET).update('pn-gateway>pn-subgraphs\n').update(part).digest('base64url')}`;
    };
    expect(await verifyIdentity(signed('pn1', ['person-1', null, ['distributor'], [], exp]), SECRET)).toEqual({ subject: 'person-1', organisationId: undefined, grants: [{ role: 'distributor' }], scopes: [] });
    for (const token of [
      undefined,
      '',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
      signed('pn0', ['person-1', null, ['distributor'], [], exp]),
      signed('pn1', ['', null, ['distributor'], [], exp]),
      signed('pn1', ['person-1', null, 'distributor', [], exp]),
      signed('pn1', ['person-1', null, ['distributor'], [], String(exp)]),
      signed('pn1', ['person-1', null, ['programme_manager'], [], exp]),
      signed('pn1', ['person-1', null, ['sorcerer'], [], exp]),
      signed('pn1', { sub: 'person-1', exp }),
      'pn1.bm90IGpzb24.' + 'x'.repeat(43),
      'pn1.' + 'a'.repeat(20_000) + '.x',
    ]) {
      expect(await verifyIdentity(token, SECRET)).toBeUndefined();
    }
  });

  it('signs a caller once per half lifetime and a new header after it', async () => {
    jest.useFakeTimers({ now: at('2026-12-03T10:00:00Z') });
    try {
      const signer = new IdentitySigner(SECRET);
      const first = await signer.tokenFor(MANAGER);
      expect(await signer.tokenFor({ ...MANAGER, grants: [...MANAGER.grants] })).toBe(first);
      expect(await signer.tokenFor(ANONYMOUS)).not.toBe(first);
      jest.setSystemTime(at('2026-12-03T10:00:31Z'));
      const renewed = await signer.tokenFor(MANAGER);
      expect(renewed).not.toBe(first);
      expect(await verifyIdentity(renewed, SECRET, at('2026-12-03T10:01:30Z'))).toEqual(MANAGER);
    } finally {
      jest.useRealTimers();
    }
  });
});
