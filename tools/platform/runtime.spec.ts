import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('the runtime the suite runs on', () => {
  it('is a Node that package.json\'s engines allows, whatever Node started `npm test`', () => {
    const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node as string;
    const minimumMajor = Number(/>=(\d+)/.exec(engines)?.[1]);
    expect(minimumMajor).toBeGreaterThanOrEqual(22);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(minimumMajor);
  });
});
