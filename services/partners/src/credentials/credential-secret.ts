// Credential secrets: `pnk_<credential id, 32 hex>_<256 random bits, base64url>` for live keys,
// `pnk_test_<credential id>_<random>` for sandbox keys: a person reading a configuration file or a
// log line tells at a glance which kind of key it holds, and the gateway, which sends every
// `pnk_` secret to partners, needs no change of its own.
//
// Stored as HMAC-SHA-256 under a server-side pepper, not with scrypt: a slow KDF protects
// low-entropy passwords from guessing, but these secrets are 256 random bits that no one can
// guess, and the gateway verifies one on every partner request — scrypt would cost tens of
// milliseconds of CPU each time for no gain. The pepper lives in the service's configuration,
// never in the database, so a stolen table does not even allow checking a candidate secret.
// Carrying the credential id makes verification one primary-key lookup.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** LIVE keys act on real passes; SANDBOX keys only in their organisation's sandbox programme. */
export type CredentialEnvironment = 'LIVE' | 'SANDBOX';

const PREFIXES: Record<CredentialEnvironment, string> = { LIVE: 'pnk_', SANDBOX: 'pnk_test_' };
const SECRET_FORMAT = /^pnk_(test_)?([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export function newSecret(credentialId: string, environment: CredentialEnvironment = 'LIVE'): string {
  return `${PREFIXES[environment]}${credentialId.replace(/-/g, '')}_${randomBytes(32).toString('base64url')}`;
}

/** The credential id a secret claims to belong to and the environment its prefix names; undefined when the secret is not of our format. */
export function parseSecret(secret: string): { credentialId: string; environment: CredentialEnvironment } | undefined {
  const match = SECRET_FORMAT.exec(secret);
  if (!match) return undefined;
  const hex = match[2];
  return {
    credentialId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    environment: match[1] ? 'SANDBOX' : 'LIVE',
  };
}

export function hashSecret(secret: string, pepper: string): Buffer {
  return createHmac('sha256', pepper).update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, storedHash: Buffer, pepper: string): boolean {
  const candidate = hashSecret(secret, pepper);
  return candidate.length === storedHash.length && timingSafeEqual(candidate, storedHash);
}
