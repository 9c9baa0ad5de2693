// Signing secrets are stored encrypted and bound to their webhook; only the configured key opens them.
import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret, newSigningSecret } from './webhook-secret';

describe('webhook signing secrets at rest', () => {
  const key = randomBytes(32);
  const webhookId = '3f1c2a5e-8b7d-4c1e-9f00-1234567890ab';

  it('are random, prefixed, and come back from their ciphertext under the same key and webhook', () => {
    const secret = newSigningSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newSigningSecret()).not.toBe(secret);
    const sealed = encryptSecret(secret, key, webhookId);
    expect(sealed.toString('latin1')).not.toContain(secret.slice(6));
    expect(decryptSecret(sealed, key, webhookId)).toBe(secret);
  });

  it('do not open under another key, for another webhook, or once tampered with', () => {
    const sealed = encryptSecret(newSigningSecret(), key, webhookId);
    expect(() => decryptSecret(sealed, randomBytes(32), webhookId)).toThrow();
    expect(() => decryptSecret(sealed, key, '00000000-0000-4000-8000-000000000000')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => decryptSecret(tampered, key, webhookId)).toThrow();
  });
});
