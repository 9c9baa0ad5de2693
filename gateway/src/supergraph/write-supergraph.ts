// `npm run supergraph`: recompose gateway/supergraph.graphql and the API reference
// (docs/api/schema.graphql). The reference is the contract partners' software is written against:
// a change that breaks it is refused unless `-- --accept-breaking` says it is meant, and is then
// recorded in docs/api/CHANGES.md for the partners to read.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_REFERENCE_FILE, breakingChanges, composeSupergraph, SUPERGRAPH_FILE } from './compose';

const root = process.cwd();
const acceptBreaking = process.argv.includes('--accept-breaking');
const outcome = composeSupergraph(root);
if (!outcome.ok) {
  process.stderr.write(`the subgraphs do not compose:\n${outcome.errors.map((e) => `  - ${e}`).join('\n')}\n`);
  process.exit(1);
}
const referencePath = path.join(root, API_REFERENCE_FILE);
const broken = existsSync(referencePath) ? breakingChanges(readFileSync(referencePath, 'utf8'), outcome.apiSdl) : [];
if (broken.length > 0 && !acceptBreaking) {
  process.stderr.write(
    `these changes break clients written against ${API_REFERENCE_FILE}:\n${broken.map((b) => `  - ${b}`).join('\n')}\n` +
      'Keep the old field beside the new one (deprecate it), or, when the break is meant: npm run supergraph -- --accept-breaking\n',
  );
  process.exit(1);
}
writeFileSync(path.join(root, SUPERGRAPH_FILE), outcome.supergraphSdl);
mkdirSync(path.dirname(referencePath), { recursive: true });
writeFileSync(referencePath, outcome.apiSdl);
if (broken.length > 0) {
  const changes = path.join(root, 'docs', 'api', 'CHANGES.md');
  appendFileSync(changes, `\n## ${new Date().toISOString().slice(0, 10)} — breaking\n${broken.map((b) => `- ${b}`).join('\n')}\n`);
  process.stdout.write(`recorded ${broken.length} breaking change(s) in docs/api/CHANGES.md: say there what partners must do\n`);
}
process.stdout.write(`wrote ${SUPERGRAPH_FILE} and ${API_REFERENCE_FILE}\n`);
