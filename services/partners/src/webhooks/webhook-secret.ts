// Webhook signing secrets. Unlike a credential's secret, which we only need to recognise (so we
// keep a keyed hash), a signing secret must be used again at every delivery: it is stored
// encrypted (AES-256-GCM) under a key that lives in the configuration, never in the database,
// and bound to its webhook's id so a ciphertext copied onto another row does not decrypt.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** `whsec_` + 256 random bits (base64url). The whole string, as UTF-8, is the HMAC key. */
export function newSigningSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** iv ‖ tag ‖ ciphertext. */
export function encryptSecret(secret: string, key: Buffer, webhookId: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(webhookId, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the key is not the one the secret was encrypted with, or the row was tampered with. */
export function decryptSecret(sealed: Buffer, key: Buffer, webhookId: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(webhookId, 'utf8'));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** `v1=<hex HMAC-SHA-256 of "<timestamp>.<body>">`, one per secret in use (two while a rotation's grace period runs). */
export function signatureHeader(secrets: string[], timestamp: number, body: string): string {
  return secrets.map((secret) => `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`).join(',');
}
