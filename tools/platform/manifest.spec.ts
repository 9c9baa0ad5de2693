// The platform manifest (libs/platform-manifest/src/services.json) is the one list of the
// platform's services that the gateway, the event streams, npm start and build, the deployment
// checks, the resilience harness and the end-to-end stack read: it must describe the repository
// as it is. docker-compose.spec.ts and kubernetes.spec.ts check that the deployments run each
// listed service.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PLATFORM_SERVICES, SERVICE_NAMES } from '@pass-numerique/platform-manifest';
import { loadGatewayConfig } from '@pass-numerique/gateway';
import { configLoaderOf, servicePackage } from './platform-services';

const root = join(__dirname, '..', '..');
const servicesDir = join(root, 'services');
/** What every loader requires; the rest has defaults. */
const MINIMAL_ENV = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres', NATS_URL: 'nats://127.0.0.1:4222', INTERNAL_IDENTITY_SECRET: 'x'.repeat(32) };
const byName = PLATFORM_SERVICES.map((service) => [service.name, service] as const);

const duplicates = (values: unknown[]) => values.filter((value, index) => values.indexOf(value) !== index);

describe('the platform manifest', () => {
  it('lists every folder of services/, and nothing else', () => {
    const folders = readdirSync(servicesDir).filter((name) => statSync(join(servicesDir, name)).isDirectory());
    expect([...SERVICE_NAMES].sort()).toEqual(folders.sort());
  });

  it('names each service, port and variable once, and no port of the gateway', () => {
    const gatewayPort = loadGatewayConfig({ INTERNAL_IDENTITY_SECRET: MINIMAL_ENV.INTERNAL_IDENTITY_SECRET }).port;
    expect(duplicates(PLATFORM_SERVICES.map((s) => s.name))).toEqual([]);
    expect(duplicates([...PLATFORM_SERVICES.map((s) => s.port), gatewayPort])).toEqual([]);
    expect(duplicates(PLATFORM_SERVICES.flatMap((s) => [s.portVariable, s.urlVariable]))).toEqual([]);
  });

  it.each(byName)('%s: a service project, its entry in its folder, the bundle the images run, its schema', (name, service) => {
    const folder = join('services', name);
    const project = JSON.parse(readFileSync(join(root, folder, 'project.json'), 'utf8')) as { tags?: string[] };
    expect(project.tags).toContain('type:service');
    expect(existsSync(join(root, service.entry))).toBe(true);
    expect(dirname(dirname(service.entry))).toBe(folder);
    // The Dockerfile runs dist/$APP/main.js, APP being the service's folder.
    expect(service.bundle).toBe(join('dist', folder, 'main.js'));
    expect(existsSync(join(root, folder, 'src', 'schema.graphql'))).toBe(true);
  });

  it.each(byName)('%s: its package exports the configuration loader and the starter the manifest names', async (name, service) => {
    const exported = await servicePackage(service);
    expect({ name, loadConfig: typeof exported[service.loadConfig], start: typeof exported[service.start] }).toEqual({ name, loadConfig: 'function', start: 'function' });
  });

  it.each(byName)('%s: listens on the manifest port unless its portVariable says otherwise', async (_name, service) => {
    const load = await configLoaderOf(service);
    expect(load(MINIMAL_ENV).port).toBe(service.port);
    expect(load({ ...MINIMAL_ENV, [service.portVariable]: '5999' }).port).toBe(5999);
  });

  it("points the gateway at each service's manifest port by default, and at its urlVariable when set", () => {
    const defaults = loadGatewayConfig({ INTERNAL_IDENTITY_SECRET: MINIMAL_ENV.INTERNAL_IDENTITY_SECRET }).subgraphUrls;
    expect(defaults).toEqual(Object.fromEntries(PLATFORM_SERVICES.map(({ name, port }) => [name, `http://127.0.0.1:${port}/graphql`])));
    const moved = loadGatewayConfig({ INTERNAL_IDENTITY_SECRET: MINIMAL_ENV.INTERNAL_IDENTITY_SECRET, ...Object.fromEntries(PLATFORM_SERVICES.map(({ name, urlVariable }) => [urlVariable, `http://${name}.internal:8080/graphql`])) });
    expect(moved.subgraphUrls).toEqual(Object.fromEntries(PLATFORM_SERVICES.map(({ name }) => [name, `http://${name}.internal:8080/graphql`])));
  });
});
