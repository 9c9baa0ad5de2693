// Unit: the committed demo data is what the generator makes, and the generator's naming holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_AGREEMENTS, DEMO_ORGANISATIONS, DEMO_PLACES } from '@pass-numerique/demo-programme';
import { isUuid } from '@pass-numerique/kernel';
import { demoId, ofCommune, renderDemoPartnersModule } from './partners-demo.generator';

describe('the demo partners generator', () => {
  it('made exactly the committed file (npm run demo-data regenerates it)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'libs', 'demo-programme', 'src', 'partners-demo.ts'), 'utf8');
    expect(committed).toBe(renderDemoPartnersModule());
  });

  it('gives stable name-based ids, one per record', () => {
    expect(demoId('place:0')).toBe(demoId('place:0'));
    expect(isUuid(demoId('place:0'))).toBe(true);
    expect(new Set([...DEMO_ORGANISATIONS, ...DEMO_PLACES, ...DEMO_AGREEMENTS].map((r) => r.id)).size).toBe(DEMO_ORGANISATIONS.length + DEMO_PLACES.length + DEMO_AGREEMENTS.length);
  });

  it('writes French elisions properly', () => {
    expect(ofCommune('Amiens')).toBe("d'Amiens");
    expect(ofCommune('Le Touquet-Paris-Plage')).toBe('du Touquet-Paris-Plage');
    expect(ofCommune('Les Attaques')).toBe('des Attaques');
    expect(ofCommune('Lille')).toBe('de Lille');
  });
});
