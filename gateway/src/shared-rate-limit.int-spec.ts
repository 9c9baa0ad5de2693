// Several gateway replicas behind a load balancer hold one rate limit between them when their
// counters live in Redis; without Redis each would allow the whole budget on its own. A Redis
// that does not answer leaves each replica limiting in memory, and says so.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '@pass-numerique/service-kit';
import { unusedPort } from '@pass-numerique/testing';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { startGateway, type RunningGateway } from './gateway';

const redisUrl = process.env.PN_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const keyPrefix = `pn-test-rate-${randomBytes(4).toString('hex')}`;

/** Sixty a minute: a burst of ten, then one a second. Subgraphs are never reached: `{ __typename }` is answered by the gateway. */
async function gatewayConfig(env: Record<string, string>): Promise<GatewayConfig> {
  const nowhere = `http://127.0.0.1:${await unusedPort()}/graphql`;
  const config = loadGatewayConfig({
    INTERNAL_IDENTITY_SECRET: 'test-only-secret-that-is-long-enough-0123456789',
    GATEWAY_MODE: 'development',
    FUNDING_URL: nowhere,
    PASSES_URL: nowhere,
    PARTNERS_URL: nowhere,
    TERRITORY_URL: nowhere,
    RATE_LIMIT_PER_MINUTE: '60',
    TRUSTED_PROXIES: '127.0.0.1',
    METRICS_PORT: '0',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return { ...config, port: 0 };
}

async function status(gateway: RunningGateway, visitor: string): Promise<number> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': visitor },
    body: JSON.stringify({ query: 'query Hello { __typename }' }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Requests sent in turn to each gateway, as a round-robin load balancer would; how many got through. */
/** One sample of the gateway's /metrics (0 when the series is absent). */
async function metric(gateway: RunningGateway, series: string): Promise<number> {
  const text = await (await fetch(gateway.metricsUrl!)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.split(' ').at(-1));
}

async function allowedThroughRoundRobin(gateways: RunningGateway[], visitor: string, requests: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < requests; i++) if ((await status(gateways[i % gateways.length], visitor)) !== 429) allowed++;
  return allowed;
}

describe('a rate limit shared by every gateway replica', () => {
  const running: RunningGateway[] = [];
  const start = async (env: Record<string, string>, logger?: Logger) => {
    const gateway = await startGateway(await gatewayConfig(env), { logger });
    running.push(gateway);
    return gateway;
  };

  afterAll(async () => {
    for (const gateway of running) await gateway.stop();
    const redis = new Redis(redisUrl);
    try {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  it('holds one budget across two gateways sharing Redis, where two gateways in memory allow it twice', async () => {
    const shared = { REDIS_URL: redisUrl, RATE_LIMIT_KEY_PREFIX: keyPrefix };
    const replicas = [await start(shared), await start(shared)];
    // A burst of ten, and at most one refill a second while the requests go.
    const throughShared = await allowedThroughRoundRobin(replicas, '198.51.100.1', 24);
    expect(throughShared).toBeGreaterThanOrEqual(10);
    expect(throughShared).toBeLessThanOrEqual(13);
    // Each gateway counts the refusals it answered, and the operations it let through by name.
    const refusals = await Promise.all(replicas.map((g) => metric(g, 'pn_rate_limit_refusals_total{limiter="requests",service="gateway"}')));
    expect(refusals[0] + refusals[1]).toBe(24 - throughShared);
    const answered = await Promise.all(replicas.map((g) => metric(g, 'pn_graphql_requests_total{operation="Hello",outcome="ok",service="gateway"}')));
    expect(answered[0] + answered[1]).toBe(throughShared);
    expect(await metric(replicas[0], 'pn_rate_limit_redis_up{service="gateway"}')).toBe(1);
    expect(await metric(replicas[0], 'nodejs_eventloop_lag_seconds')).toBeGreaterThan(0);

    const apart = [await start({}), await start({})];
    expect(await allowedThroughRoundRobin(apart, '198.51.100.1', 24)).toBeGreaterThanOrEqual(20);
  });

  it('counts each visitor behind a trusted proxy by their own address, on every replica', async () => {
    const shared = { REDIS_URL: redisUrl, RATE_LIMIT_KEY_PREFIX: keyPrefix };
    const [a, b] = [await start(shared), await start(shared)];
    await allowedThroughRoundRobin([a, b], '198.51.100.2', 14);
    expect(await status(a, '198.51.100.2')).toBe(429);
    expect(await status(b, '198.51.100.2')).toBe(429);
    expect(await status(b, '198.51.100.3')).toBe(200);
  });

  it('keeps limiting in memory, and says so, while Redis does not answer', async () => {
    const warnings: string[] = [];
    const logger: Logger = { debug: () => undefined, info: () => undefined, error: () => undefined, warn: (message) => warnings.push(message) };
    const gateway = await start({ REDIS_URL: `redis://127.0.0.1:${await unusedPort()}`, RATE_LIMIT_KEY_PREFIX: keyPrefix }, logger);
    const allowed = await allowedThroughRoundRobin([gateway], '198.51.100.4', 14);
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(12);
    expect(warnings.some((w) => /Redis unreachable/.test(w))).toBe(true);
    expect(await metric(gateway, 'pn_rate_limit_memory_fallbacks_total{limiter="requests",service="gateway"}')).toBeGreaterThanOrEqual(14);
    expect(await metric(gateway, 'pn_rate_limit_redis_up{service="gateway"}')).toBe(0);
  });
});
