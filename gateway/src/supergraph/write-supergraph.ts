// `npm run supergraph` (Nx: gateway:compose-supergraph): recompose and write gateway/supergraph.graphql.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, SUPERGRAPH_FILE } from './compose';

const root = process.cwd();
const outcome = composeSupergraph(root);
if (!outcome.ok) {
  process.stderr.write(`the subgraphs do not compose:\n${outcome.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
writeFileSync(path.join(root, SUPERGRAPH_FILE), outcome.supergraphSdl);
process.stdout.write(`wrote ${SUPERGRAPH_FILE}\n`);
