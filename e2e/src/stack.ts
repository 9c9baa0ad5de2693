// The whole platform in one process for end-to-end tests: the four subgraphs on throwaway
// databases sharing one throwaway event prefix, and the gateway in front of them.
import { startFundingService } from '@pass-numerique/funding-service';
import { startPassesService } from '@pass-numerique/passes-service';
import { startPartnersService } from '@pass-numerique/partners-service';
import { startTerritoryService } from '@pass-numerique/territory-service';
import { DEFAULT_LIMITS, startGateway, type GatewayLimits, type RunningGateway } from '@pass-numerique/gateway';
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
const STARTERS: Record<'funding' | 'passes' | 'partners' | 'territory', Starter> = {
  funding: startFundingService,
  passes: startPassesService,
  partners: startPartnersService,
  territory: startTerritoryService,
};
export type ServiceName = keyof typeof STARTERS;

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
  const configs = {} as Record<ServiceName, any>;
  const services = {} as Stack['services'];
  for (const name of Object.keys(STARTERS) as ServiceName[]) {
    configs[name] = { ...testServiceConfig(name, { eventPrefix: prefix }), loadDemoData: options.loadDemoData?.[name] ?? true };
  }
  // Started one after the other: each creates its database and runs migrations; ports are then fixed for restarts.
  for (const name of Object.keys(STARTERS) as ServiceName[]) {
    const running = await STARTERS[name](configs[name]);
    services[name] = running;
    configs[name].port = Number(new URL(running.url).port);
  }
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s!.url])) as any,
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
      services[name] = await STARTERS[name](configs[name]);
    },
    async stop() {
      await gateway.stop();
      for (const name of Object.keys(services) as ServiceName[]) await services[name]?.stop();
      for (const name of Object.keys(configs) as ServiceName[]) await dropDatabase(configs[name].databaseUrl);
      await deleteTestStreams(prefix);
    },
  };
}
