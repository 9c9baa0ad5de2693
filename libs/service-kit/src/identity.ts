// Who calls. The gateway establishes it once (a person's token, a partner key, or nobody) and
// vouches for it by signing a short-lived identity token; a subgraph trusts nothing else. Without
// it a subgraph answers 401, `_entities` included.
//
// A caller acts for one organisation and holds *grants*: a role, and for the roles that run a
// programme, the programme it is held in. "Manager of A, auditor of B, finance officer of both"
// is three grants on two programmes. ARCHITECTURE.md ("Tenancy") says how they are checked.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/** Roles held in one programme: the grant names the programme. */
export const PROGRAMME_ROLES = ['programme_manager', 'finance_officer', 'funder_auditor'] as const;
/** Roles held for the caller's organisation, in the programmes it takes part in (a grant may narrow them to one). */
export const ORGANISATION_ROLES = ['distributor', 'place'] as const;
/** Runs the platform itself: opens programmes for authorities, registers authorities. Nothing inside a programme. */
export const OPERATOR_ROLE = 'platform_operator' as const;
/** Every role a caller may hold; `public` is the anonymous caller's and is never granted by a token. */
export const ROLES = [...PROGRAMME_ROLES, ...ORGANISATION_ROLES, OPERATOR_ROLE, 'public'] as const;
export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
export type Role = (typeof ROLES)[number];
/**
 * The gateway's own identity for its internal calls (verifying a partner credential). No
 * person or partner can hold it: the gateway never accepts it from a token.
 */
export const PLATFORM_ROLE = 'platform' as const;
/**
 * A signed-in person known to the platform by the memberships it holds (self-registered
 * organisations) rather than by grants of the identity provider: registers an organisation,
 * accepts an invitation, reads and (as an organisation's administrator) manages memberships. The
 * gateway grants it to a verified token that carries no role of the platform; no token carries it.
 */
export const PERSON_ROLE = 'person' as const;
export type CallerRole = Role | typeof PLATFORM_ROLE | typeof PERSON_ROLE;

export interface Grant {
  role: CallerRole;
  /** Required for programme roles; for organisation roles, limits the role to this programme. */
  programmeId?: string;
}

export interface Identity {
  /** Who: a person's subject, a partner credential id, or "anonymous". */
  subject: string;
  /** The organisation the caller acts for (people of an authority, a distributor, a place; partner keys). */
  organisationId?: string;
  grants: readonly Grant[];
  /** What a partner key may do (`redeem:place:<id>`, `handout:distributor:<id>`, `read:own`); empty for people. */
  scopes: string[];
}

export const isProgrammeRole = (role: string): role is ProgrammeRole => (PROGRAMME_ROLES as readonly string[]).includes(role);
export const isOrganisationRole = (role: string): role is OrganisationRole => (ORGANISATION_ROLES as readonly string[]).includes(role);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A grant as text, the form tokens carry: `programme_manager:<programme id>`, `distributor`, `platform_operator`. */
export function formatGrant(grant: Grant): string {
  return grant.programmeId ? `${grant.role}:${grant.programmeId}` : grant.role;
}

/**
 * Reads a grant from its text form; undefined when it is not one a token may carry: an unknown
 * role, `public` or `platform`, a programme role without a programme, the operator with one, or a
 * programme id that is not a UUID.
 */
export function parseGrant(text: string): Grant | undefined {
  const [role, programmeId, ...rest] = text.trim().split(':');
  if (rest.length > 0) return undefined;
  const programme = programmeId?.toLowerCase();
  if (programme !== undefined && !UUID.test(programme)) return undefined;
  if (isProgrammeRole(role)) return programme ? { role, programmeId: programme } : undefined;
  if (isOrganisationRole(role)) return programme ? { role, programmeId: programme } : { role };
  if (role === OPERATOR_ROLE) return programme ? undefined : { role };
  return undefined;
}

/** Whether the caller holds this role, in any programme. */
export function holdsRole(identity: Identity, role: CallerRole): boolean {
  return identity.grants.some((g) => g.role === role);
}

/** The distinct roles a caller holds, in the order of its grants. */
export function rolesOf(identity: Identity): CallerRole[] {
  return [...new Set(identity.grants.map((g) => g.role))];
}

export const IDENTITY_HEADER = 'x-pn-identity';
/** The form's version: the first part of every signed identity. */
const FORMAT = 'pn1';
// Bound into every MAC: a MAC of the gateway's for another purpose (its visitor keys) can never
// pass for an identity, as a JWT's issuer and audience ensured before.
const PURPOSE = 'pn-gateway>pn-subgraphs\n';
const LIFETIME_SECONDS = 60;
/** Far above any real identity (a few hundred bytes): a longer header is refused before any work. */
const MAX_SIGNED_LENGTH = 16_384;

/** [subject, organisation or null, grants, scopes, expiry in Unix seconds]: compact, positional. */
const claimsSchema = z.tuple([z.string().min(1), z.string().nullable(), z.array(z.string()), z.array(z.string()), z.number().int()]);

export const ANONYMOUS: Identity = Object.freeze({ subject: 'anonymous', grants: Object.freeze([{ role: 'public' }]) as readonly Grant[], scopes: [] }) as Identity;
/** The gateway itself, for the calls it makes on its own behalf. */
export const GATEWAY_IDENTITY: Identity = Object.freeze({ subject: 'gateway', grants: Object.freeze([{ role: PLATFORM_ROLE }]) as readonly Grant[], scopes: [] }) as Identity;

// The signed form keeps the gateway's own roles (public, platform, person) that tokens may not carry.
function signedGrant(text: string): Grant | undefined {
  if (text === 'public' || text === PLATFORM_ROLE || text === PERSON_ROLE) return { role: text };
  return parseGrant(text);
}

// One KeyObject per secret: importing the key is the dearest part of a MAC this small.
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

const macOf = (secret: string, signedPart: string) => createHmac('sha256', keyOf(secret)).update(PURPOSE).update(signedPart).digest('base64url');

/**
 * The identity as the gateway vouches for it: `pn1.<claims>.<mac>`, the claims a base64url JSON
 * array, the MAC an HMAC-SHA256 of the first two parts under the internal secret. An HMAC over
 * compact claims costs a few microseconds to sign and to verify, where a JWT (jose: header and
 * payload objects, claim checks, a JWK-shaped key) cost tens on every subgraph call.
 */
export async function signIdentity(identity: Identity, secret: string, now = new Date()): Promise<string> {
  const claims = [identity.subject, identity.organisationId ?? null, identity.grants.map(formatGrant), identity.scopes, Math.floor(now.getTime() / 1000) + LIFETIME_SECONDS];
  const signedPart = `${FORMAT}.${Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url')}`;
  return `${signedPart}.${macOf(secret, signedPart)}`;
}

/** Returns the identity, or undefined when the header is missing, forged, expired or malformed. */
export async function verifyIdentity(token: string | undefined, secret: string, now = new Date()): Promise<Identity | undefined> {
  if (!token || token.length > MAX_SIGNED_LENGTH) return undefined;
  const lastDot = token.lastIndexOf('.');
  const signedPart = token.slice(0, lastDot);
  if (lastDot < 0 || !signedPart.startsWith(`${FORMAT}.`)) return undefined;
  const given = Buffer.from(token.slice(lastDot + 1), 'utf8');
  const expected = Buffer.from(macOf(secret, signedPart), 'utf8');
  // Compared in constant time, as strings: no other spelling of the same bytes passes.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const [subject, organisationId, grantTexts, scopes, expiresAt] = claimsSchema.parse(JSON.parse(Buffer.from(signedPart.slice(FORMAT.length + 1), 'base64url').toString('utf8')));
    if (expiresAt <= Math.floor(now.getTime() / 1000)) return undefined;
    const grants = grantTexts.map(signedGrant);
    if (grants.some((g) => g === undefined)) return undefined;
    return { subject, organisationId: organisationId ?? undefined, grants: grants as Grant[], scopes };
  } catch {
    return undefined;
  }
}

/**
 * Signs identities for the gateway, re-using a token while it has more than half its life left:
 * a caller's subgraph calls then carry one header, signed once every half lifetime.
 */
export class IdentitySigner {
  private readonly cache = new Map<string, { token: string; renewAt: number }>();
  constructor(private readonly secret: string) {}

  async tokenFor(identity: Identity): Promise<string> {
    const key = JSON.stringify([identity.subject, identity.organisationId, identity.grants.map(formatGrant), identity.scopes]);
    const cached = this.cache.get(key);
    const now = Date.now();
    if (cached && cached.renewAt > now) return cached.token;
    const token = await signIdentity(identity, this.secret);
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { token, renewAt: now + (LIFETIME_SECONDS * 1000) / 2 });
    return token;
  }
}
