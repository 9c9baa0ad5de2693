import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_REFERENCE_FILE, breakingChanges, composeSupergraph, SUPERGRAPH_FILE } from './compose';

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

  it('comes with the API reference partners integrate against, up to date (docs/api/schema.graphql, written by `npm run supergraph`)', () => {
    if (!outcome.ok) return;
    const reference = readFileSync(path.join(root, API_REFERENCE_FILE), 'utf8');
    expect(reference).toBe(outcome.apiSdl);
    expect(reference).not.toMatch(/join__|@inaccessible|_entities|_service/);
  });
});

describe('the breaking-change check of the API reference', () => {
  const published = `type Query { pass(number: String!): Pass }\ntype Pass { number: String! state: String! }`;

  it('lets additions through: a new field, a new optional argument, a new type', () => {
    expect(breakingChanges(published, `type Query { pass(number: String!, programmeId: ID): Pass, places: [String!]! }\ntype Pass { number: String! state: String! validUntil: String }`)).toEqual([]);
  });

  it('names what breaks clients: a field removed, a type changed, a new required argument', () => {
    expect(breakingChanges(published, `type Query { pass(number: String!, code: String!): Pass }\ntype Pass { number: Int! }`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^FIELD_REMOVED: Pass\.state/),
        expect.stringMatching(/^FIELD_CHANGED_KIND: Pass\.number/),
        expect.stringMatching(/^REQUIRED_ARG_ADDED: .*code/),
      ]),
    );
  });
});
