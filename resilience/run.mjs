#!/usr/bin/env node
// `npm run resilience [-- options] [suite...]`: the resilience campaigns on throwaway
// infrastructure, as `npm test` runs them, but one suite at a time and, with --long, at length.
//
//   npm run resilience                      the CI-sized campaigns (what npm test runs)
//   npm run resilience -- --long            8 rounds of faults, 30,000 hostile requests (≈ 15–25 min)
//   npm run resilience -- --long faults     one suite: faults, replicas, bad-input, concurrency, gateway
//   npm run resilience -- --seed 1234       replay a campaign (the seed is printed with its figures)
//   npm run resilience -- --rounds 20 --requests 100000
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = { faults: 'faults', replicas: 'replicas', 'bad-input': 'bad-input', fuzz: 'bad-input', concurrency: 'concurrency', gateway: 'gateway-resilience' };

function parse(args) {
  const options = { long: false, env: {}, suites: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined || !/^\d+$/.test(next)) throw new Error(`${arg} needs a number`);
      return next;
    };
    if (arg === '--long') options.long = true;
    else if (arg === '--seed') options.env.RESILIENCE_SEED = value();
    else if (arg === '--rounds') options.env.RESILIENCE_ROUNDS = value();
    else if (arg === '--requests') options.env.RESILIENCE_FUZZ_REQUESTS = value();
    else if (SUITES[arg]) options.suites.push(SUITES[arg]);
    else throw new Error(`unknown argument ${arg} (suites: ${Object.keys(SUITES).join(', ')}; options: --long, --seed N, --rounds N, --requests N)`);
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error(`resilience: ${error.message}`);
    return 2;
  }
  const { withThrowawayInfrastructure, tool } = await import(join(root, 'tools', 'platform', 'test.mjs'));
  const { build } = await import(join(root, 'tools', 'platform', 'build.mjs'));
  const { run } = await import(join(root, 'tools', 'platform', 'processes.mjs'));
  const suites = options.suites.length ? [...new Set(options.suites)] : [...new Set(Object.values(SUITES))];
  const paths = suites.map((suite) => join('resilience', 'src', `${suite}.e2e-spec.ts`)).filter((path) => existsSync(join(root, path)));
  return withThrowawayInfrastructure(root, async ({ env, interrupted }) => {
    // The campaigns start what the build produces: always today's code.
    await build(root);
    if (interrupted()) return [];
    const campaignEnv = { ...env, ...options.env, RESILIENCE_PROFILE: options.long ? 'long' : 'ci' };
    // One suite at a time: each runs five processes of its own, and their timings are the point.
    const code = await run(...tool(root, 'jest', 'bin/jest.js', ['--runInBand', '--selectProjects', 'resilience', ...paths]), { cwd: root, env: campaignEnv });
    return code === 0 ? [] : [`resilience campaigns (jest exit code ${code})`];
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
