// What every benchmark's main file shares: how it runs to its end, its child processes, and the
// gateway's subgraph addresses when the benchmark starts only some of the platform's services.
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { randomUUID } from 'node:crypto';
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

export type RoleMessage = { type: string; id?: string; replyTo?: string; error?: unknown; [key: string]: unknown };

/** A child process of the benchmark, running one role, that answers requests over IPC. */
export interface RoleProcess<Ready> {
  process: ChildProcess;
  /** What the child answered to its start message (its URL …). */
  ready: Ready;
  request<T = any>(message: RoleMessage): Promise<T>;
  /** Asks the child to stop, waits for it (5 s at most), then kills it. */
  stop(): Promise<void>;
}

/**
 * Starts this same file again as a child with `--role=<role>`, so that the load generator, the
 * gateway and the subgraphs never share an event loop (as in production), and resolves once the
 * child has answered `{ type: 'start', init }`.
 */
export async function forkRole<Ready = { url: string }>(role: string, init: Record<string, unknown>, options: Pick<ForkOptions, 'execArgv' | 'env'> = {}): Promise<RoleProcess<Ready>> {
  const child = fork(process.argv[1], [`--role=${role}`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...options });
  const waiting = new Map<string, (message: RoleMessage) => void>();
  child.on('message', (message: RoleMessage) => {
    const reply = waiting.get(message.replyTo as string);
    if (reply) {
      waiting.delete(message.replyTo as string);
      reply(message);
    }
  });
  const request = <T>(message: RoleMessage) =>
    new Promise<T>((resolve, reject) => {
      const id = randomUUID();
      waiting.set(id, (answer) => (answer.error ? reject(new Error(String(answer.error))) : resolve(answer as T)));
      child.send({ ...message, id });
    });
  const ready = await request<Ready>({ type: 'start', init });
  return {
    process: child,
    ready,
    request,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await request({ type: 'stop' }).catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      child.kill();
    },
  };
}
