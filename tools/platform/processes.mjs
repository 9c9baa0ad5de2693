// Child processes the CLI starts and must stop, free ports, and polling.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { createInterface } from 'node:readline';

/** Runs a command in the foreground with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    foreground.add(child);
    child.on('error', (error) => {
      console.error(`platform: cannot run ${command}: ${error.message}`);
      foreground.delete(child);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      foreground.delete(child);
      resolve(code ?? (signal ? 128 + signalNumber(signal) : 1));
    });
  });
}

/** Foreground commands (npm ci, eslint, jest): they share the terminal, so Ctrl-C reaches them directly. */
const foreground = new Set();
export function forwardSignalToForeground(signal) {
  for (const child of foreground) child.kill(signal);
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
}

const LAST_LINES = 40;

/**
 * A long-running child in its own process group: Ctrl-C in the terminal reaches only the CLI,
 * which then stops children in order (gateway, services, then the infrastructure they need).
 */
export class ManagedProcess {
  constructor(name, command, args, { env, cwd, uid, gid, onLine } = {}) {
    this.name = name;
    this.lastLines = [];
    this.exitCode = undefined;
    this.signal = undefined;
    this.child = spawn(command, args, { env, cwd, uid, gid, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(this);
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.remember(`cannot start ${command}: ${error.message}`);
        this.exitCode ??= 127;
        live.delete(this);
        resolve();
      });
      this.child.on('exit', (code, signal) => {
        this.exitCode = code ?? undefined;
        this.signal = signal ?? undefined;
        live.delete(this);
      });
      // 'close' comes after the output streams are drained, so the last lines are all there.
      this.child.on('close', () => resolve());
    });
    for (const [stream, isError] of [
      [this.child.stdout, false],
      [this.child.stderr, true],
    ]) {
      createInterface({ input: stream }).on('line', (line) => {
        this.remember(line);
        onLine?.(line, isError);
      });
    }
  }

  get pid() {
    return this.child.pid;
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null && this.exitCode === undefined;
  }

  remember(line) {
    this.lastLines.push(line);
    if (this.lastLines.length > LAST_LINES) this.lastLines.shift();
  }

  describeExit() {
    if (this.signal) return `killed by ${this.signal}`;
    return `exit code ${this.exitCode ?? 'unknown'}`;
  }

  /** Asks politely (`signal`), then kills after `graceMs`. Resolves when the process is gone. */
  async stop(signal = 'SIGTERM', graceMs = 10_000) {
    if (!this.running) return this.exited;
    this.kill(signal);
    const timer = setTimeout(() => {
      if (this.running) {
        console.error(`platform: ${this.name} did not stop within ${graceMs / 1000} s; killing it`);
        this.kill('SIGKILL');
      }
    }, graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  kill(signal) {
    try {
      this.child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

const live = new Set();
// A backstop for crashes of the CLI itself: nothing it started may outlive it.
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function tcpAnswers(port, host = '127.0.0.1', timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (answers) => {
      socket.destroy();
      resolve(answers);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it returns a truthy value; gives up after `timeoutMs`, or as soon as
 * `abandon()` returns a reason (a child that died while we waited for it).
 */
export async function waitUntil(check, { timeoutMs, intervalMs = 150, abandon = () => undefined }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = abandon();
    if (reason) return { ok: false, reason };
    const value = await check().catch(() => undefined);
    if (value) return { ok: true, value };
    if (Date.now() > deadline) return { ok: false, reason: `not ready after ${Math.round(timeoutMs / 1000)} s` };
    await sleep(intervalMs);
  }
}

/** GET a local URL; resolves with the status code, or undefined when nothing answers. */
export async function httpStatus(url, timeoutMs = 2_000) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return undefined;
  }
}
