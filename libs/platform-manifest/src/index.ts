// The platform's services, listed once in services.json: TypeScript reads them here, the
// CommonJS and ES-module tools (jest preset, npm start and build, the deployment checks) read the
// JSON file itself. tools/platform/manifest.spec.ts keeps the list and the repository in agreement.
import manifest from './services.json';

export interface PlatformService {
  /** The folder under services/, the event subjects' and streams' name, the subgraph's name in the supergraph. */
  name: string;
  /** Where the service listens unless its portVariable says otherwise (and where the gateway looks for it by default). */
  port: number;
  portVariable: string;
  /** The gateway's variable for the service's GraphQL address. */
  urlVariable: string;
  /** The composition root its bundle is built from. */
  entry: string;
  /** The bundle `npm run build` writes from `entry`, which `npm start`, the images and the resilience campaigns run. */
  bundle: string;
  /** What the service's package (@pass-numerique/<name>-service) exports to read its configuration from an environment… */
  loadConfig: string;
  /** …and to start it with that configuration. */
  start: string;
}

/** In start order. */
export const PLATFORM_SERVICES: readonly PlatformService[] = manifest.services;
export const SERVICE_NAMES: readonly string[] = PLATFORM_SERVICES.map((service) => service.name);
