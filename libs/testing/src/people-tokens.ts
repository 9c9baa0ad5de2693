// Tokens for people in tests, signed by a throwaway identity provider key (ES256), as the
// gateway would receive them from the real provider.
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type CryptoKey } from 'jose';
import type { Identity } from '@pass-numerique/service-kit';

export const TEST_TOKEN_ISSUER = 'pass-numerique-test';
export const TEST_TOKEN_AUDIENCE = 'pass-numerique-api';

let keys: Promise<{ privateKey: CryptoKey; jwks: JSONWebKeySet }> | undefined;

export function testPeopleKeys() {
  keys ??= (async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test', alg: 'ES256', use: 'sig' };
    return { privateKey: pair.privateKey, jwks: { keys: [jwk] } };
  })();
  return keys;
}

/** A person's token as the identity provider would issue it. */
export async function personToken(
  identity: Omit<Identity, 'scopes' | 'subject'> & { subject?: string; scopes?: string[] },
  options: { expiresInSeconds?: number; issuer?: string; audience?: string } = {},
): Promise<string> {
  const { privateKey } = await testPeopleKeys();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: identity.role, org: identity.organisationId, prg: identity.programmeId, scp: identity.scopes ?? [] })
    .setProtectedHeader({ alg: 'ES256', kid: 'test' })
    .setSubject(identity.subject ?? `person-${identity.role}`)
    .setIssuer(options.issuer ?? TEST_TOKEN_ISSUER)
    .setAudience(options.audience ?? TEST_TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 300))
    .sign(privateKey);
}
