// Unit: the secret's format and its keyed hash.
import { randomUUID } from 'node:crypto';
import { credentialIdOf, hashSecret, newSecret, secretMatches } from './credential-secret';

describe('credential secrets', () => {
  it('carry their credential id and 256 random bits', () => {
    const id = randomUUID();
    const secret = newSecret(id);
    expect(secret).toMatch(/^pnk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(credentialIdOf(secret)).toBe(id);
    expect(newSecret(id)).not.toBe(secret);
    expect(credentialIdOf('pnk_nope')).toBeUndefined();
  });

  it('match only their own hash, under the same pepper', () => {
    const secret = newSecret(randomUUID());
    const hash = hashSecret(secret, 'pepper-one-that-is-long-enough-0123456789');
    expect(secretMatches(secret, hash, 'pepper-one-that-is-long-enough-0123456789')).toBe(true);
    expect(secretMatches(secret, hash, 'pepper-two-that-is-long-enough-0123456789')).toBe(false);
    expect(secretMatches(`${secret.slice(0, -1)}A`, hash, 'pepper-one-that-is-long-enough-0123456789')).toBe(secret.endsWith('A'));
  });
});
