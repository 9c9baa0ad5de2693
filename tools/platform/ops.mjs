// `npm run ops -- <subcommand>`: the operator's messaging commands (tools/platform/ops.ts, which
// reuses the services' own messaging library), bundled and run like the other TypeScript tools.
import { join } from 'node:path';
import { bundle } from './build.mjs';
import { run } from './processes.mjs';

export async function ops(root, args) {
  await bundle(root, [{ in: join('tools', 'platform', 'ops.ts'), out: join('tools', 'ops') }]);
  return run(process.execPath, ['--enable-source-maps', join('dist', 'tools', 'ops.js'), ...args], { cwd: root });
}
