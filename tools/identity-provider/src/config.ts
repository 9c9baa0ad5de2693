// The development identity provider's environment, read and checked once (every problem listed);
// main.ts starts the provider with it, and the docker-compose check reads docker-compose.yml's
// provider through it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import type { IdentityProviderConfig } from './identity-provider';

/**
 * A signing key made for this run only, when none is given (docker compose): tokens then end with
 * the provider's process, which suits a development provider; `npm start` gives the key it keeps
 * in .local/ instead.
 */
function ephemeralSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: `dev-${randomBytes(6).toString('base64url')}`, alg: 'ES256', use: 'sig' };
}

export function loadIdentityProviderConfig(env: NodeJS.ProcessEnv): IdentityProviderConfig {
  const problems: string[] = [];
  const port = Number(env.IDP_PORT ?? 4007);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push(`IDP_PORT=${env.IDP_PORT} is not a port number`);
  const host = env.IDP_HOST ?? '127.0.0.1';
  const issuer = env.IDP_ISSUER ?? `http://${host}:${port}`;
  if (!URL.canParse(issuer)) problems.push(`IDP_ISSUER=${issuer} is not a URL`);
  const list = (name: string) => (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  let signingKeys: IdentityProviderConfig['signingKeys'] = [];
  if (env.IDP_SIGNING_JWKS) {
    try {
      const parsed = JSON.parse(env.IDP_SIGNING_JWKS) as { keys?: unknown };
      signingKeys = Array.isArray(parsed.keys) ? (parsed.keys as IdentityProviderConfig['signingKeys']) : [];
    } catch {
      // Reported below.
    }
    if (signingKeys.length === 0 || signingKeys.some((k) => !k.kid || !('d' in k))) problems.push('IDP_SIGNING_JWKS must be a JSON Web Key Set of private keys, each with a kid: {"keys":[…]}');
  } else {
    signingKeys = [ephemeralSigningKey()];
  }
  const cookieSecret = env.IDP_COOKIE_SECRET ?? randomBytes(32).toString('base64url');
  if (cookieSecret.length < 32) problems.push('IDP_COOKIE_SECRET must hold at least 32 characters');
  const clientSecret = env.IDP_CONSOLE_CLIENT_SECRET ?? '';
  if (clientSecret.length < 32) problems.push('IDP_CONSOLE_CLIENT_SECRET must hold at least 32 characters');
  const redirectUris = list('IDP_CONSOLE_REDIRECT_URIS');
  if (redirectUris.length === 0 || !redirectUris.every((u) => URL.canParse(u))) problems.push('IDP_CONSOLE_REDIRECT_URIS must list the console\'s callback URLs (comma-separated)');
  const accessTokenSeconds = Number(env.IDP_ACCESS_TOKEN_SECONDS ?? 300);
  if (!Number.isInteger(accessTokenSeconds) || accessTokenSeconds < 1) problems.push('IDP_ACCESS_TOKEN_SECONDS must be a whole number of seconds');
  if (problems.length > 0) throw new Error(`identity provider configuration:\n  ${problems.join('\n  ')}`);
  return {
    issuer,
    host,
    port,
    signingKeys,
    cookieKeys: [cookieSecret],
    clients: [
      {
        clientId: env.IDP_CONSOLE_CLIENT_ID ?? 'pass-numerique-console',
        clientSecret,
        name: 'la console du pass numérique',
        redirectUris,
        postLogoutRedirectUris: list('IDP_CONSOLE_POST_LOGOUT_REDIRECT_URIS').length > 0 ? list('IDP_CONSOLE_POST_LOGOUT_REDIRECT_URIS') : redirectUris.map((u) => new URL('/', u).href),
      },
    ],
    apiAudience: env.AUTH_AUDIENCE ?? 'pass-numerique-api',
    accessTokenSeconds,
    password: env.IDP_DEMO_PASSWORD ?? 'demo',
  };
}
