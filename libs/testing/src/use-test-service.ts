// One line for what every integration test of a service needs: the service started on a throwaway
// database and event prefix before the file's tests, stopped and its database and streams removed
// after them.
import type { ServiceConfig } from '@pass-numerique/service-kit';
import { deleteTestStreams, dropDatabase, testServiceConfig } from './test-environment';

export interface TestService<Config, Running> {
  /** The configuration the service was started with (its database URL, event prefix …). */
  readonly config: Config;
  /**
   * The running service, from the file's first test on. A stand-in until then, so that it can be
   * named at the top of the file: `const { service } = useTestService(…)`.
   */
  readonly service: Running;
}

/**
 * Starts `start(config)` in a `beforeAll` and tears it down in an `afterAll` of the calling file
 * (or `describe` block). `overrides` are the service's own settings (`loadDemoData`, keys, …) on
 * top of the test environment's; `options` are passed to `start` as its second argument.
 */
export function useTestService<Config extends ServiceConfig, Running extends { stop(): Promise<void> }, Options = undefined>(
  name: string,
  start: (config: Config, options?: Options) => Promise<Running>,
  overrides: Partial<Config> & Record<string, unknown> = {},
  options?: Options,
): TestService<Config, Running> {
  const config = { ...testServiceConfig(name), ...overrides } as Config;
  let running: Running | undefined;
  const service = new Proxy({} as object, {
    get(_, property) {
      if (!running) throw new Error(`the ${name} service is used before its tests started (useTestService starts it in beforeAll)`);
      const value = Reflect.get(running, property, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
    has: (_, property) => running !== undefined && property in running,
  }) as Running;

  beforeAll(async () => {
    running = await start(config, options);
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
    await dropDatabase(config.databaseUrl);
    await deleteTestStreams(config.eventPrefix);
  }, 60_000);
  return { config, service };
}
