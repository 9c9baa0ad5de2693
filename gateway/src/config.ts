// The gateway's environment, validated once. Nothing else in the gateway reads process.env.
import { z } from 'zod';
import { envPort, envSecret, envUrl, parseEnv, type Env } from '@pass-numerique/service-kit';
import { SUBGRAPHS, type SubgraphName } from './supergraph/compose';

export interface GatewayConfig {
  port: number;
  host: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalIdentitySecret: string;
  /** A subgraph call that takes longer is abandoned with a coded error (partial data for the rest). */
  subgraphTimeoutMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const httpUrl = envUrl(['http:', 'https:']);

export function loadGatewayConfig(env: Env): GatewayConfig {
  const parsed = parseEnv(
    z.object({
      PORT: envPort(4000),
      HOST: z.string().default('127.0.0.1'),
      FUNDING_URL: httpUrl.default('http://127.0.0.1:4001/graphql'),
      PASSES_URL: httpUrl.default('http://127.0.0.1:4002/graphql'),
      PARTNERS_URL: httpUrl.default('http://127.0.0.1:4003/graphql'),
      TERRITORY_URL: httpUrl.default('http://127.0.0.1:4004/graphql'),
      INTERNAL_IDENTITY_SECRET: envSecret,
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
      LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    }),
    { ...env, PORT: env.GATEWAY_PORT ?? env.PORT },
  );
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, parsed[`${name.toUpperCase()}_URL` as 'FUNDING_URL']])) as Record<SubgraphName, string>;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    subgraphUrls,
    internalIdentitySecret: parsed.INTERNAL_IDENTITY_SECRET,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    logLevel: parsed.LOG_LEVEL,
  };
}
