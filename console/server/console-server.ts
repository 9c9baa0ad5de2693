// The console's own small server: the built pages, and /graphql passed through to the gateway,
// so the browser talks to one origin (no CORS, no token ever sent to a second host). People sign
// in through an OpenID Connect provider (/auth/*, oidc-sessions.ts): their tokens stay here, and
// /graphql carries the session's access token to the gateway. In development mode without a
// provider, /dev/token signs a development person's token for the role picker instead.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { importJWK, SignJWT, type JWK } from 'jose';
import { forwardedFor, forwardToGateway, listen, type RunningServer } from '@pass-numerique/web-server';
import { OidcSessions, type OidcSettings } from './oidc-sessions';

export const CONSOLE_ROLES = ['programme_manager', 'finance_officer', 'funder_auditor', 'distributor', 'place'] as const;
export type ConsoleRole = (typeof CONSOLE_ROLES)[number];

export interface DevTokenSettings {
  /** The development identity provider's private key (ES256 JWK), as `npm start` keeps it. */
  privateJwk: JWK & { kid?: string };
  issuer: string;
  audience: string;
  /** Whom each role speaks for when the sign-in page does not name an organisation, and in which programmes it holds its role. */
  identities: Partial<Record<ConsoleRole, { organisationId?: string; programmeIds?: string[] }>>;
  hours?: number;
}

export interface ConsoleServerConfig {
  port: number;
  host: string;
  /** The built pages (vite build output). */
  staticDir: string;
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  mode: 'development' | 'production';
  devTokens?: DevTokenSettings;
  /** Sign-in through an OpenID Connect provider. */
  oidc?: OidcSettings;
}

export type RunningConsole = RunningServer;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_GRAPHQL_BODY = 1_000_000;
const MAX_DOCUMENT_BODY = 10 * 1024 * 1024;

export async function startConsoleServer(config: ConsoleServerConfig): Promise<RunningConsole> {
  const root = resolve(config.staticDir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`the console is not built: ${join(root, 'index.html')} is missing (npm run build)`);
  const signToken = config.mode === 'development' && config.devTokens ? await devTokenSigner(config.devTokens) : undefined;
  const oidc = config.oidc ? new OidcSessions(config.oidc) : undefined;

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://console').pathname;
    if (path === '/graphql') return void passToGateway(req, res, config.gatewayUrl, oidc);
    if ((req.method === 'PUT' && path.startsWith('/documents/upload/')) || (req.method === 'GET' && path.startsWith('/documents/download/'))) {
      return void passDocumentToGateway(req, res, config.gatewayUrl, path);
    }
    if (path === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
    if (path.startsWith('/auth/')) return void answerAuth(path, req, res, oidc);
    if (path === '/dev/token') return signToken ? void answerDevToken(req, res, signToken) : send(res, 404, 'text/plain', 'not found');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    serveStatic(root, path, res);
  });
  return listen(server, config.port, config.host);
}

function serveStatic(root: string, path: string, res: ServerResponse) {
  const wanted = normalize(join(root, decodeURIComponent(path)));
  // A path outside the build folder is never served; an unknown path gets the app (client-side pages).
  const inside = wanted === root || wanted.startsWith(root + sep);
  const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
  const isAsset = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed asset names never change content; the page itself is always re-read.
    'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Everything comes from this origin: a resource from elsewhere is refused by the browser.
    'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  });
  createReadStream(file).pipe(res);
}

/** /auth/sign-in, /auth/callback, /auth/session, /auth/sign-out; without a provider, only /auth/session, which says so (the page then offers the development sign-in). */
async function answerAuth(path: string, req: IncomingMessage, res: ServerResponse, oidc: OidcSessions | undefined) {
  if (!oidc) return path === '/auth/session' ? send(res, 200, 'application/json', JSON.stringify({ provider: false, signedIn: false }), { 'cache-control': 'no-store' }) : send(res, 404, 'text/plain', 'not found');
  try {
    if (path === '/auth/session' && req.method === 'GET') return oidc.answerSession(req, res);
    if (path === '/auth/sign-in' && req.method === 'GET') return await oidc.signIn(req, res);
    if (path === '/auth/callback' && req.method === 'GET') return await oidc.callback(req, res);
    // POST only: a link or an image elsewhere cannot sign a person out.
    if (path === '/auth/sign-out' && req.method === 'POST') return await oidc.signOut(req, res);
    send(res, 404, 'text/plain', 'not found');
  } catch {
    // The provider cannot be reached (discovery or token endpoint): said plainly, never a stack.
    if (!res.headersSent) send(res, 502, 'text/html; charset=utf-8', '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Connexion indisponible</title><p>Le fournisseur d’identité ne répond pas. Réessayez dans un instant. <a href="/">Retour à la console</a></p></html>');
  }
}

/** /graphql to the gateway, with the session's access token when the browser has a session. */
async function passToGateway(req: IncomingMessage, res: ServerResponse, gatewayUrl: string, oidc: OidcSessions | undefined) {
  let bearer: string | undefined;
  if (oidc && !req.headers.authorization) {
    const answer = await oidc.accessTokenFor(req).catch(() => ({ expired: true }) as const);
    if ('expired' in answer) return send(res, 401, 'application/json', JSON.stringify({ errors: [{ message: 'the session has ended: sign in again', extensions: { code: 'SESSION_EXPIRED' } }] }));
    if ('token' in answer) {
      // A session's cookie speaks for the person only in the page's own calls: JSON posts, which
      // another site cannot make without a CORS preflight this server never grants.
      if (req.method !== 'POST' || !String(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'signed-in calls are JSON POSTs');
      bearer = `Bearer ${answer.token}`;
    }
  }
  proxyToGateway(req, res, gatewayUrl, bearer);
}

function proxyToGateway(req: IncomingMessage, res: ServerResponse, gatewayUrl: string, bearer?: string) {
  const headers: Record<string, string> = { 'content-type': req.headers['content-type'] ?? 'application/json', 'x-forwarded-for': forwardedFor(req) };
  const authorization = req.headers.authorization ?? bearer;
  if (authorization) headers.authorization = authorization;
  if (req.headers['apollo-require-preflight']) headers['apollo-require-preflight'] = String(req.headers['apollo-require-preflight']);
  // Which of a person's organisations the call acts for (the gateway honours it for the person's own only).
  if (typeof req.headers['x-pn-organisation'] === 'string') headers['x-pn-organisation'] = req.headers['x-pn-organisation'];
  forwardToGateway(req, res, { gatewayUrl, headers, maxBodyBytes: MAX_GRAPHQL_BODY, search: new URL(req.url ?? '', 'http://console').search });
}

/**
 * A document's bytes to or from the gateway: the link is the capability, so no session's token
 * goes with it. The gateway bounds the size (10 MB) and needs the length.
 */
function passDocumentToGateway(req: IncomingMessage, res: ServerResponse, gatewayUrl: string, path: string) {
  const headers: Record<string, string> = { 'x-forwarded-for': forwardedFor(req) };
  if (req.method === 'PUT') {
    if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
    if (req.headers['content-length']) headers['content-length'] = req.headers['content-length'];
  }
  forwardToGateway(req, res, { gatewayUrl, headers, maxBodyBytes: MAX_DOCUMENT_BODY, path });
}

type Signer = (role: ConsoleRole, organisationId?: string) => Promise<string>;

async function devTokenSigner(settings: DevTokenSettings): Promise<Signer> {
  const key = await importJWK(settings.privateJwk, 'ES256');
  return (role, organisationId) => {
    const identity = settings.identities[role] ?? {};
    const programmeIds = identity.programmeIds ?? [];
    const roles = programmeIds.length > 0 ? programmeIds.map((id) => `${role}:${id}`) : [role];
    return new SignJWT({ org: organisationId ?? identity.organisationId, roles })
      .setProtectedHeader({ alg: 'ES256', kid: settings.privateJwk.kid })
      .setSubject(`dev-console-${role}`)
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime(`${settings.hours ?? 8}h`)
      .sign(key);
  };
}

async function answerDevToken(req: IncomingMessage, res: ServerResponse, sign: Signer) {
  const query = new URL(req.url ?? '', 'http://console').searchParams;
  const role = query.get('role') as ConsoleRole;
  const organisation = query.get('org') ?? undefined;
  if (!CONSOLE_ROLES.includes(role)) return send(res, 400, 'application/json', JSON.stringify({ error: `role must be one of ${CONSOLE_ROLES.join(', ')}` }));
  if (organisation !== undefined && !UUID.test(organisation)) return send(res, 400, 'application/json', JSON.stringify({ error: 'org must be an organisation id (UUID)' }));
  const token = await sign(role, organisation);
  send(res, 200, 'application/json', JSON.stringify({ token }), { 'cache-control': 'no-store' });
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}
