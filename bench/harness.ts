// What every benchmark's main file shares: how it runs to its end, and the gateway's subgraph
// addresses when the benchmark starts only some of the platform's services.
import { SERVICE_NAMES } from '@pass-numerique/platform-manifest';

/** An address nobody answers (the discard port): a subgraph the benchmark never calls. */
const NOWHERE = 'http://127.0.0.1:9/graphql';

/** The gateway's address for every service of the platform: the running ones given, the others nowhere. */
export function subgraphUrlsFor(running: Record<string, string>): Record<string, string> {
  return Object.fromEntries(SERVICE_NAMES.map((name) => [name, running[name] ?? NOWHERE]));
}

/**
 * Runs a benchmark's main, then exits with its outcome: the pools, NATS connections and child
 * processes it leaves behind would otherwise keep the process alive, or hide a failure.
 */
export function runBenchmark(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
