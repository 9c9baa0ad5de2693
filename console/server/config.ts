// The console server's environment, read and checked once (every problem listed); main.ts starts
// the server with it, and the docker-compose check reads docker-compose.yml's console through it.
import { resolve } from 'node:path';
import { CONSOLE_ROLES, type ConsoleServerConfig } from './console-server';

export function loadConsoleConfig(env: NodeJS.ProcessEnv): ConsoleServerConfig {
  const problems: string[] = [];
  const port = Number(env.CONSOLE_PORT ?? 4005);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push(`CONSOLE_PORT=${env.CONSOLE_PORT} is not a port number`);
  const mode = env.CONSOLE_MODE ?? 'production';
  if (mode !== 'development' && mode !== 'production') problems.push(`CONSOLE_MODE must be development or production, not ${mode}`);
  const gatewayUrl = env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  if (!URL.canParse(gatewayUrl)) problems.push(`GATEWAY_URL=${gatewayUrl} is not a URL`);
  let devTokens: ConsoleServerConfig['devTokens'];
  if (mode === 'development' && env.DEV_PEOPLE_PRIVATE_JWK) {
    try {
      const identities = JSON.parse(env.CONSOLE_DEV_IDENTITIES ?? '{}');
      for (const role of Object.keys(identities)) if (!(CONSOLE_ROLES as readonly string[]).includes(role)) problems.push(`CONSOLE_DEV_IDENTITIES names an unknown role ${role}`);
      devTokens = {
        privateJwk: JSON.parse(env.DEV_PEOPLE_PRIVATE_JWK),
        issuer: env.AUTH_ISSUER ?? 'pass-numerique-dev',
        audience: env.AUTH_AUDIENCE ?? 'pass-numerique-api',
        identities,
      };
    } catch {
      problems.push('DEV_PEOPLE_PRIVATE_JWK and CONSOLE_DEV_IDENTITIES must be JSON');
    }
  }
  let oidc: ConsoleServerConfig['oidc'];
  if (env.OIDC_ISSUER_URL) {
    const missing = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'].filter((name) => !env[name]);
    if (missing.length > 0) problems.push(`OIDC_ISSUER_URL is set: ${missing.join(', ')} must be too`);
    for (const name of ['OIDC_ISSUER_URL', 'OIDC_INTERNAL_ISSUER_URL', 'OIDC_REDIRECT_URL', 'OIDC_POST_LOGOUT_REDIRECT_URL']) if (env[name] && !URL.canParse(env[name]!)) problems.push(`${name}=${env[name]} is not a URL`);
    oidc = {
      issuerUrl: env.OIDC_ISSUER_URL,
      clientId: env.OIDC_CLIENT_ID ?? '',
      clientSecret: env.OIDC_CLIENT_SECRET ?? '',
      redirectUrl: env.OIDC_REDIRECT_URL ?? '',
      postLogoutRedirectUrl: env.OIDC_POST_LOGOUT_REDIRECT_URL,
      internalIssuerUrl: env.OIDC_INTERNAL_ISSUER_URL,
      scope: env.OIDC_SCOPE,
      allowHttp: env.OIDC_ALLOW_HTTP === 'true',
    };
  }
  if (problems.length > 0) throw new Error(`console configuration:\n  ${problems.join('\n  ')}`);
  return {
    port,
    host: env.CONSOLE_HOST ?? '127.0.0.1',
    staticDir: resolve(env.CONSOLE_STATIC_DIR ?? 'dist/console'),
    gatewayUrl,
    mode: mode as ConsoleServerConfig['mode'],
    devTokens,
    oidc,
  };
}
