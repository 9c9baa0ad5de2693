// The gateway's environment, validated once. Nothing else in the gateway reads process.env.
import { z } from 'zod';
import type { JSONWebKeySet } from 'jose';
import { envPort, envSecret, envUrl, parseEnv, type Env } from '@pass-numerique/service-kit';
import { localSubgraphUrl, SUBGRAPHS, type SubgraphName } from './supergraph/compose';
import { isProxyEntry, normaliseAddress } from './client-address';

export interface GatewayLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxBodyBytes: number;
  requestsPerMinute: number;
  /** Failed authentications (bad token, unknown key) per client address before 429. */
  authenticationFailuresPerMinute: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  /** production: no introspection or field suggestions for anonymous callers. */
  mode: 'development' | 'production';
  subgraphUrls: Record<SubgraphName, string>;
  internalIdentitySecret: string;
  /** A subgraph call that takes longer is abandoned with a coded error (partial data for the rest). */
  subgraphTimeoutMs: number;
  /** Addresses or networks of proxies whose X-Forwarded-For the gateway believes (client-address.ts). */
  trustedProxies: string[];
  auth: { issuer: string; audience: string; jwks?: JSONWebKeySet; jwksUrl?: string; credentialCacheSeconds: number };
  limits: GatewayLimits;
  /** Where rate-limit counters live: Redis shared by every replica (REDIS_URL), or memory when unset. */
  rateLimitStore?: { redisUrl?: string; keyPrefix?: string };
  /** Where /metrics is served (METRICS_PORT, METRICS_HOST): a port apart from the public one; none when unset. */
  metrics?: { host: string; port: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const httpUrl = envUrl(['http:', 'https:']);
const jwksJson = z
  .string()
  .transform((text, ctx) => {
    try {
      const parsed = JSON.parse(text) as JSONWebKeySet;
      if (!Array.isArray(parsed.keys) || parsed.keys.length === 0) throw new Error('no keys');
      return parsed;
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a JSON Web Key Set with at least one key: {"keys":[…]}' });
      return z.NEVER;
    }
  })
  .optional();

export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 3_000,
  maxCost: 20_000,
  maxBodyBytes: 1_048_576,
  requestsPerMinute: 1_200,
  authenticationFailuresPerMinute: 60,
};

/**
 * FUNDING_URL, PASSES_URL …: each subgraph's address. Unset, it is SUBGRAPH_URL_TEMPLATE filled
 * with the subgraph's name and port (`http://{name}:{port}/graphql`: where a container platform
 * names each service after it, so that a new service needs no gateway setting), else its local
 * address.
 */
function subgraphUrlVariables(template: string | undefined) {
  const defaultUrl = (subgraph: (typeof SUBGRAPHS)[number]) =>
    template ? template.replaceAll('{name}', subgraph.name).replaceAll('{port}', String(subgraph.port)) : localSubgraphUrl(subgraph);
  return z.object(Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.urlVariable, httpUrl.default(defaultUrl(subgraph))])));
}

export function loadGatewayConfig(env: Env): GatewayConfig {
  const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
  const parsed = parseEnv(
    z.object({
      PORT: envPort(4000),
      HOST: z.string().default('127.0.0.1'),
      GATEWAY_MODE: z.enum(['development', 'production']).default('production'),
      INTERNAL_IDENTITY_SECRET: envSecret,
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
      AUTH_ISSUER: z.string().min(1).default('pass-numerique-dev'),
      AUTH_AUDIENCE: z.string().min(1).default('pass-numerique-api'),
      AUTH_JWKS: jwksJson,
      AUTH_JWKS_URL: httpUrl.optional(),
      CREDENTIAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
      MAX_DEPTH: limit(DEFAULT_LIMITS.maxDepth),
      MAX_ALIASES: limit(DEFAULT_LIMITS.maxAliases),
      MAX_TOKENS: limit(DEFAULT_LIMITS.maxTokens),
      MAX_COST: limit(DEFAULT_LIMITS.maxCost),
      MAX_BODY_BYTES: limit(DEFAULT_LIMITS.maxBodyBytes),
      RATE_LIMIT_PER_MINUTE: limit(DEFAULT_LIMITS.requestsPerMinute),
      AUTH_FAILURES_PER_MINUTE: limit(DEFAULT_LIMITS.authenticationFailuresPerMinute),
      TRUSTED_PROXIES: z
        .string()
        .default('')
        .transform((text) => text.split(',').map((a) => normaliseAddress(a)).filter(Boolean))
        .refine((entries) => entries.every(isProxyEntry), 'must be a comma-separated list of IP addresses or networks (10.0.0.0/8)'),
      REDIS_URL: envUrl(['redis:', 'rediss:']).optional(),
      METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
      METRICS_HOST: z.string().optional(),
      RATE_LIMIT_KEY_PREFIX: z.string().regex(/^[a-z0-9_:-]{1,40}$/).default('pn-rate-limit'),
      LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
      SUBGRAPH_URL_TEMPLATE: z.string().includes('{name}', { message: 'must name the subgraph with {name}, e.g. http://{name}:{port}/graphql' }).optional(),
    }).and(subgraphUrlVariables(env.SUBGRAPH_URL_TEMPLATE)),
    { ...env, PORT: env.GATEWAY_PORT ?? env.PORT },
  );
  const subgraphUrls: Record<SubgraphName, string> = Object.fromEntries(SUBGRAPHS.map(({ name, urlVariable }) => [name, parsed[urlVariable]]));
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    mode: parsed.GATEWAY_MODE,
    subgraphUrls,
    internalIdentitySecret: parsed.INTERNAL_IDENTITY_SECRET,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    trustedProxies: parsed.TRUSTED_PROXIES,
    auth: { issuer: parsed.AUTH_ISSUER, audience: parsed.AUTH_AUDIENCE, jwks: parsed.AUTH_JWKS, jwksUrl: parsed.AUTH_JWKS_URL, credentialCacheSeconds: parsed.CREDENTIAL_CACHE_SECONDS },
    limits: {
      maxDepth: parsed.MAX_DEPTH,
      maxAliases: parsed.MAX_ALIASES,
      maxTokens: parsed.MAX_TOKENS,
      maxCost: parsed.MAX_COST,
      maxBodyBytes: parsed.MAX_BODY_BYTES,
      requestsPerMinute: parsed.RATE_LIMIT_PER_MINUTE,
      authenticationFailuresPerMinute: parsed.AUTH_FAILURES_PER_MINUTE,
    },
    rateLimitStore: { redisUrl: parsed.REDIS_URL, keyPrefix: parsed.RATE_LIMIT_KEY_PREFIX },
    metrics: parsed.METRICS_PORT === undefined ? undefined : { host: parsed.METRICS_HOST ?? parsed.HOST, port: parsed.METRICS_PORT },
    logLevel: parsed.LOG_LEVEL,
  };
}
