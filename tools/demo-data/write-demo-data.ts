// `npm run demo-data`: writes the generated part of the demo programme into libs/demo-programme.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDemoPartnersModule } from './partners-demo.generator';

const [root = process.cwd()] = process.argv.slice(2);
const target = join(root, 'libs', 'demo-programme', 'src', 'partners-demo.ts');
writeFileSync(target, renderDemoPartnersModule());
console.log(`wrote ${target}`);
