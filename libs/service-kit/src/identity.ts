// The gateway vouches for every caller by signing a short-lived identity token; a subgraph
// trusts nothing else. Without it a subgraph answers 401, `_entities` included.
import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';

/** The roles a caller may hold (DESIGN.md, "Who calls"). */
export const ROLES = ['programme_manager', 'finance_officer', 'funder_auditor', 'distributor', 'place', 'public'] as const;
export type Role = (typeof ROLES)[number];
/**
 * The gateway's own identity for its internal calls (verifying a partner credential). No
 * person or partner can hold it: the gateway never accepts it from a token.
 */
export const PLATFORM_ROLE = 'platform' as const;
export type CallerRole = Role | typeof PLATFORM_ROLE;

export interface Identity {
  /** Who: a person's subject, a partner credential id, or "anonymous". */
  subject: string;
  role: CallerRole;
  organisationId?: string;
  programmeId?: string;
  scopes: string[];
}

export const IDENTITY_HEADER = 'x-pn-identity';
const ISSUER = 'pn-gateway';
const AUDIENCE = 'pn-subgraphs';
const LIFETIME_SECONDS = 60;

const claimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum([...ROLES, PLATFORM_ROLE]),
  org: z.string().optional(),
  prg: z.string().optional(),
  scp: z.array(z.string()).default([]),
});

export const ANONYMOUS: Identity = Object.freeze({ subject: 'anonymous', role: 'public', scopes: [] }) as Identity;

// One KeyObject per secret: given bytes, jose imports a key on every call, which cost 100–270 µs
// per subgraph call in a profile of the gateway overhead benchmark (bench/analytics).
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    if (keys.size > 16) keys.clear(); // a process holds one or two secrets; tests make more
    keys.set(secret, key);
  }
  return key;
}

export async function signIdentity(identity: Identity, secret: string, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ role: identity.role, org: identity.organisationId, prg: identity.programmeId, scp: identity.scopes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LIFETIME_SECONDS)
    .sign(keyOf(secret));
}

/** Returns the identity, or undefined when the token is missing, forged, expired or malformed. */
export async function verifyIdentity(token: string | undefined, secret: string): Promise<Identity | undefined> {
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const claims = claimsSchema.parse(payload);
    return { subject: claims.sub, role: claims.role, organisationId: claims.org, programmeId: claims.prg, scopes: claims.scp };
  } catch {
    return undefined;
  }
}

/**
 * Signs identities for the gateway, re-using a token while it has more than half its life left:
 * signing on every subgraph call would cost more than the call itself.
 */
export class IdentitySigner {
  private readonly cache = new Map<string, { token: string; renewAt: number }>();
  constructor(private readonly secret: string) {}

  async tokenFor(identity: Identity): Promise<string> {
    const key = JSON.stringify([identity.subject, identity.role, identity.organisationId, identity.programmeId, identity.scopes]);
    const cached = this.cache.get(key);
    const now = Date.now();
    if (cached && cached.renewAt > now) return cached.token;
    const token = await signIdentity(identity, this.secret);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { token, renewAt: now + (LIFETIME_SECONDS * 1000) / 2 });
    return token;
  }
}
