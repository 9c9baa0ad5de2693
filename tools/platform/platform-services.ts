// What the repository's checks need of each service of the platform manifest: its package
// (@pass-numerique/<name>-service, resolved by the jest preset) and the configuration loader the
// manifest names in it.
import type { PlatformService } from '@pass-numerique/platform-manifest';
import type { Env, ServiceConfig } from '@pass-numerique/service-kit';

export type ConfigLoader = (env: Env) => ServiceConfig & { loadDemoData: boolean };

export function servicePackage(service: PlatformService): Promise<Record<string, unknown>> {
  return import(`@pass-numerique/${service.name}-service`);
}

export async function configLoaderOf(service: PlatformService): Promise<ConfigLoader> {
  const loader = (await servicePackage(service))[service.loadConfig];
  if (typeof loader !== 'function') throw new Error(`@pass-numerique/${service.name}-service exports no function ${service.loadConfig} (the platform manifest's loadConfig)`);
  return loader as ConfigLoader;
}
