import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose';

const root = path.resolve(__dirname, '../../..');

describe('the committed supergraph', () => {
  const outcome = composeSupergraph(root);

  it('composes from the four subgraph schemas', () => {
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  });

  it('is up to date with them (run `npm run supergraph` after changing a schema.graphql)', () => {
    if (!outcome.ok) return;
    expect(readFileSync(path.join(root, SUPERGRAPH_FILE), 'utf8')).toBe(outcome.supergraphSdl);
  });
});
