// Sign-in for the console, as an OpenID Connect client (openid-client): authorisation code with
// PKCE, the tokens kept here on the server, the browser holding only an httpOnly, SameSite=Lax
// session cookie that names them. The provider is any OpenID Connect provider: the development one
// of `npm start`, Keycloak, or ProConnect brokered by Keycloak (docs/sign-in.md).
//
// Sessions live in this process's memory: a restart of the console signs everybody out, and two
// console replicas need sticky sessions (or a shared store in place of the two Maps below).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as OpenIdClient from 'openid-client';

export interface OidcSettings {
  /** The provider's issuer URL; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** This console's callback, registered at the provider: `https://console.example.org/auth/callback`. */
  redirectUrl: string;
  /** Where the provider sends a person back after signing out (default: the console's home). */
  postLogoutRedirectUrl?: string;
  /** Scopes asked for (default: openid profile email pass-numerique api). */
  scope?: string;
  /** Plain-HTTP provider allowed (development); a loopback provider always is. */
  allowHttp?: boolean;
  /**
   * Where this server reaches the provider when the issuer's address is the browser's only, as in
   * docker compose (issuer http://127.0.0.1:4007 for the browser, http://identity-provider:4007
   * from the console's container): its calls to the issuer's origin go there instead.
   */
  internalIssuerUrl?: string;
}

/** Whom a session speaks for, as the page needs it: the claims the gateway maps to grants. */
export interface SignedInPerson {
  subject: string;
  name?: string;
  organisationId?: string;
  roles: string[];
}

interface Session {
  person: SignedInPerson;
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** When the access token expires (ms since the epoch). */
  expiresAt: number;
  /** A session ends after SESSION_MS whatever its refreshes. */
  endsAt: number;
  refreshing?: Promise<boolean>;
}

interface PendingSignIn {
  codeVerifier: string;
  state: string;
  nonce: string;
  returnTo: string;
  until: number;
}

export const SESSION_COOKIE = 'pn_console_session';
const SIGN_IN_COOKIE = 'pn_console_sign_in';
const SESSION_MS = 8 * 3_600_000;
const SIGN_IN_MS = 10 * 60_000;
/** An access token this close to its expiry is refreshed before it is sent. */
const REFRESH_MARGIN_MS = 30_000;
const MAX_SESSIONS = 10_000;
const DEFAULT_SCOPE = 'openid profile email pass-numerique api';

export type AccessTokenAnswer = { token: string } | { expired: true } | { none: true };

export class OidcSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly pending = new Map<string, PendingSignIn>();
  private configuration?: Promise<{ client: typeof OpenIdClient; config: OpenIdClient.Configuration }>;
  private readonly secureCookies: boolean;

  constructor(private readonly settings: OidcSettings) {
    this.secureCookies = new URL(settings.redirectUrl).protocol === 'https:';
  }

  /** The provider's configuration, discovered once (again after a failure: the provider may start after the console). */
  private discovered() {
    this.configuration ??= (async () => {
      const client = await import('openid-client');
      const issuer = new URL(this.settings.issuerUrl);
      const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      const internal = this.settings.internalIssuerUrl ? new URL(this.settings.internalIssuerUrl) : undefined;
      const config = await client.discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, {
        execute: issuer.protocol === 'http:' && (loopback || this.settings.allowHttp) ? [client.allowInsecureRequests] : [],
        timeout: 10,
        ...(internal
          ? {
              [client.customFetch]: (url: string, options: OpenIdClient.CustomFetchOptions) => {
                const target = new URL(url);
                if (target.origin === issuer.origin) target.href = new URL(target.pathname + target.search, internal).href;
                return fetch(target.href, options as RequestInit);
              },
            }
          : {}),
      });
      return { client, config };
    })().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  /** GET /auth/sign-in: to the provider's login, with a fresh PKCE verifier, state and nonce. */
  async signIn(req: IncomingMessage, res: ServerResponse) {
    const { client, config } = await this.discovered();
    const codeVerifier = client.randomPKCECodeVerifier();
    const flow: PendingSignIn = { codeVerifier, state: client.randomState(), nonce: client.randomNonce(), returnTo: safeReturnTo(req), until: Date.now() + SIGN_IN_MS };
    const flowId = randomId();
    this.forgetOldSignIns();
    this.pending.set(flowId, flow);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scope ?? DEFAULT_SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
      // "Créer un compte": the development provider opens its sign-up form (others ignore the parameter).
      ...(new URL(req.url ?? '/', 'http://console').searchParams.has('inscription') ? { screen: 'signup' } : {}),
    });
    redirect(res, this.forTheBrowser(url), [this.cookie(SIGN_IN_COOKIE, flowId, SIGN_IN_MS / 1000)]);
  }

  /** GET /auth/callback: the code exchanged (state, nonce and PKCE checked by openid-client), a session opened. */
  async callback(req: IncomingMessage, res: ServerResponse) {
    const flowId = cookieOf(req, SIGN_IN_COOKIE);
    const flow = flowId ? this.pending.get(flowId) : undefined;
    if (flowId) this.pending.delete(flowId);
    const clearFlow = this.cookie(SIGN_IN_COOKIE, '', 0);
    if (!flow || flow.until < Date.now()) return redirect(res, '/?connexion=expiree', [clearFlow]);
    const { client, config } = await this.discovered();
    const current = new URL(req.url ?? '/', this.settings.redirectUrl);
    let tokens: OpenIdClient.TokenEndpointResponse & OpenIdClient.TokenEndpointResponseHelpers;
    try {
      tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.codeVerifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
    } catch {
      // A refused sign-in (the person cancelled, a replayed or forged callback): back to the sign-in page, nothing opened.
      return redirect(res, '/?connexion=refusee', [clearFlow]);
    }
    const sessionId = randomId();
    if (this.sessions.size >= MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value as string);
    this.sessions.set(sessionId, { ...sessionTokens(tokens), person: personOf(tokens), endsAt: Date.now() + SESSION_MS });
    redirect(res, flow.returnTo, [clearFlow, this.cookie(SESSION_COOKIE, sessionId, SESSION_MS / 1000)]);
  }

  /** GET /auth/session: whom the browser's session speaks for, if it has one (always 200: a page asks it on every load). */
  answerSession(req: IncomingMessage, res: ServerResponse) {
    const session = this.sessionOf(req);
    sendJson(res, 200, session ? { provider: true, signedIn: true, person: session.person } : { provider: true, signedIn: false, signIn: '/auth/sign-in' });
  }

  /** POST /auth/sign-out: the session forgotten here, its refresh token revoked, then the provider's own sign-out when it offers one. */
  async signOut(req: IncomingMessage, res: ServerResponse) {
    const sessionId = cookieOf(req, SESSION_COOKIE);
    const session = sessionId ? this.sessions.get(sessionId) : undefined;
    if (sessionId) this.sessions.delete(sessionId);
    const clear = this.cookie(SESSION_COOKIE, '', 0);
    const home = this.settings.postLogoutRedirectUrl ?? new URL('/', this.settings.redirectUrl).href;
    if (!session) return redirect(res, home, [clear]);
    const { client, config } = await this.discovered();
    if (session.refreshToken && config.serverMetadata().revocation_endpoint) {
      await client.tokenRevocation(config, session.refreshToken, { token_type_hint: 'refresh_token' }).catch(() => undefined);
    }
    const endSession = config.serverMetadata().end_session_endpoint
      ? this.forTheBrowser(client.buildEndSessionUrl(config, { post_logout_redirect_uri: home, ...(session.idToken ? { id_token_hint: session.idToken } : {}) }))
      : home;
    redirect(res, endSession, [clear]);
  }

  /**
   * The access token to send to the gateway for this request: the session's, refreshed first when
   * it is about to expire; `expired` when the browser names a session that is gone or cannot be
   * refreshed (it must sign in again); `none` without a session cookie (the anonymous public).
   */
  async accessTokenFor(req: IncomingMessage): Promise<AccessTokenAnswer> {
    const sessionId = cookieOf(req, SESSION_COOKIE);
    if (!sessionId) return { none: true };
    const session = this.sessionOf(req);
    if (!session) return { expired: true };
    if (session.expiresAt - Date.now() > REFRESH_MARGIN_MS) return { token: session.accessToken };
    session.refreshing ??= this.refresh(session).finally(() => (session.refreshing = undefined));
    if (!(await session.refreshing)) {
      this.sessions.delete(sessionId);
      return { expired: true };
    }
    return { token: session.accessToken };
  }

  private async refresh(session: Session): Promise<boolean> {
    if (!session.refreshToken) return false;
    try {
      const { client, config } = await this.discovered();
      const tokens = await client.refreshTokenGrant(config, session.refreshToken);
      const fresh = sessionTokens(tokens);
      session.accessToken = fresh.accessToken;
      session.expiresAt = fresh.expiresAt;
      session.refreshToken = fresh.refreshToken ?? session.refreshToken;
      session.idToken = fresh.idToken ?? session.idToken;
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A provider's page for the browser. Reached at its internal address, a provider may name its
   * endpoints by that address (oidc-provider does: it answers with the host it was asked on); the
   * browser only knows the issuer's.
   */
  private forTheBrowser(url: URL): string {
    const internal = this.settings.internalIssuerUrl ? new URL(this.settings.internalIssuerUrl) : undefined;
    if (!internal || url.origin !== internal.origin) return url.href;
    return new URL(url.pathname + url.search, this.settings.issuerUrl).href;
  }

  private sessionOf(req: IncomingMessage): Session | undefined {
    const sessionId = cookieOf(req, SESSION_COOKIE);
    const session = sessionId ? this.sessions.get(sessionId) : undefined;
    if (!session) return undefined;
    if (session.endsAt < Date.now()) {
      this.sessions.delete(sessionId!);
      return undefined;
    }
    return session;
  }

  private forgetOldSignIns() {
    const now = Date.now();
    for (const [id, flow] of this.pending) if (flow.until < now) this.pending.delete(id);
    if (this.pending.size >= MAX_SESSIONS) this.pending.delete(this.pending.keys().next().value as string);
  }

  private cookie(name: string, value: string, maxAgeSeconds: number): string {
    return `${name}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.floor(maxAgeSeconds)}${this.secureCookies ? '; Secure' : ''}`;
  }
}

function sessionTokens(tokens: OpenIdClient.TokenEndpointResponse & OpenIdClient.TokenEndpointResponseHelpers) {
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
    expiresAt: Date.now() + (tokens.expiresIn() ?? 300) * 1000,
  };
}

/**
 * Whom the person is, from the ID token's claims and, when the access token is a JWT (Keycloak,
 * the development provider), its claims too: a provider may put the platform's roles in either.
 * Read without a second verification: the tokens came straight from the provider's token endpoint
 * (the ID token was verified by openid-client); the gateway verifies the access token on every call.
 */
function personOf(tokens: OpenIdClient.TokenEndpointResponse & OpenIdClient.TokenEndpointResponseHelpers): SignedInPerson {
  const idClaims = (tokens.claims() ?? {}) as Record<string, unknown>;
  const accessClaims = jwtPayload(tokens.access_token);
  const claim = (name: string) => accessClaims[name] ?? idClaims[name];
  const roles = claim('roles');
  return {
    subject: String(idClaims.sub ?? accessClaims.sub),
    name: typeof idClaims.name === 'string' ? idClaims.name : undefined,
    organisationId: typeof claim('org') === 'string' ? (claim('org') as string) : undefined,
    roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
  };
}

function jwtPayload(token: string): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) return {};
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Only a path of this console, never another site (an open redirect). */
function safeReturnTo(req: IncomingMessage): string {
  const wanted = new URL(req.url ?? '/', 'http://console').searchParams.get('retour') ?? '/';
  return /^\/(?![/\\])[^\s]*$/.test(wanted) ? wanted : '/';
}

function randomId(): string {
  return randomBytes(32).toString('base64url');
}

export function cookieOf(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

function redirect(res: ServerResponse, location: string, cookies: string[] = []) {
  res.writeHead(303, { location, 'set-cookie': cookies, 'cache-control': 'no-store' });
  res.end();
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
