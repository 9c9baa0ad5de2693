// Tokens for people in tests, signed by a throwaway identity provider key (ES256), as the
// gateway would receive them from the real provider.
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet, type CryptoKey } from 'jose';
import { formatGrant, isProgrammeRole, type CallerRole, type Grant, type Identity } from '@pass-numerique/service-kit';

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

/**
 * Who a test caller is: one role (in one or several programmes, for the roles that need one), or
 * whole grants. `caller('programme_manager', { programmeId })`, `caller('place', { organisationId })`.
 */
export type CallerSpec = {
  subject?: string;
  organisationId?: string;
  scopes?: string[];
} & ({ role: CallerRole; programmeId?: string; programmeIds?: string[] } | { grants: Grant[] });

function grantsOf(spec: CallerSpec): Grant[] {
  if ('grants' in spec) return spec.grants;
  const programmes = spec.programmeIds ?? (spec.programmeId ? [spec.programmeId] : []);
  if (isProgrammeRole(spec.role) && programmes.length === 0) throw new Error(`a ${spec.role} holds the role in a programme: give programmeId`);
  return programmes.length > 0 ? programmes.map((programmeId) => ({ role: spec.role, programmeId })) : [{ role: spec.role }];
}

/** The identity the gateway would sign for this caller (for calls straight to a subgraph). */
export function identityOf(spec: CallerSpec): Identity {
  const grants = grantsOf(spec);
  return { subject: spec.subject ?? `test-${grants[0]?.role ?? 'nobody'}`, organisationId: spec.organisationId, grants, scopes: spec.scopes ?? [] };
}

/** A short form of identityOf: `caller('finance_officer', { programmeId })`. */
export function caller(role: CallerRole, options: { programmeId?: string; programmeIds?: string[]; organisationId?: string; subject?: string; scopes?: string[] } = {}): Identity {
  return identityOf({ role, ...options });
}

/** A person's token as the identity provider would issue it: `org` and the `roles` claim (grants as text). */
export async function personToken(spec: CallerSpec, options: { expiresInSeconds?: number; issuer?: string; audience?: string } = {}): Promise<string> {
  const { privateKey } = await testPeopleKeys();
  const now = Math.floor(Date.now() / 1000);
  const grants = grantsOf(spec);
  return new SignJWT({ org: spec.organisationId, roles: grants.map(formatGrant) })
    .setProtectedHeader({ alg: 'ES256', kid: 'test' })
    .setSubject(spec.subject ?? `person-${grants[0]?.role ?? 'nobody'}`)
    .setIssuer(options.issuer ?? TEST_TOKEN_ISSUER)
    .setAudience(options.audience ?? TEST_TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresInSeconds ?? 300))
    .sign(privateKey);
}
