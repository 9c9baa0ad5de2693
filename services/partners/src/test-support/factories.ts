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
