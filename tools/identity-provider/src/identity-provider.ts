// The development OpenID Connect provider of `npm start` and `docker compose up`: oidc-provider
// (a certified implementation) with the demo accounts, a login form of our own, and access tokens
// that are JWTs for the platform's API (audience AUTH_AUDIENCE) carrying the claims the gateway
// maps to grants (`org`, `roles`). Everything is kept in memory: a restart signs everybody out
// (the signing key itself is kept in .local/ by `npm start`, so tokens already issued stay valid).
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import type { Interaction, ProviderContext, Token } from 'oidc-provider';
import { listen, type RunningServer } from '@pass-numerique/web-server';
import { accountByLogin, accountBySubject, DEMO_ACCOUNTS } from './demo-accounts';
import { errorPage, loginPage, logoutPage, signedOutPage, signUpPage } from './pages';
import { registerAccount, registeredAccountBySubject, registeredAccountSigningIn } from './registered-accounts';

export interface IdentityProviderClient {
  clientId: string;
  clientSecret: string;
  /** Where the provider may send a person back with a code (the console's /auth/callback). */
  redirectUris: string[];
  /** Where it may send a person back after signing out. */
  postLogoutRedirectUris: string[];
  name?: string;
}

export interface IdentityProviderConfig {
  /** The provider's public address, its tokens' `iss` (e.g. http://127.0.0.1:4007). */
  issuer: string;
  host: string;
  port: number;
  /** Private signing keys (ES256 or RS256 JWKs with a kid); the first signs, all are published. */
  signingKeys: JWK[];
  /** Keys of its cookies (the first signs). */
  cookieKeys: string[];
  clients: IdentityProviderClient[];
  /** The API's audience, as the gateway checks it (AUTH_AUDIENCE). */
  apiAudience: string;
  /** Access tokens' lifetime; the console refreshes them with its refresh token. */
  accessTokenSeconds: number;
  /** The demo accounts' password. */
  password: string;
}

export type RunningIdentityProvider = RunningServer;

/** The resource indicator of the platform's API: access tokens for it are JWTs the gateway verifies. */
export const API_RESOURCE = 'urn:pass-numerique:api';
/** The scope that asks for the platform's claims (`org`, `roles`) in the ID token and userinfo. */
export const PLATFORM_SCOPE = 'pass-numerique';
const API_SCOPE = 'api';
const MAX_FORM_BYTES = 4_096;
/**
 * The authorisation request's parameter that opens "Créer un compte" instead of the login form
 * (`screen=signup`, what the console's "Créer un compte" sends); other providers ignore it.
 */
export const SCREEN_PARAMETER = 'screen';

/** A demo account or an account created here, by subject. */
function anyAccountBySubject(subject: string) {
  return accountBySubject(subject) ?? registeredAccountBySubject(subject);
}

export async function startIdentityProvider(config: IdentityProviderConfig): Promise<RunningIdentityProvider> {
  // ESM only: loaded at run time (the bundles are CommonJS).
  const { default: Provider, errors } = await import('oidc-provider');
  const clientIds = new Set(config.clients.map((c) => c.clientId));
  const signingAlgorithm = config.signingKeys[0].alg ?? 'ES256';

  const provider = new Provider(config.issuer, {
    clients: config.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      client_name: c.name ?? c.clientId,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      id_token_signed_response_alg: signingAlgorithm,
    })),
    jwks: { keys: config.signingKeys },
    cookies: { keys: config.cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', PLATFORM_SCOPE],
    claims: { openid: ['sub'], profile: ['name'], email: ['email'], [PLATFORM_SCOPE]: ['org', 'roles'] },
    // The console reads whom it speaks for from the ID token; a development provider need not make it call userinfo.
    conformIdTokenClaims: false,
    extraParams: [SCREEN_PARAMETER],
    findAccount: async (_ctx: unknown, subject: string) => {
      const account = anyAccountBySubject(subject);
      if (!account) return undefined;
      return { accountId: subject, claims: async () => ({ sub: subject, name: account.name, email: account.email, org: account.org, roles: account.roles }) };
    },
    // The console is the platform's own application: nobody is asked to consent to it.
    loadExistingGrant: async (ctx: ProviderContext) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      if (!oidc.session?.accountId || !clientIds.has(oidc.client!.clientId)) return undefined;
      const grant = new oidc.provider.Grant({ accountId: oidc.session.accountId, clientId: oidc.client!.clientId });
      grant.addOIDCScope(`openid profile email offline_access ${PLATFORM_SCOPE}`);
      grant.addResourceScope(API_RESOURCE, API_SCOPE);
      await grant.save();
      return grant;
    },
    // A refresh token whenever the client may refresh (not only with offline_access); it ends with the session.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    extraTokenClaims: async (_ctx: unknown, token: Token) => {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const account = anyAccountBySubject(token.accountId);
      return account ? { org: account.org, roles: account.roles } : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: ProviderContext, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form, ctx.host);
        },
        postLogoutSuccessSource: async (ctx: ProviderContext) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience: config.apiAudience, accessTokenTTL: config.accessTokenSeconds, accessTokenFormat: 'jwt', jwt: { sign: { alg: signingAlgorithm } } };
        },
      },
    },
    ttl: {
      AccessToken: config.accessTokenSeconds,
      AuthorizationCode: 60,
      IdToken: 3_600,
      Interaction: 3_600,
      Session: 8 * 3_600,
      Grant: 8 * 3_600,
      RefreshToken: 8 * 3_600,
    },
    renderError: async (ctx: ProviderContext, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
  });
  const handleProtocol = provider.callback();

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', config.issuer).pathname;
    const interaction = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login|\/signup)?$/.exec(path);
    if (interaction) {
      const answer = interaction[2] === '/login' ? login(req, res) : interaction[2] === '/signup' ? signUp(req, res) : showInteraction(req, res);
      return void answer.catch((error: unknown) => fail(res, error));
    }
    if (path === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
    handleProtocol(req, res);
  });

  async function showInteraction(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      // The sign-up form's "Se connecter" link asks for the login form whatever the request said.
      const signUpAsked = details.params[SCREEN_PARAMETER] === 'signup' && new URL(req.url ?? '/', config.issuer).searchParams.get('formulaire') !== 'connexion';
      return sendPage(res, 200, signUpAsked ? signUpForm(details) : loginForm(details));
    }
    // Any other prompt (consent asked explicitly): the platform's own clients are granted at once.
    const grant = new provider.Grant({ accountId: details.session!.accountId!, clientId: String(details.params.client_id) });
    grant.addOIDCScope(`openid profile email offline_access ${PLATFORM_SCOPE}`);
    grant.addResourceScope(API_RESOURCE, API_SCOPE);
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }

  async function login(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    const details = await provider.interactionDetails(req, res);
    const form = new URLSearchParams(await readBody(req));
    const demo = accountByLogin(form.get('login') ?? '');
    const account = demo && samePassword(form.get('password') ?? '', config.password) ? demo : registeredAccountSigningIn(form.get('login') ?? '', form.get('password') ?? '');
    if (!account) {
      return sendPage(res, 401, loginForm(details, { login: form.get('login') ?? '', failed: true }));
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
  }

  function loginForm(details: Interaction, retry: { login?: string; failed?: boolean } = {}) {
    const client = config.clients.find((c) => c.clientId === details.params.client_id);
    return loginPage({ action: `/interaction/${details.uid}/login`, signUp: `/interaction/${details.uid}/signup`, clientName: client?.name ?? 'la console', accounts: DEMO_ACCOUNTS, password: config.password, ...retry });
  }

  function signUpForm(details: Interaction, retry: Pick<Parameters<typeof signUpPage>[0], 'email' | 'name' | 'problem'> = {}) {
    return signUpPage({ action: `/interaction/${details.uid}/signup`, signIn: `/interaction/${details.uid}?formulaire=connexion`, ...retry });
  }

  /** GET: the form (from the login page's link); POST: the account created and the person signed in with it at once. */
  async function signUp(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') return sendPage(res, 200, signUpForm(details));
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    const form = new URLSearchParams(await readBody(req));
    const entered = { email: form.get('email') ?? '', name: form.get('name') ?? '', password: form.get('password') ?? '' };
    const account = registerAccount(entered, (login) => accountByLogin(login) !== undefined);
    if (typeof account === 'string') return sendPage(res, 400, signUpForm(details, { email: entered.email, name: entered.name, problem: account }));
    await provider.interactionFinished(req, res, { login: { accountId: account.subject } }, { mergeWithLastSubmission: false });
  }

  return listen(server, config.port, config.host);
}

function samePassword(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) reject(new Error('form too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

// No script at all, styles inline only, never framed.
const PAGE_HEADERS = { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

function sendPage(res: ServerResponse, status: number, html: string) {
  send(res, status, 'text/html; charset=utf-8', html, PAGE_HEADERS);
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

/** An interaction that expired or a cookie that went missing: a page that says so, never a stack. */
function fail(res: ServerResponse, error: unknown) {
  if (res.headersSent) return void res.destroy();
  const name = error instanceof Error ? error.name : 'Error';
  sendPage(res, name === 'SessionNotFound' ? 400 : 500, errorPage({ error: name === 'SessionNotFound' ? 'La demande de connexion a expiré : recommencez depuis la console.' : 'Erreur inattendue.' }));
}
