// The Kubernetes manifests cannot be applied here (no cluster): they are checked offline. Every
// document against the schema of its kind and the platform's rules (kubernetes-check.mjs, which
// operators can run too), and every container's environment against the real configuration
// loader of what it runs — ConfigMap, example secrets and its own variables, as the kubelet would
// assemble them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { PLATFORM_SERVICES, SERVICE_NAMES } from '@pass-numerique/platform-manifest';
import { tracesExporters } from '@pass-numerique/service-kit';
import { configLoaderOf } from './platform-services';

const root = join(__dirname, '..', '..');
const folder = join(root, 'deploy', 'kubernetes');

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string>; stringData?: Record<string, string> };
type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } } };

function check(dir: string): { status: number | null; report: { documents: Array<{ kind: string; name: string }>; problems: Array<{ name?: string; problem: string }> } } {
  const run = spawnSync(process.execPath, [join(root, 'tools', 'platform', 'kubernetes-check.mjs'), dir], { encoding: 'utf8', cwd: root });
  return { status: run.status, report: JSON.parse(run.stdout) };
}

const manifests: Manifest[] = ['10-config.yaml', '11-secrets.example.yaml', '40-services.yaml', '50-gateway.yaml', '70-otel-collector.yaml'].flatMap((file) =>
  parseAllDocuments(readFileSync(join(folder, file), 'utf8'))
    .map((d) => d.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null),
);
const configMap = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'platform-config')!;
const secrets = manifests.find((m) => m.kind === 'Secret' && m.metadata.name === 'platform-secrets')!;
const deployment = (name: string) => manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === name)!;

/** A container's environment as the kubelet assembles it; CloudNativePG's generated URI stands in for its secret. */
function environmentOf(name: string): Record<string, string> {
  const container = deployment(name).spec.template.spec.containers[0];
  const env: Record<string, string> = {};
  for (const from of container.envFrom ?? []) if (from.configMapRef?.name === 'platform-config') Object.assign(env, configMap.data);
  for (const variable of (container.env ?? []) as EnvVar[]) {
    const ref = variable.valueFrom?.secretKeyRef;
    if (variable.value !== undefined) env[variable.name] = variable.value;
    else if (ref?.name === 'platform-secrets') env[variable.name] = secrets.stringData![ref.key];
    else if (ref?.name === 'pass-numerique-pg-app' && ref.key === 'uri') env[variable.name] = 'postgresql://app:generated@pass-numerique-pg-rw.pass-numerique:5432/app';
    else throw new Error(`${name}: ${variable.name} comes from somewhere this check does not know`);
  }
  return env;
}

describe('the Kubernetes manifests', () => {
  it('are valid for their kinds and follow the platform rules: probes, resources, two replicas and a disruption budget for every service', () => {
    const { status, report } = check(folder);
    expect(report.problems).toEqual([]);
    expect(status).toBe(0);
    const kinds = report.documents.map((d) => `${d.kind} ${d.name}`);
    for (const expected of ['Cluster pass-numerique-pg', 'Pooler pass-numerique-pg-pooler-rw', 'HorizontalPodAutoscaler gateway', 'Deployment otel-collector', 'Deployment redis']) {
      expect(kinds).toContain(expected);
    }
    for (const name of [...SERVICE_NAMES, 'gateway']) {
      expect(kinds).toEqual(expect.arrayContaining([`Deployment ${name}`, `Service ${name}`, `PodDisruptionBudget ${name}`]));
    }
  });

  it('fail the check when a manifest is wrong, naming what is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-k8s-'));
    try {
      cpSync(folder, dir, { recursive: true });
      const services = readFileSync(join(dir, '40-services.yaml'), 'utf8');
      // A port written as a name where a number is required, and a service down to one replica.
      writeFileSync(join(dir, '40-services.yaml'), services.replace('containerPort: 4002', "containerPort: 'passes'").replace(/replicas: 2/, 'replicas: 1'));
      const { status, report } = check(dir);
      expect(status).toBe(1);
      expect(report.problems.map((p) => `${p.name}: ${p.problem}`)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^passes: .*containerPort must be integer/), 'funding: fewer than two replicas']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fail the check when a service of the platform manifest is not deployed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pn-k8s-'));
    try {
      cpSync(folder, dir, { recursive: true });
      const [first] = SERVICE_NAMES;
      const documents = parseAllDocuments(readFileSync(join(dir, '40-services.yaml'), 'utf8')).map((d) => d.toJS() as Manifest | null);
      const others = documents.filter((m): m is Manifest => m !== null && m.metadata.name !== first);
      writeFileSync(join(dir, '40-services.yaml'), others.map((m) => stringify(m)).join('---\n'));
      const { status, report } = check(dir);
      expect(status).toBe(1);
      expect(report.problems.map((p) => `${p.name}: ${p.problem}`)).toEqual([
        `${first}: a service of the platform manifest has no Deployment`,
        `${first}: a service of the platform manifest has no Service`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("give each service an environment its configuration loader accepts, on the port its Service and probes use", async () => {
    for (const platformService of PLATFORM_SERVICES) {
      const { name } = platformService;
      const config = (await configLoaderOf(platformService))(environmentOf(name));
      const container = deployment(name).spec.template.spec.containers[0];
      expect({ name, port: config.port }).toEqual({ name, port: container.ports[0].containerPort });
      expect(config.loadDemoData).toBe(false);
      const service = parseAllDocuments(readFileSync(join(folder, '40-services.yaml'), 'utf8'))
        .map((d) => d.toJS() as Manifest)
        .find((m) => m.kind === 'Service' && m.metadata.name === name)!;
      expect(service.spec.ports[0].port).toBe(config.port);
    }
  });

  it('give the gateway an environment its loader accepts, pointing at each service', async () => {
    const { loadGatewayConfig } = await import('@pass-numerique/gateway');
    const config = loadGatewayConfig(environmentOf('gateway'));
    expect(config.subgraphUrls).toEqual(Object.fromEntries(PLATFORM_SERVICES.map(({ name, port }) => [name, `http://${name}:${port}/graphql`])));
  });

  it('keep every event on three NATS servers: a JetStream cluster of three and streams with three replicas', () => {
    const values = parse(readFileSync(join(folder, 'helm', 'nats-values.yaml'), 'utf8'));
    expect(values.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    expect(values.config.jetstream).toMatchObject({ enabled: true, fileStore: { enabled: true } });
    expect(configMap.data!.EVENT_STREAM_REPLICAS).toBe('3');
    expect(configMap.data!.NATS_URL.split(',')).toHaveLength(3);
  });

  it('send every process\'s traces to the collector, which takes OTLP over HTTP and has a traces pipeline', () => {
    const collectorService = manifests.find((m) => m.kind === 'Service' && m.metadata.name === 'otel-collector')!;
    const otlpPort = collectorService.spec.ports.find((p: { name: string }) => p.name === 'otlp-http').port;
    for (const name of [...SERVICE_NAMES, 'gateway']) {
      const env = environmentOf(name);
      expect({ name, exporters: tracesExporters(env) }).toEqual({ name, exporters: ['otlp'] });
      expect({ name, endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT }).toEqual({ name, endpoint: `http://otel-collector:${otlpPort}` });
    }
    const collectorConfig = parse(manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'otel-collector')!.data!['collector.yaml']);
    expect(collectorConfig.receivers.otlp.protocols.http.endpoint).toBe(`0.0.0.0:${otlpPort}`);
    expect(collectorConfig.service.pipelines.traces.receivers).toContain('otlp');
  });
});
