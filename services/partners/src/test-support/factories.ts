// Test data with full defaults and fresh identifiers, so that test files never collide.
// Imported by tests only; the service's bundle starts at main.ts and never reaches it.
import { randomInt } from 'node:crypto';
import { luhnValid } from '@pass-numerique/kernel';

/** A random Luhn-valid SIRET outside La Poste's SIREN. */
export function freshSiret(): string {
  for (;;) {
    const body = Array.from({ length: 13 }, () => randomInt(10)).join('');
    if (body.startsWith('356000000')) continue;
    for (let check = 0; check < 10; check++) if (luhnValid(body + check)) return body + check;
  }
}

export function organisationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Centre social test ${randomInt(1_000_000)}`,
    legalKind: 'SOCIAL_CENTRE',
    siret: freshSiret(),
    address: '12 rue de la République',
    postalCode: '80000',
    inseeCode: '80021',
    ...overrides,
  };
}

/** A place description as the GraphQL API takes it, in Amiens by default. */
export function placeDescriptionInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Médiathèque test ${randomInt(1_000_000)}`,
    address: { street: '50 rue de la République', postalCode: '80000', inseeCode: '80021' },
    location: { latitude: 49.8925, longitude: 2.2986 },
    typologies: ['BIB'],
    phone: '03 22 97 10 10',
    emails: ['contact@mediatheque-test.fr'],
    websites: ['https://mediatheque-test.fr'],
    openingHours: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00',
    summary: 'Ateliers numériques et aide aux démarches en ligne.',
    services: ['ADMINISTRATIVE_PROCEDURES', 'EVERYDAY_DIGITAL_TOOLS'],
    publics: ['SENIORS'],
    fees: ['FREE'],
    accessModes: ['WALK_IN', 'PHONE'],
    supportModes: ['INDIVIDUAL', 'GROUP_WORKSHOP'],
    ...overrides,
  };
}

/** A valid French IBAN (the textbook example of the French banking federation). */
export const VALID_IBAN = 'FR76 3000 6000 0112 3456 7890 189';
