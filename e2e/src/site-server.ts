// The built public site's server, started for browser tests (dist/site-server, built by `npm test`
// first; a lone `npx jest` run builds it when it was never built).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const SERVER_ENTRY = join(ROOT, 'dist', 'site-server', 'main.js');

export function ensureSiteBuilt() {
  if (existsSync(SERVER_ENTRY) && existsSync(join(ROOT, 'dist', 'site', 'index.html'))) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'tools', 'platform', 'cli.mjs'), 'build', 'site'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the site could not be built');
}

/** Starts the site's server in front of a gateway, on a free port (`env`: more of its settings, e.g. a map's tiles). */
export async function startSiteServer(gatewayUrl: string, env: Record<string, string> = {}): Promise<{ url: string; process: ChildProcess }> {
  ensureSiteBuilt();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, SITE_PORT: '0', SITE_STATIC_DIR: join(ROOT, 'dist', 'site'), GATEWAY_URL: gatewayUrl, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /site listening on (http:\/\/[^\s,]+)/.exec(output);
      if (found) resolve(found[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`site server exited (${code}): ${output}`)));
  });
  return { url, process: child };
}
