// Unit: the secret's format and its keyed hash.
import { randomUUID } from 'node:crypto';
import { hashSecret, newSecret, parseSecret, secretMatches } from './credential-secret';

describe('credential secrets', () => {
  it('carry their credential id and 256 random bits', () => {
    const id = randomUUID();
    const secret = newSecret(id);
    expect(secret).toMatch(/^pnk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(parseSecret(secret)).toEqual({ credentialId: id, environment: 'LIVE' });
    expect(newSecret(id)).not.toBe(secret);
    expect(parseSecret('pnk_nope')).toBeUndefined();
  });

  it('of sandbox keys say so in their prefix', () => {
    const id = randomUUID();
    const secret = newSecret(id, 'SANDBOX');
    expect(secret).toMatch(/^pnk_test_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(parseSecret(secret)).toEqual({ credentialId: id, environment: 'SANDBOX' });
  });

  it('match only their own hash, under the same pepper', () => {
    const secret = newSecret(randomUUID());
    const hash = hashSecret(secret, 'pepper-one-that-is-long-enough-0123456789');
    expect(secretMatches(secret, hash, 'pepper-one-that-is-long-enough-0123456789')).toBe(true);
    expect(secretMatches(secret, hash, 'pepper-two-that-is-long-enough-0123456789')).toBe(false);
    expect(secretMatches(`${secret.slice(0, -1)}A`, hash, 'pepper-one-that-is-long-enough-0123456789')).toBe(secret.endsWith('A'));
  });
});
