// Composition root of the public site's server: its environment, read and checked once, then the server.
import { resolve } from 'node:path';
import { runServer } from '@pass-numerique/web-server';
import { startSiteServer, tileOriginOf, type SiteServerConfig } from './site-server';

function configFromEnvironment(env: NodeJS.ProcessEnv): SiteServerConfig {
  const problems: string[] = [];
  const port = Number(env.SITE_PORT ?? 4006);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) problems.push(`SITE_PORT=${env.SITE_PORT} is not a port number`);
  const gatewayUrl = env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  if (!URL.canParse(gatewayUrl)) problems.push(`GATEWAY_URL=${gatewayUrl} is not a URL`);
  // The finder's map: only with a tile source the operator chose (SITE_MAP_TILES, a URL template
  // with {z}, {x} and {y}) and the attribution its licence asks for (SITE_MAP_ATTRIBUTION).
  const tiles = env.SITE_MAP_TILES;
  let mapTiles: SiteServerConfig['mapTiles'];
  if (tiles) {
    let origin: string | undefined;
    try {
      origin = tileOriginOf(tiles);
    } catch {
      problems.push(`SITE_MAP_TILES=${tiles} is not a URL template`);
    }
    if (origin && !['{z}', '{x}', '{y}'].every((p) => tiles.includes(p))) problems.push('SITE_MAP_TILES must contain {z}, {x} and {y}');
    if (origin && !origin.startsWith('https://') && !/^http:\/\/(127\.0\.0\.1|localhost)(:|$)/.test(origin)) problems.push('SITE_MAP_TILES must be https (or a server on this machine)');
    if (!env.SITE_MAP_ATTRIBUTION) problems.push('SITE_MAP_ATTRIBUTION is required with SITE_MAP_TILES (the tiles\' licence asks for it)');
    mapTiles = { url: tiles, attribution: env.SITE_MAP_ATTRIBUTION ?? '' };
  }
  if (problems.length > 0) throw new Error(`site configuration:\n  ${problems.join('\n  ')}`);
  return { port, host: env.SITE_HOST ?? '127.0.0.1', staticDir: resolve(env.SITE_STATIC_DIR ?? 'dist/site'), gatewayUrl, mapTiles };
}

runServer(async () => {
  const config = configFromEnvironment(process.env);
  const server = await startSiteServer(config);
  return { server, listening: `site listening on ${server.url}, GraphQL through ${config.gatewayUrl}` };
});
