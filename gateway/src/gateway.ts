// The single GraphQL endpoint: @apollo/gateway on the committed, offline-composed supergraph,
// with authentication, limits (body size, depth, aliases, tokens, cost, rate) and error masking
// in front of it. Everything over a limit is refused here, before any subgraph is called.
import { createHmac } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ANONYMOUS, createLogger, graphqlMetricsPlugin, graphqlTracingPlugin, HttpRefusal, IdentitySigner, startHttpServer, startMetricsServer, type Logger } from '@pass-numerique/service-kit';
import supergraphSdl from '../supergraph.graphql';
import type { GatewayConfig } from './config';
import { isAnonymous, type GatewayContext } from './gateway-context';
import { clientAddress, trustedProxies } from './client-address';
import { SignedDataSource } from './signed-data-source';
import { subgraphFetcher } from './subgraph-fetcher';
import { documentForwarding } from './document-forwarding';
import { createGatewayErrorFormatter } from './error-masking';
import { Authenticator } from './authentication';
import { openRateLimitStore, RateLimiter } from './rate-limiter';
import { GatewayMetrics } from './gateway-metrics';
import { introspectionGuard } from './introspection-guard';
import { operationResolution } from './operation-resolution';
import { variableCoercion } from './variable-coercion';
import type { SubgraphName } from './supergraph/compose';

export interface RunningGateway {
  url: string;
  port: number;
  /** Where Prometheus scrapes this gateway (METRICS_PORT); undefined when it is not set. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

function tooManyRequests(retryAfterSeconds: number): HttpRefusal {
  return new HttpRefusal(429, 'RATE_LIMITED', `too many requests; retry in ${retryAfterSeconds} s`, { 'retry-after': String(retryAfterSeconds) });
}

export async function startGateway(config: GatewayConfig, options: { logger?: Logger; supergraph?: string } = {}): Promise<RunningGateway> {
  // Read in the constructor: must be set before ApolloGateway exists (ARCHITECTURE.md, trap 1).
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const logger = options.logger ?? createLogger('gateway', config.logLevel);
  const signer = new IdentitySigner(config.internalIdentitySecret);
  const visitorKey = (address: string) => createHmac('sha256', config.internalIdentitySecret).update(`visitor:${address}`).digest('hex').slice(0, 20);
  const authenticator = new Authenticator({ ...config.auth, partnersUrl: config.subgraphUrls.partners }, signer);
  const metrics = new GatewayMetrics();
  const rateLimitStore = await openRateLimitStore({
    ...config.rateLimitStore,
    onFallback: (limiter) => metrics.decidedInMemory(limiter),
    onRedisStatus: (status, error) => {
      metrics.redisStatus(status);
      if (status === 'up') logger.info('rate limits shared through Redis');
      else logger.warn('Redis unreachable: rate limits held per gateway in memory until it is back', { error: error === undefined ? undefined : String(error) });
    },
  });
  const rateLimiter = new RateLimiter({ name: 'requests', perMinute: config.limits.requestsPerMinute, store: rateLimitStore });
  // Failed authentications per client address, counted before anything is verified: a flood of
  // forged tokens or random keys costs an ES256 check or a partners call each until it is stopped.
  const failedAuthentications = new RateLimiter({ name: 'authentication-failures', perMinute: config.limits.authenticationFailuresPerMinute, store: rateLimitStore });
  const proxies = trustedProxies(config.trustedProxies);
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    // Tokens are limited by the parser itself (parseOptions below): armor's token plugin re-parses
    // in a plugin hook, so every syntax error and an overflowing document became a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.limits.maxCost },
    maxDirectives: { n: 50 },
    // "Did you mean …?" would map the schema for anyone probing it.
    blockFieldSuggestion: { enabled: config.mode === 'production' },
  }).protect();

  const fetcher = subgraphFetcher(config.subgraphTimeoutMs);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraph ?? supergraphSdl,
    buildService: ({ name }) => new SignedDataSource(config.subgraphUrls[name as SubgraphName], signer, fetcher, name),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createGatewayErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The process owns its signals (runProcess): Apollo's own handler would race the graceful stop.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [ApolloServerPluginLandingPageDisabled(), graphqlMetricsPlugin(metrics.service), graphqlTracingPlugin(), operationResolution(), variableCoercion({ hideSuggestions: config.mode === 'production' }), ...armor.plugins, ...(config.mode === 'production' ? [introspectionGuard()] : [])],
  });
  await apollo.start();
  // Upload and download links of documents: anonymous callers (the link is the capability), under the address's rate limit.
  const documents = documentForwarding({
    partnersUrl: config.subgraphUrls.partners,
    signer,
    timeoutMs: config.subgraphTimeoutMs,
    admit: async (req) => {
      const address = clientAddress(req, proxies);
      const decision = await rateLimiter.take(`ip:${address}`);
      if (!decision.allowed) {
        metrics.refused(rateLimiter.name);
        return tooManyRequests(decision.retryAfterSeconds);
      }
      return { ...ANONYMOUS, subject: `anonymous@${visitorKey(address)}` };
    },
  });
  const http = await startHttpServer({
    apollo,
    host: config.host,
    port: config.port,
    maxBodyBytes: config.limits.maxBodyBytes,
    routes: documents.routes,
    context: async (req) => {
      const address = clientAddress(req, proxies);
      // Credentials not seen before take a failure from the address's bucket before they are
      // checked (so that a flood of concurrent ones is bounded too) and give it back when valid;
      // requests sharing one token's verification in flight take nothing.
      const unheardCredentials = (req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined) && !authenticator.isKnown(req);
      if (unheardCredentials) {
        const decision = await failedAuthentications.take(address);
        if (!decision.allowed) {
          metrics.refused(failedAuthentications.name);
          return tooManyRequests(decision.retryAfterSeconds);
        }
      }
      let identity;
      try {
        identity = await authenticator.authenticate(req);
      } catch (error) {
        if (unheardCredentials) await failedAuthentications.giveBack(address);
        logger.warn('authentication unavailable', { error: String(error) });
        return new HttpRefusal(503, 'AUTHENTICATION_UNAVAILABLE', 'credentials cannot be checked right now; retry shortly', { 'retry-after': '5' });
      }
      if (identity instanceof HttpRefusal) return identity;
      if (unheardCredentials) await failedAuthentications.giveBack(address);
      const decision = await rateLimiter.take(isAnonymous(identity) ? `ip:${address}` : `id:${identity.subject}`);
      if (!decision.allowed) {
        metrics.refused(rateLimiter.name);
        return tooManyRequests(decision.retryAfterSeconds);
      }
      // Anonymous visitors are told apart by address: a subgraph's per-caller limits (passes' guess
      // throttle on myPass) then hold per visitor instead of for the whole public at once. The
      // address itself never leaves the gateway (subgraphs keep subjects in their throttle and audit
      // tables): a keyed hash of it does.
      return { identity: identity === ANONYMOUS ? { ...ANONYMOUS, subject: `anonymous@${visitorKey(address)}` } : identity };
    },
  });
  // A request that trickles in more slowly than this is cut (slow-loris), whatever it carries.
  http.server.requestTimeout = 30_000;
  http.server.headersTimeout = 10_000;
  const metricsServer = config.metrics ? await startMetricsServer(metrics.service, config.metrics.host, config.metrics.port) : undefined;
  logger.info('gateway ready', { url: http.url, mode: config.mode, metrics: metricsServer?.url });
  return {
    url: http.url,
    port: http.port,
    metricsUrl: metricsServer?.url,
    stop: async () => {
      await metricsServer?.close();
      await http.close();
      await apollo.stop();
      await fetcher.close();
      await documents.close();
      await rateLimitStore.close();
    },
  };
}
