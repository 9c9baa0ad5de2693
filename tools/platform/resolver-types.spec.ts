// The resolver types each subgraph compiles against are generated from its schema and committed:
// the generator, in its check mode, must find nothing to rewrite, or a resolver would be checked
// against a schema that is no longer the one it serves.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import config, { generatedFile } from './codegen';

const root = join(__dirname, '..', '..');

describe('generated resolver types', () => {
  it('are what npm run codegen makes of each subgraph’s schema today', () => {
    const cli = join(root, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
    const check = spawnSync(process.execPath, [cli, '--config', join('tools', 'platform', 'codegen.ts'), '--check'], { cwd: root, encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`out of date with their schema, run npm run codegen:\n${check.stdout}${check.stderr}`);
  }, 60_000);

  it('exist for every subgraph', () => {
    const subgraphs = readdirSync(join(root, 'services')).filter((name) => existsSync(join(root, 'services', name, 'src', 'schema.graphql')));
    expect(Object.keys(config.generates).sort()).toEqual(subgraphs.map(generatedFile).sort());
    for (const subgraph of subgraphs) expect(existsSync(join(root, 'services', subgraph, 'resolver-types.json'))).toBe(true);
  });
});
