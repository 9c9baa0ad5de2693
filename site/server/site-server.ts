// The public site's own small server: the built pages, compressed, and /graphql passed through
// to the gateway, so that the browser talks to one origin. No sign-in, no cookies: the site's
// visitors are the gateway's anonymous public, told apart by their address (X-Forwarded-For,
// which the gateway believes from this server only when TRUSTED_PROXIES names it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { forwardedFor, forwardToGateway, listen, type RunningServer } from '@pass-numerique/web-server';

export interface SiteServerConfig {
  port: number;
  host: string;
  /** The built pages (vite build output). */
  staticDir: string;
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  /** A tile source for the finder's map (a URL template with {z}, {x}, {y}) and its attribution; no map without it. */
  mapTiles?: { url: string; attribution: string };
}

export type RunningSite = RunningServer;

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
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);
const MAX_GRAPHQL_BODY = 100_000;

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  brotli?: Buffer;
  type: string;
  immutable: boolean;
}

export async function startSiteServer(config: SiteServerConfig): Promise<RunningSite> {
  const root = resolve(config.staticDir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`the site is not built: ${join(root, 'index.html')} is missing (npm run build -- site)`);
  // The build never changes under a running server: each file is read and compressed once.
  const assets = new Map<string, Asset>();
  const assetOf = (file: string): Asset => {
    let asset = assets.get(file);
    if (!asset) {
      const body = readFileSync(file);
      const extension = extname(file);
      asset = {
        body,
        gzipped: COMPRESSIBLE.has(extension) ? gzipSync(body, { level: 9 }) : undefined,
        brotli: COMPRESSIBLE.has(extension) ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }) : undefined,
        type: CONTENT_TYPES[extension] ?? 'application/octet-stream',
        immutable: file.includes(`${sep}assets${sep}`),
      };
      assets.set(file, asset);
    }
    return asset;
  };

  // Compressed before the first visitor comes (brotli at its best quality takes a second or two for the whole build).
  for (const name of readdirSync(root, { recursive: true })) {
    const file = join(root, String(name));
    if (statSync(file).isFile()) assetOf(file);
  }

  // What the pages learn of this installation; the tile server is the only other origin they may load from.
  const siteConfig = JSON.stringify({ mapTiles: config.mapTiles ?? null });
  const tileOrigin = config.mapTiles ? ` ${tileOriginOf(config.mapTiles.url)}` : '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    if (path === '/graphql') return proxyToGateway(req, res, config.gatewayUrl);
    if (path === '/site-config.json') return send(res, 200, 'application/json', siteConfig);
    if (path === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    let wanted: string;
    try {
      wanted = normalize(join(root, decodeURIComponent(path)));
    } catch {
      return send(res, 400, 'text/plain', 'bad path');
    }
    // A path outside the build folder is never served; an unknown path gets the site's page.
    const inside = wanted === root || wanted.startsWith(root + sep);
    const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : join(root, 'index.html');
    const asset = assetOf(file);
    // Brotli when the browser takes it (smaller by about a sixth), else gzip, else as built.
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = asset.brotli && /\bbr\b/.test(accepted) ? 'br' : asset.gzipped && /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    const sent = encoding === 'br' ? asset.brotli! : encoding === 'gzip' ? asset.gzipped! : asset.body;
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': String(sent.length),
      ...(encoding ? { 'content-encoding': encoding } : {}),
      vary: 'accept-encoding',
      'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // The camera is this page's only (for QR codes), and the position for "autour de moi".
      'permissions-policy': 'camera=(self), geolocation=(self), microphone=()',
      // Everything comes from this origin (and map tiles from the configured tile server): anything else is refused by the browser.
      'content-security-policy': `default-src 'self'; img-src 'self' data: blob:${tileOrigin}; media-src 'self' blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'`,
    });
    res.end(req.method === 'HEAD' ? undefined : sent);
  });
  return listen(server, config.port, config.host);
}

/** The origin tiles come from: the template with its placeholders filled. */
export function tileOriginOf(template: string): string {
  return new URL(template.replace(/\{[a-z]+\}/g, '0')).origin;
}

/** Anonymous by design: no credential is passed on, whatever the browser sends. */
function proxyToGateway(req: IncomingMessage, res: ServerResponse, gatewayUrl: string) {
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
  forwardToGateway(req, res, { gatewayUrl, maxBodyBytes: MAX_GRAPHQL_BODY, headers: { 'content-type': req.headers['content-type'] ?? 'application/json', 'x-forwarded-for': forwardedFor(req) } });
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
