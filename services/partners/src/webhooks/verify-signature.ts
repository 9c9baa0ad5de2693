// How a partner checks that a webhook call comes from the platform and is fresh. Calls follow
// Standard Webhooks (standardwebhooks.com): any of its libraries verifies them —
//
//   import { Webhook } from 'standardwebhooks';
//   const payload = new Webhook(process.env.PN_WEBHOOK_SECRET).verify(rawBody, req.headers);  // throws when wrong
//
// — and this file does the same with nothing but Node's crypto module, to copy into a receiver:
//
//   const ok = verifyWebhookSignature({
//     secret: process.env.PN_WEBHOOK_SECRET,          // whsec_…, shown once when the webhook was registered
//     body: rawBody,                                   // the request body exactly as received (not re-serialised JSON)
//     id: req.headers['webhook-id'],
//     timestamp: req.headers['webhook-timestamp'],
//     signature: req.headers['webhook-signature'],
//   });
//   if (!ok) return res.writeHead(400).end();
//   // then ignore a webhook-id you have already processed: a call may come more than once.
import { createHmac, timingSafeEqual } from 'node:crypto';

type Header = string | string[] | undefined;

export interface WebhookSignatureCheck {
  /** The webhook's signing secret (whsec_ followed by the base64 of the key). */
  secret: string;
  /** The raw request body, as received. */
  body: string | Buffer;
  /** The webhook-id header: the delivery, the same at every attempt. */
  id: Header;
  /** The webhook-timestamp header: Unix time in seconds. */
  timestamp: Header;
  /** The webhook-signature header: one or more space-separated `v1,<base64>`. */
  signature: Header;
  /** Oldest and newest accepted timestamps, in seconds from now, against replays. Default 300 (5 minutes). */
  toleranceSeconds?: number;
  /** Now, in milliseconds since the epoch (for tests). */
  now?: number;
}

export function verifyWebhookSignature(check: WebhookSignatureCheck): boolean {
  const id = typeof check.id === 'string' ? check.id : undefined;
  const timestamp = typeof check.timestamp === 'string' ? check.timestamp.trim() : undefined;
  const header = typeof check.signature === 'string' ? check.signature : undefined;
  if (!id || !timestamp || !/^\d{1,12}$/.test(timestamp) || !header || !check.secret) return false;
  const nowSeconds = Math.floor((check.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > (check.toleranceSeconds ?? 300)) return false;

  const key = Buffer.from(check.secret.replace(/^whsec_/, ''), 'base64');
  const body = typeof check.body === 'string' ? Buffer.from(check.body, 'utf8') : check.body;
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
  // Several signatures are sent while the platform signs with an old and a new secret (rotation).
  return header.split(' ').some((part) => {
    const [version, signature] = part.trim().split(',', 2);
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
