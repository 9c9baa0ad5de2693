// The built development identity provider and the built console server as its OpenID Connect
// client, started for the sign-in browser test, each a child process on a port chosen up front
// (the provider's issuer and the console's callback URL name them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { DEFAULT_LIMITS, startGateway, type RunningGateway } from '@pass-numerique/gateway';
import { TEST_IDENTITY_SECRET } from '@pass-numerique/testing';
import { ROOT } from './console-server';
import type { Stack } from './stack';

const PROVIDER_ENTRY = join(ROOT, 'dist', 'identity-provider', 'main.js');
const CONSOLE_ENTRY = join(ROOT, 'dist', 'console-server', 'main.js');
export const CONSOLE_CLIENT_ID = 'pass-numerique-console';
const CLIENT_SECRET = 'a-console-client-secret-for-the-sign-in-test';

export function ensureSignInBuilt() {
  if (existsSync(PROVIDER_ENTRY) && existsSync(CONSOLE_ENTRY) && existsSync(join(ROOT, 'dist', 'console', 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'tools', 'platform', 'cli.mjs'), 'build', 'console'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the console and the identity provider could not be built');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A signing key of the provider's kind (ES256 with a kid), private half included. */
export async function providerSigningKey(kid: string): Promise<{ privateJwk: JWK; privateKey: CryptoKey }> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' }, privateKey: privateKey as CryptoKey };
}

function startChild(entry: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [entry], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}): ${output}`)));
  });
}

/** A gateway of its own in front of the stack's services, that knows people only through the provider's published keys. */
export function startProviderGateway(stack: Stack, issuer: string, audience: string): Promise<RunningGateway> {
  return startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, s!.url])) as never,
    internalIdentitySecret: TEST_IDENTITY_SECRET,
    subgraphTimeoutMs: 5_000,
    trustedProxies: [],
    mode: 'production',
    auth: { issuer, audience, jwksUrl: `${issuer}/jwks`, credentialCacheSeconds: 1 },
    limits: DEFAULT_LIMITS,
    logLevel: 'silent',
  });
}

export interface SignInServers {
  providerUrl: string;
  consoleUrl: string;
  stop(): void;
}

export async function startSignInServers(options: { gatewayUrl: string; signingJwk: JWK; audience: string; accessTokenSeconds: number; providerPort: number }): Promise<SignInServers> {
  ensureSignInBuilt();
  const consolePort = await freePort();
  const providerUrl = `http://127.0.0.1:${options.providerPort}`;
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const provider = await startChild(
    PROVIDER_ENTRY,
    {
      IDP_PORT: String(options.providerPort),
      IDP_SIGNING_JWKS: JSON.stringify({ keys: [options.signingJwk] }),
      IDP_COOKIE_SECRET: 'a-cookie-secret-of-the-sign-in-test-000000',
      IDP_CONSOLE_CLIENT_SECRET: CLIENT_SECRET,
      IDP_CONSOLE_REDIRECT_URIS: `${consoleUrl}/auth/callback`,
      IDP_ACCESS_TOKEN_SECONDS: String(options.accessTokenSeconds),
      AUTH_AUDIENCE: options.audience,
    },
    /identity provider listening/,
  );
  const consoleServer = await startChild(
    CONSOLE_ENTRY,
    {
      CONSOLE_PORT: String(consolePort),
      CONSOLE_MODE: 'production',
      CONSOLE_STATIC_DIR: join(ROOT, 'dist', 'console'),
      GATEWAY_URL: options.gatewayUrl,
      OIDC_ISSUER_URL: providerUrl,
      OIDC_CLIENT_ID: CONSOLE_CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URL: `${consoleUrl}/auth/callback`,
    },
    /console listening/,
  ).catch((error: unknown) => {
    provider.kill('SIGTERM');
    throw error;
  });
  return {
    providerUrl,
    consoleUrl,
    stop() {
      consoleServer.kill('SIGTERM');
      provider.kill('SIGTERM');
    },
  };
}
