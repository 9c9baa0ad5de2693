// Unit: the committed demo data is what the generator makes, and it is plausible.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_AGREEMENTS, DEMO_ORGANISATIONS, DEMO_PLACES } from '@pass-numerique/demo-programme';
import { isValidIBAN } from 'ibantools';
import { isUuid, isValidSiret } from '@pass-numerique/kernel';
import { Geography } from '@pass-numerique/geography';
import { checkPlaceDescription } from '../places/place.rules';
import { demoId, ofCommune, renderDemoPartnersModule } from './demo-partners.generator';

describe('demo partners', () => {
  it('is exactly what the generator makes (regenerate with the command in the generator)', () => {
    const committed = readFileSync(path.join(__dirname, '../../../../libs/demo-programme/src/partners-demo.ts'), 'utf8');
    expect(committed).toBe(renderDemoPartnersModule());
  });

  it('has stable name-based ids', () => {
    expect(demoId('place:0')).toBe(demoId('place:0'));
    expect(isUuid(demoId('place:0'))).toBe(true);
    expect(new Set([...DEMO_ORGANISATIONS, ...DEMO_PLACES, ...DEMO_AGREEMENTS].map((r) => r.id)).size).toBe(DEMO_ORGANISATIONS.length + DEMO_PLACES.length + DEMO_AGREEMENTS.length);
  });

  it('holds valid SIRETs, one organisation per SIRET, and valid IBANs', () => {
    expect(DEMO_ORGANISATIONS.every((o) => isValidSiret(o.siret))).toBe(true);
    expect(new Set(DEMO_ORGANISATIONS.map((o) => o.siret)).size).toBe(DEMO_ORGANISATIONS.length);
    expect(DEMO_PLACES.every((p) => isValidIBAN(p.iban))).toBe(true);
  });

  it('spreads places over the five départements, more where more people live', () => {
    const geography = Geography.load();
    const byDepartement = new Map<string, number>();
    for (const p of DEMO_PLACES) {
      const commune = geography.commune(p.inseeCode)!;
      expect(commune.region).toBe('32');
      byDepartement.set(commune.departement, (byDepartement.get(commune.departement) ?? 0) + 1);
    }
    expect([...byDepartement.keys()].sort()).toEqual(['02', '59', '60', '62', '80']);
    // The Nord holds 43 % of the region's people, the Aisne 9 %.
    expect(byDepartement.get('59')!).toBeGreaterThan(byDepartement.get('02')!);
  });

  it('describes every place in a way the standard accepts', () => {
    for (const p of DEMO_PLACES) {
      const { issues } = checkPlaceDescription({ ...p, externalId: p.id }, p.id);
      expect([p.name, issues]).toEqual([p.name, []]);
    }
  });

  it('writes French elisions properly', () => {
    expect(ofCommune('Amiens')).toBe("d'Amiens");
    expect(ofCommune('Le Touquet-Paris-Plage')).toBe('du Touquet-Paris-Plage');
    expect(ofCommune('Les Attaques')).toBe('des Attaques');
    expect(ofCommune('Lille')).toBe('de Lille');
  });
});
