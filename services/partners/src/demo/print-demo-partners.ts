// Prints libs/demo-programme/src/partners-demo.ts (see demo-partners.generator.ts for the command).
import { renderDemoPartnersModule } from './demo-partners.generator';

process.stdout.write(renderDemoPartnersModule());
