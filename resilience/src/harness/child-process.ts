// Real operating-system processes the campaigns start, kill -9, freeze (SIGSTOP) and restart.
// Each runs in its own process group, so that killing a server (PostgreSQL and its backends)
// kills all of it at once, as a crash would. Nothing started here outlives the test process.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const LAST_LINES = 60;
const live = new Set<ChildProcess>();
const killAll = () => {
  for (const child of live) killGroup(child, 'SIGKILL');
};
process.once('exit', killAll);
// A test runner stopped by a signal does not run 'exit' handlers: take our servers down, then die of the same signal.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    process.kill(process.pid, signal);
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildOptions {
  env: Record<string, string>;
  cwd?: string;
  uid?: number;
  gid?: number;
}

/** One run of a command: start it, signal it, wait for it; `restart` makes a new run with the same command. */
export class Child {
  readonly lines: string[] = [];
  private process: ChildProcess;
  private exitPromise: Promise<Exit>;
  private exited?: Exit;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly options: ChildOptions,
  ) {
    ({ process: this.process, exit: this.exitPromise } = this.spawn());
  }

  private spawn(): { process: ChildProcess; exit: Promise<Exit> } {
    this.exited = undefined;
    const child = spawn(this.command, this.args, {
      cwd: this.options.cwd,
      env: this.options.env,
      uid: this.options.uid,
      gid: this.options.gid,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    live.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      let partial = '';
      stream.on('data', (chunk: Buffer) => {
        const text = partial + chunk.toString('utf8');
        const parts = text.split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) this.remember(line);
      });
    }
    const exit = new Promise<Exit>((resolve) => {
      child.once('error', (error) => {
        this.remember(`cannot start ${this.command}: ${error.message}`);
        live.delete(child);
        this.exited = { code: 127, signal: null };
        resolve(this.exited);
      });
      child.once('exit', (code, signal) => {
        live.delete(child);
        this.exited = { code, signal };
        resolve(this.exited);
      });
    });
    return { process: child, exit };
  }

  private remember(line: string): void {
    this.lines.push(line);
    if (this.lines.length > LAST_LINES) this.lines.shift();
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get running(): boolean {
    return this.exited === undefined;
  }

  get exit(): Exit | undefined {
    return this.exited;
  }

  waitForExit(): Promise<Exit> {
    return this.exitPromise;
  }

  /** Sends a signal to the whole process group (SIGKILL = kill -9; SIGSTOP/SIGCONT freeze and thaw). */
  signal(signal: NodeJS.Signals): void {
    if (this.running) killGroup(this.process, signal);
  }

  /** kill -9, and wait until the process is gone. */
  async kill(): Promise<Exit> {
    this.signal('SIGKILL');
    return this.exitPromise;
  }

  /** Asks politely, then kills after `graceMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<Exit> {
    if (!this.running) return this.exitPromise;
    this.signal('SIGCONT'); // a frozen process cannot act on SIGTERM
    this.signal(signal);
    const timer = setTimeout(() => this.signal('SIGKILL'), graceMs);
    const exit = await this.exitPromise;
    clearTimeout(timer);
    return exit;
  }

  /** Starts the same command again (after a kill or a stop). */
  restart(): void {
    if (this.running) throw new Error(`${this.name} is still running (pid ${this.pid})`);
    ({ process: this.process, exit: this.exitPromise } = this.spawn());
  }

  describe(): string {
    const exit = this.exited ? (this.exited.signal ? `killed by ${this.exited.signal}` : `exit code ${this.exited.code}`) : `running as pid ${this.pid}`;
    return `${this.name} (${exit}); last lines:\n  ${this.lines.slice(-15).join('\n  ')}`;
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether a process failed to start because its port was taken between `freePort()` and its
 * bind: outgoing connections of any process on the machine take local ports from the same range.
 */
export function lostItsPort(error: unknown): boolean {
  return /address already in use|could not bind|EADDRINUSE/i.test(error instanceof Error ? error.message : String(error));
}

/** Runs `start`, which picks its ports with `freePort()`, again on new ones while it loses a port to another process. */
export async function onFreshPorts<T>(start: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts || !lostItsPort(error)) throw error;
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is truthy; fails with `what` after `timeoutMs`, or at once when `abandon` names a reason. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false | null> | T | undefined | false | null,
  { timeoutMs = 30_000, intervalMs = 100, abandon = () => undefined as string | undefined } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const reason = abandon();
    if (reason) throw new Error(`${what}: ${reason}`);
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not after ${timeoutMs / 1000} s${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(intervalMs);
  }
}

/** GET a URL; its status, or undefined when nothing answers in time. */
export async function httpStatus(url: string, timeoutMs = 2_000): Promise<number | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}
