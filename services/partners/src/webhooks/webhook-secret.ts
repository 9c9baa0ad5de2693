// Webhook signing secrets. Unlike a credential's secret, which we only need to recognise (so we
// keep a keyed hash), a signing secret must be used again at every delivery: it is stored
// encrypted (AES-256-GCM) under a key that lives in the configuration, never in the database,
// and bound to its webhook's id so a ciphertext copied onto another row does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

const PREFIX = 'whsec_';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** `whsec_` + 256 random bits in base64: the Standard Webhooks form, whose decoded bytes are the HMAC key. */
export function newSigningSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

/** The HMAC key a secret stands for. Node's decoder also reads the base64url of secrets issued before. */
function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
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

/**
 * The `webhook-signature` header of Standard Webhooks (standardwebhooks.com): `v1,<base64 HMAC-SHA-256
 * of "<webhook-id>.<webhook-timestamp>.<body>">`, space-separated, one per secret in use (two while
 * a rotation's grace period runs). Signed by the specification's own library, so that receivers
 * using any of its implementations verify it.
 */
export function signatureHeader(secrets: string[], id: string, timestamp: number, body: string): string {
  return secrets.map((secret) => new Webhook(keyOf(secret), { format: 'raw' }).sign(id, new Date(timestamp * 1000), body)).join(' ');
}
