// `npm run bench [name...]`: each bench/<name>/main.ts is bundled like a service and run on
// throwaway infrastructure (the PN_TEST_* environment of `npm test`, swept afterwards).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './build.mjs';
import { CliError } from './cli-error.mjs';
import { say } from './output.mjs';
import { run } from './processes.mjs';
import { withThrowawayInfrastructure } from './test.mjs';

export async function bench(root, names) {
  const benchDir = join(root, 'bench');
  const available = existsSync(benchDir) ? readdirSync(benchDir).filter((name) => existsSync(join(benchDir, name, 'main.ts'))) : [];
  const chosen = names.length > 0 ? names : available;
  const unknown = chosen.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new CliError(`no bench/${unknown[0]}/main.ts (benchmarks: ${available.join(', ') || 'none yet'}).`);
  if (chosen.length === 0) {
    say('no benchmarks yet (bench/<name>/main.ts)');
    return 0;
  }
  await bundle(
    root,
    chosen.map((name) => ({ in: join('bench', name, 'main.ts'), out: join('bench', name, 'main') })),
  );
  return withThrowawayInfrastructure(root, async ({ env, interrupted }) => {
    const failed = [];
    for (const name of chosen) {
      if (interrupted()) break;
      say(`bench ${name}`);
      const code = await run(process.execPath, ['--enable-source-maps', join('dist', 'bench', name, 'main.js')], { cwd: root, env });
      if (code !== 0) failed.push(`bench ${name} (exit code ${code})`);
    }
    return failed;
  });
}
