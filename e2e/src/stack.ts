// The whole platform in one process for end-to-end tests: every service of the platform manifest
// on a throwaway database, all sharing one throwaway event prefix, and the gateway in front of them.
import { DEFAULT_LIMITS, startGateway, type GatewayLimits, type RunningGateway } from '@pass-numerique/gateway';
import { PLATFORM_SERVICES, type PlatformService } from '@pass-numerique/platform-manifest';
import {
  deleteTestStreams,
  dropDatabase,
  postGraphQL,
  TEST_IDENTITY_SECRET,
  TEST_TOKEN_AUDIENCE,
  TEST_TOKEN_ISSUER,
  testEventPrefix,
  testPeopleKeys,
  testServiceConfig,
} from '@pass-numerique/testing';

type Starter = (config: any) => Promise<{ url: string; stop(): Promise<void>; dataSource: { query(sql: string, params?: unknown[]): Promise<any> } }>;
export type ServiceName = string;

/** The function the manifest names in the service's package (@pass-numerique/<name>-service). */
async function starterOf(service: PlatformService): Promise<Starter> {
  const exported: Record<string, unknown> = await import(`@pass-numerique/${service.name}-service`);
  return exported[service.start] as Starter;
}

export interface Stack {
  gateway: RunningGateway;
  services: Record<ServiceName, Awaited<ReturnType<Starter>> | undefined>;
  configs: Record<ServiceName, any>;
  /** A GraphQL call through the gateway; anonymous unless headers carry a token or key. */
  query<Data = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof postGraphQL<Data>>;
  /** Stops one service (as a crash or a deploy would), keeping its database. */
  stopService(name: ServiceName): Promise<void>;
  /** Starts it again on the same database and port. */
  restartService(name: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export async function startStack(options: { loadDemoData?: Partial<Record<ServiceName, boolean>>; limits?: Partial<GatewayLimits> } = {}): Promise<Stack> {
  const prefix = testEventPrefix();
  const starters: Record<ServiceName, Starter> = {};
  const configs: Record<ServiceName, any> = {};
  const services: Stack['services'] = {};
  for (const service of PLATFORM_SERVICES) {
    starters[service.name] = await starterOf(service);
    configs[service.name] = { ...testServiceConfig(service.name, { eventPrefix: prefix }), loadDemoData: options.loadDemoData?.[service.name] ?? true };
  }
  // Started one after the other: each creates its database and runs migrations; ports are then fixed for restarts.
  for (const { name } of PLATFORM_SERVICES) {
    const running = await starters[name](configs[name]);
    services[name] = running;
    configs[name].port = Number(new URL(running.url).port);
  }
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s!.url])),
    internalIdentitySecret: TEST_IDENTITY_SECRET,
    subgraphTimeoutMs: 5_000,
    trustedProxies: [],
    mode: 'production',
    auth: { issuer: TEST_TOKEN_ISSUER, audience: TEST_TOKEN_AUDIENCE, jwks: (await testPeopleKeys()).jwks, credentialCacheSeconds: 1 },
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    logLevel: 'silent',
  });
  return {
    gateway,
    services,
    configs,
    query: (query, variables = {}, headers = {}) => postGraphQL(gateway.url, query, variables, headers),
    async stopService(name) {
      await services[name]?.stop();
      services[name] = undefined;
    },
    async restartService(name) {
      services[name] = await starters[name](configs[name]);
    },
    async stop() {
      await gateway.stop();
      for (const name of Object.keys(services) as ServiceName[]) await services[name]?.stop();
      for (const name of Object.keys(configs) as ServiceName[]) await dropDatabase(configs[name].databaseUrl);
      await deleteTestStreams(prefix);
    },
  };
}
