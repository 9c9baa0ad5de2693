// Who is calling. Three kinds of caller reach the gateway:
// - people, with a JWT from the identity provider (issuer, audience and keys from configuration:
//   the provider's JWKS URL, fetched, cached and fetched again when a token names a key it has not
//   seen, which is how a provider's key rotation reaches the gateway; or an inline key set),
//   whose `org` claim names the organisation they act for and whose `roles` claim lists their
//   grants (`programme_manager:<programme id>`, `distributor`, `platform_operator`…: ARCHITECTURE.md, "Tenancy");
//   a person whose token carries no role of ours acts through the memberships the platform holds
//   (self-registered organisations: person-memberships.ts);
// - partner software, with a secret issued by the partners service (`pnk_…`), sent as a bearer
//   token or an X-Api-Key header and verified at the gateway on each request (see below); a
//   software vendor's key acts, with X-On-Behalf-Of, for an organisation that delegated to the vendor;
// - the anonymous public, with nothing: they get the `public` role and only open data.
//
// Why a key verified at the gateway rather than a client-credentials exchange: a place's till
// or a distributor's software then needs one header and no token refresh loop; verification is
// one HMAC and one indexed lookup in partners, cached for a few seconds, so revocation takes
// effect within that cache lifetime (CREDENTIAL_CACHE_SECONDS, 5 s by default) — the revocation of
// a delegation too: a vendor key's answer is cached per organisation it acts for.
import type { IncomingMessage } from 'node:http';
import { createHash } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { chosenOrganisationOf, isPersonOnly, MembershipDirectory, personOnly } from './person-memberships';
import { ANONYMOUS, GATEWAY_IDENTITY, HttpRefusal, IDENTITY_HEADER, isOrganisationRole, parseGrant, type Grant, type Identity, type IdentitySigner, type OrganisationRole } from '@pass-numerique/service-kit';

export interface AuthenticationConfig {
  issuer: string;
  audience: string;
  /** Public keys of the identity provider, inline (tests, a break-glass key); looked up before the URL's. */
  jwks?: JSONWebKeySet;
  /** The identity provider's JWKS endpoint (its discovery document's `jwks_uri`). Without keys inline or here no person's token is accepted. */
  jwksUrl?: string;
  /** The partners subgraph, asked to verify partner secrets. */
  partnersUrl: string;
  credentialCacheSeconds: number;
}

const personClaims = z.object({
  sub: z.string().min(1).max(200),
  org: z.string().uuid().optional(),
  roles: z.array(z.string().max(200)).max(500).default([]),
});

/**
 * A person's grants from the `roles` claim. Strings that name no role of this platform are left
 * out (a provider adds its own, such as offline_access); a grant of ours that is malformed, or an
 * organisation role without an organisation, refuses the whole token.
 */
export function grantsOfClaims(claims: { org?: string; roles: string[] }): Grant[] | string {
  const grants: Grant[] = [];
  for (const text of claims.roles) {
    const grant = parseGrant(text);
    if (!grant) {
      if (/^(programme_manager|finance_officer|funder_auditor|distributor|place|platform_operator)(:|$)/.test(text)) return `the role "${text.slice(0, 80)}" is malformed`;
      continue;
    }
    if (isOrganisationRole(grant.role) && !claims.org) return `the role ${grant.role} needs the organisation the person acts for (org)`;
    grants.push(grant);
  }
  return grants.length > 0 ? grants : NO_PLATFORM_ROLE;
}

/** grantsOfClaims' answer for a token without any grant of ours: the person's memberships decide (person-memberships.ts). */
export const NO_PLATFORM_ROLE = 'the token carries no role of this platform';

export const PARTNER_SECRET_PREFIX = 'pnk_';
/** How many verified people's tokens the gateway remembers (the oldest is forgotten first), and for how long at most. */
const PERSON_CACHE_ENTRIES = 20_000;
const PERSON_CACHE_MS = 5 * 60_000;

/** Both caches are keyed by a hash: tokens and secrets are never kept in memory longer than one request. */
function cacheKeyOf(tokenOrSecret: string): string {
  return createHash('sha256').update(tokenOrSecret).digest('base64url');
}

function refuse(code: string, message: string): HttpRefusal {
  return new HttpRefusal(401, code, message, { 'www-authenticate': 'Bearer' });
}

const unknownCredential = () => refuse('INVALID_CREDENTIAL', 'the partner credential is unknown, expired or revoked');
/** One answer for a delegation pending, declined, revoked or never asked for, and for a key that is not a vendor's: the key itself is fine. */
const unknownDelegation = () => new HttpRefusal(403, 'UNKNOWN_DELEGATION', 'this key acts for no such organisation: it needs a vendor key and a delegation in force from the organisation named by X-On-Behalf-Of');

/**
 * A software vendor's key (kind VENDOR) acting for an organisation that delegated to the vendor
 * names it in this header; without it the key acts for the vendor itself (docs/partners.md,
 * "Vendor keys and delegations").
 */
export const ON_BEHALF_OF_HEADER = 'x-on-behalf-of';

/** The organisation a partner request acts for, when it names one (at most an id's length: longer is no organisation). */
function onBehalfOfOf(req: IncomingMessage): string | undefined {
  const value = req.headers[ON_BEHALF_OF_HEADER];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 64) : undefined;
}

/** A vendor key's verification differs by the organisation it acts for: each pair is cached on its own. */
function credentialCacheKey(secret: string, onBehalfOf: string | undefined): string {
  return onBehalfOf ? `${cacheKeyOf(secret)} ${onBehalfOf}` : cacheKeyOf(secret);
}

/** The hash of the token or key a request presents, as the caches and verifications in flight are keyed. */
function presentedKey(req: IncomingMessage): string | undefined {
  const apiKey = req.headers['x-api-key'];
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const presented = typeof apiKey === 'string' && apiKey ? apiKey : bearer;
  if (!presented || presented.length > 10_000) return undefined;
  const partner = presented === apiKey || presented.startsWith(PARTNER_SECRET_PREFIX);
  return partner ? credentialCacheKey(presented, onBehalfOfOf(req)) : cacheKeyOf(presented);
}

/**
 * A partner credential's grants follow from its scopes (redeeming makes a place, handing out a
 * distributor), each held in the programmes its organisation takes part in, as partners knows
 * them (agreements, places applied or qualified). A key with neither scope, or of an organisation
 * in no programme, acts as the public does.
 */
export function grantsOfCredential(scopes: string[], programmeIds: string[]): Grant[] {
  const roles: OrganisationRole[] = [];
  if (scopes.some((s) => s.startsWith('redeem:place:'))) roles.push('place');
  if (scopes.some((s) => s.startsWith('handout:distributor:'))) roles.push('distributor');
  const grants = roles.flatMap((role) => programmeIds.map((programmeId) => ({ role, programmeId })));
  return grants.length > 0 ? grants : [{ role: 'public' }];
}

/** How long the provider's key set is trusted before it is fetched again, and the least time between two fetches for a key not seen yet. */
const JWKS_CACHE_MS = 10 * 60_000;
const JWKS_COOLDOWN_MS = 30_000;

/**
 * The keys people's tokens are checked with: the inline set, then the provider's. The remote set
 * is jose's: fetched on first use, kept JWKS_CACHE_MS, and fetched again (at most every
 * JWKS_COOLDOWN_MS) when a token names a key it does not hold — a provider that rotates its keys
 * publishes the new one before signing with it, so the gateway follows without a restart.
 */
export function peopleKeys(config: Pick<AuthenticationConfig, 'jwks' | 'jwksUrl'>): JWTVerifyGetKey | undefined {
  const local = config.jwks ? createLocalJWKSet(config.jwks) : undefined;
  const remote = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl), { cacheMaxAge: JWKS_CACHE_MS, cooldownDuration: JWKS_COOLDOWN_MS, timeoutDuration: 5_000 }) : undefined;
  if (!local || !remote) return local ?? remote;
  return async (header, token) => {
    try {
      return await local(header, token);
    } catch (error) {
      if (error instanceof joseErrors.JWKSNoMatchingKey) return remote(header, token);
      throw error;
    }
  };
}

/** A failure to reach the provider's keys, as opposed to a token that is wrong: the caller may retry. */
function isKeySourceFailure(error: unknown): boolean {
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JWKSInvalid) return true;
  // A non-200 answer from the JWKS endpoint.
  if (error instanceof joseErrors.JOSEError) return /Expected 200 OK/.test(error.message);
  // Anything but jose's verdict on the token is fetch's own failure: a refused connection, an unknown host.
  return true;
}

export class Authenticator {
  private readonly keys?: JWTVerifyGetKey;
  /** People known by the memberships partners holds rather than by grants in their token. */
  private readonly memberships: MembershipDirectory;
  /** A verified key's identity, or why it was refused: null for an unknown key, 'delegation' for a key that may not act for the organisation named. */
  private readonly credentialCache = new Map<string, { identity: Identity | null; refused?: 'delegation'; until: number }>();
  /**
   * People's tokens already verified, until they expire: an ES256 verification cost 150–370 µs
   * of the gateway's single thread on every request (16 % of its busy CPU in the overhead
   * benchmark), for a token that a front-end sends unchanged for its whole life. Keyed by a
   * hash, like partner secrets; only successes are kept, so a forged or expired token is checked
   * (and refused) every time.
   */
  private readonly personCache = new Map<string, { identity: Identity; until: number }>();
  /** Verifications in flight, by token or key hash. */
  private readonly pending = new Map<string, Promise<Identity | HttpRefusal>>();

  constructor(
    private readonly config: AuthenticationConfig,
    private readonly signer: IdentitySigner,
  ) {
    this.keys = peopleKeys(config);
    this.memberships = new MembershipDirectory(config.partnersUrl, signer);
  }

  async authenticate(req: IncomingMessage): Promise<Identity | HttpRefusal> {
    const header = req.headers.authorization;
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey) return this.partner(apiKey, onBehalfOfOf(req));
    if (!header) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return refuse('INVALID_TOKEN', 'the Authorization header must be "Bearer <token>"');
    const token = match[1];
    return token.startsWith(PARTNER_SECRET_PREFIX) ? this.partner(token, onBehalfOfOf(req)) : this.person(token, chosenOrganisationOf(req));
  }

  /**
   * Whether the request's token or key costs nothing more to check: verified and remembered, or
   * being verified right now for another request (which this one will share).
   */
  isKnown(req: IncomingMessage): boolean {
    const key = presentedKey(req);
    if (!key) return false;
    if (this.pending.has(key)) return true;
    const now = Date.now();
    const person = this.personCache.get(key);
    if (person && person.until > now) return true;
    const credential = this.credentialCache.get(key);
    return !!credential && credential.until > now && credential.identity !== null;
  }

  /**
   * One verification per token or key at a time: a page that sends twenty requests at once with a
   * fresh token gets one ES256 check (or one partners call), which all twenty share.
   */
  private shared(key: string, verify: () => Promise<Identity | HttpRefusal>): Promise<Identity | HttpRefusal> {
    let verification = this.pending.get(key);
    if (!verification) {
      verification = verify().finally(() => this.pending.delete(key));
      this.pending.set(key, verification);
    }
    return verification;
  }

  private async person(token: string, chosenOrganisation: string | undefined): Promise<Identity | HttpRefusal> {
    if (!this.keys) return refuse('INVALID_TOKEN', 'this gateway accepts no personal tokens (no identity provider keys configured)');
    const key = cacheKeyOf(token);
    const cached = this.personCache.get(key);
    const verified = cached && cached.until > Date.now() ? cached.identity : await this.shared(key, () => this.verifyPerson(token, key));
    // The token is remembered; the memberships it stands for are asked for (and cached) on their own.
    return verified instanceof HttpRefusal || !isPersonOnly(verified) ? verified : this.memberships.identityOf(verified, chosenOrganisation);
  }

  private async verifyPerson(token: string, key: string): Promise<Identity | HttpRefusal> {
    const keys = this.keys!;
    const now = Date.now();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ['ES256', 'RS256', 'EdDSA'],
        clockTolerance: 5,
      });
      const claims = personClaims.safeParse(payload);
      if (!claims.success) return refuse('INVALID_TOKEN', 'the token does not carry valid claims (sub, org, roles)');
      const grants = grantsOfClaims(claims.data);
      if (typeof grants === 'string' && grants !== NO_PLATFORM_ROLE) return refuse('INVALID_TOKEN', grants);
      const identity: Identity = typeof grants === 'string' ? personOnly(claims.data.sub) : { subject: claims.data.sub, organisationId: claims.data.org, grants, scopes: [] };
      // Kept until the token's own expiry (never past it: jwtVerify's tolerance is not extended),
      // and never longer than PERSON_CACHE_MS, so that a rotated-out key stops working soon.
      if (typeof payload.exp === 'number') {
        if (this.personCache.size >= PERSON_CACHE_ENTRIES) this.personCache.delete(this.personCache.keys().next().value as string);
        this.personCache.set(key, { identity, until: Math.min(payload.exp * 1000, now + PERSON_CACHE_MS) });
      }
      return identity;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) return refuse('TOKEN_EXPIRED', 'the token has expired');
      // The provider's keys could not be fetched: not the token's fault (the gateway answers 503).
      if (isKeySourceFailure(error)) throw error;
      return refuse('INVALID_TOKEN', 'the token is not valid');
    }
  }

  /**
   * A partner key, acting for its own organisation or, for a vendor's key, for the organisation
   * named. Answers (refusals included) are cached CREDENTIAL_CACHE_SECONDS per key and organisation:
   * the bound on how long a revoked key or delegation still works, and a new one waits.
   */
  private async partner(secret: string, onBehalfOf: string | undefined): Promise<Identity | HttpRefusal> {
    if (secret.length > 200) return refuse('INVALID_CREDENTIAL', 'the partner credential is not valid');
    const key = credentialCacheKey(secret, onBehalfOf);
    const answer = (entry: { identity: Identity | null; refused?: 'delegation' }) => entry.identity ?? (entry.refused ? unknownDelegation() : unknownCredential());
    const cached = this.credentialCache.get(key);
    if (cached && cached.until > Date.now()) return answer(cached);
    return this.shared(key, async () => {
      const verified = await this.verifyWithPartners(secret, onBehalfOf);
      const entry = verified === 'delegation' ? { identity: null, refused: verified } : { identity: verified };
      if (this.credentialCache.size > 50_000) this.credentialCache.clear();
      this.credentialCache.set(key, { ...entry, until: Date.now() + this.config.credentialCacheSeconds * 1000 });
      return answer(entry);
    });
  }

  private async verifyWithPartners(secret: string, onBehalfOf: string | undefined): Promise<Identity | null | 'delegation'> {
    const response = await fetch(this.config.partnersUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await this.signer.tokenFor(GATEWAY_IDENTITY) },
      body: JSON.stringify({
        query:
          'query($secret: String!, $onBehalfOf: ID) { verifyCredential(secret: $secret, onBehalfOf: $onBehalfOf) { credentialId organisationId scopes programmeIds delegation { organisationId scopes programmeIds } } }',
        variables: { secret, onBehalfOf: onBehalfOf ?? null },
      }),
      signal: AbortSignal.timeout(5_000),
    });
    type Acting = { organisationId: string; scopes: string[]; programmeIds: string[] };
    const body = (await response.json()) as { data?: { verifyCredential: (Acting & { credentialId: string; delegation: Acting | null }) | null }; errors?: unknown[] };
    // A null that comes with errors means partners could not look (its database was down), not
    // that the key is unknown: refusing (and caching the refusal) would lock a valid partner out.
    if (!response.ok || !body.data || (body.errors?.length ?? 0) > 0) throw new Error(`partners could not verify a credential (HTTP ${response.status})`);
    const verified = body.data.verifyCredential;
    if (!verified) return null;
    if (onBehalfOf) {
      const { delegation } = verified;
      if (!delegation) return 'delegation';
      // The organisation acted for is the identity's organisation; the subject keeps the vendor's
      // key beside it, so audit entries name both, and throttles and rate limits count each pair.
      return {
        subject: `credential:${verified.credentialId}:for:${delegation.organisationId}`,
        organisationId: delegation.organisationId,
        grants: grantsOfCredential(delegation.scopes, delegation.programmeIds),
        scopes: delegation.scopes,
      };
    }
    return {
      subject: `credential:${verified.credentialId}`,
      organisationId: verified.organisationId,
      grants: grantsOfCredential(verified.scopes, verified.programmeIds),
      scopes: verified.scopes,
    };
  }
}
