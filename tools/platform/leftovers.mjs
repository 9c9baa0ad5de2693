// If `npm start` itself is killed (SIGKILL, a closed terminal), its children live on and hold
// the ports. It records what it started in .local/, so that the next start can stop them.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { say } from './output.mjs';
import { sleep } from './processes.mjs';

const recordFile = (root) => join(root, '.local', 'start-processes.json');

/** @param {{ name: string, pid: number, marker: string }[]} processes */
export function recordProcesses(root, processes) {
  const file = recordFile(root);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ cli: process.pid, processes }, null, 2)}\n`);
}

export function forgetProcesses(root) {
  rmSync(recordFile(root), { force: true });
}

/** Stops what a killed `npm start` left running; leaves alone a start that is still alive. */
export async function stopLeftovers(root) {
  const file = recordFile(root);
  if (!existsSync(file)) return;
  let record;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return forgetProcesses(root);
  }
  if (alive(record.cli)) return; // another `npm start` is running: the port check says so
  // A pid can be reused: only a process still running the same command line is ours.
  const survivors = (record.processes ?? []).filter(({ pid, marker }) => alive(pid) && commandLine(pid)?.includes(marker));
  if (survivors.length > 0) {
    say(`stopping what an earlier npm start left running when it was killed: ${survivors.map(({ name, pid }) => `${name} (${pid})`).join(', ')}`);
    // The applications first, then the servers they were using (as a normal stop does).
    const isInfrastructure = ({ name }) => name === 'postgres' || name === 'nats';
    await stopAll(survivors.filter((p) => !isInfrastructure(p)), 'SIGTERM');
    // SIGINT is PostgreSQL's fast shutdown; nats-server treats it like SIGTERM.
    await stopAll(survivors.filter(isInfrastructure), 'SIGINT');
  }
  forgetProcesses(root);
}

async function stopAll(processes, politely) {
  for (const { pid } of processes) signal(pid, politely);
  const deadline = Date.now() + 15_000;
  while (processes.some(({ pid }) => alive(pid)) && Date.now() < deadline) await sleep(200);
  for (const { pid } of processes) if (alive(pid)) signal(pid, 'SIGKILL');
}

function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  // A killed process not yet reaped by its parent still answers signal 0.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already.
  }
}

/** Linux only; elsewhere undefined, and nothing is stopped on a guess. */
function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}
