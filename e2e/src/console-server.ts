// The built console server, started for browser and proxy tests (dist/console-server, built by
// `npm test` first; a lone `npx jest` run builds it when it was never built).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK } from 'jose';
import { testPeopleKeys, TEST_TOKEN_AUDIENCE, TEST_TOKEN_ISSUER } from '@pass-numerique/testing';

export const ROOT = join(__dirname, '..', '..');
const SERVER_ENTRY = join(ROOT, 'dist', 'console-server', 'main.js');

export function ensureConsoleBuilt() {
  if (existsSync(SERVER_ENTRY) && existsSync(join(ROOT, 'dist', 'console', 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'tools', 'platform', 'cli.mjs'), 'build', 'console'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the console could not be built');
}

/** Starts the console server in development mode in front of a gateway; `identities` is whom its sign-in speaks for. */
export async function startConsoleServer(gatewayUrl: string, identities: Record<string, { organisationId?: string; programmeIds?: string[] }> = {}): Promise<{ url: string; process: ChildProcess }> {
  ensureConsoleBuilt();
  const { privateKey } = await testPeopleKeys();
  const privateJwk = { ...(await exportJWK(privateKey)), kid: 'test', alg: 'ES256' };
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      CONSOLE_PORT: '0',
      CONSOLE_MODE: 'development',
      CONSOLE_STATIC_DIR: join(ROOT, 'dist', 'console'),
      GATEWAY_URL: gatewayUrl,
      DEV_PEOPLE_PRIVATE_JWK: JSON.stringify(privateJwk),
      AUTH_ISSUER: TEST_TOKEN_ISSUER,
      AUTH_AUDIENCE: TEST_TOKEN_AUDIENCE,
      CONSOLE_DEV_IDENTITIES: JSON.stringify(identities),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /console listening on (http:\/\/[^\s]+)/.exec(output);
      if (found) resolve(found[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`console server exited (${code}): ${output}`)));
  });
  return { url, process: child };
}
