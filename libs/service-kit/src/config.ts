// Configuration is read once, at start-up, from an environment object, and validated whole:
// a bad start lists every wrong variable at once instead of failing on the first.
import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type Env = Record<string, string | undefined>;

export function parseEnv<S extends z.ZodTypeAny>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const variable = issue.path.join('.') || '(environment)';
        const value = env[variable];
        return value === undefined ? `${variable}: missing (${issue.message})` : `${variable}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

export const envPort = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);
export const envUrl = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
/** One URL or a comma-separated list of them (a cluster's members); every entry is checked. */
export const envUrlList = (protocols: string[]) =>
  z.string().superRefine((value, context) => {
    const entries = value.split(',').map((entry) => entry.trim());
    if (entries.every((entry) => entry === '')) return void context.addIssue({ code: z.ZodIssueCode.custom, message: 'must name at least one server' });
    for (const entry of entries.filter((e) => e !== '')) {
      if (!envUrl(protocols).safeParse(entry).success) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: `"${entry}" must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` });
      }
    }
  });
export const envSecret = z.string().min(32, 'must be at least 32 characters');
export const envPrefix = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,30}$/, 'must be lowercase letters, digits or _ (it prefixes subjects and stream names)');

/** The variables every subgraph service reads; each service adds its own. */
export const serviceEnvSchema = (defaultPort: number) =>
  z.object({
    PORT: envPort(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: envUrl(['postgres:', 'postgresql:']),
    NATS_URL: envUrlList(['nats:', 'tls:']),
    EVENT_PREFIX: envPrefix.default('pn'),
    EVENT_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
    INTERNAL_IDENTITY_SECRET: envSecret,
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  });

export interface ServiceConfig {
  service: string;
  port: number;
  host: string;
  /** The service's own database: DATABASE_URL with the database name replaced by `passnum_<service>` (unless the URL names it). */
  databaseUrl: string;
  /** NATS_URL: one server, or a comma-separated list of a cluster's members. */
  natsUrl: string;
  eventPrefix: string;
  /** Copies of each event stream in the NATS cluster (EVENT_STREAM_REPLICAS): 3 in production, 1 on a single server. */
  streamReplicas?: number;
  internalIdentitySecret: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** `DATABASE_URL` points at a server; each service owns one database on it, named after the service. */
export function serviceDatabaseUrl(baseUrl: string, service: string, override?: string): string {
  if (override) return override;
  const url = new URL(baseUrl);
  url.pathname = `/passnum_${service}`;
  return url.toString();
}

/**
 * Reads the shared variables plus a service's own (`extra`) in one pass, so that every wrong
 * variable is reported together.
 */
export function loadServiceConfig<Extra extends z.ZodRawShape = {}>(
  service: string,
  defaultPort: number,
  env: Env,
  extra: Extra = {} as Extra,
): ServiceConfig & { own: z.infer<z.ZodObject<Extra>> } {
  const upper = service.toUpperCase();
  const parsed = parseEnv(serviceEnvSchema(defaultPort).extend(extra), {
    ...env,
    // A service-specific variable (FUNDING_PORT, FUNDING_DATABASE_URL) wins over the shared one.
    PORT: env[`${upper}_PORT`] ?? env.PORT,
    DATABASE_URL: env[`${upper}_DATABASE_URL`] ?? env.DATABASE_URL,
  }) as Record<string, any>;
  const own = Object.fromEntries(Object.keys(extra).map((key) => [key, parsed[key]])) as z.infer<z.ZodObject<Extra>>;
  return {
    service,
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: serviceDatabaseUrl(parsed.DATABASE_URL, service, env[`${upper}_DATABASE_URL`]),
    natsUrl: parsed.NATS_URL,
    eventPrefix: parsed.EVENT_PREFIX,
    streamReplicas: parsed.EVENT_STREAM_REPLICAS,
    internalIdentitySecret: parsed.INTERNAL_IDENTITY_SECRET,
    logLevel: parsed.LOG_LEVEL,
    own,
  };
}

/** LOAD_DEMO_DATA: every service loads its own part of the demo programme when it is "true". */
export const demoDataFlag = { LOAD_DEMO_DATA: z.enum(['true', 'false']).default('false') };
