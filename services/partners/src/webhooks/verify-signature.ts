// How a partner checks that a webhook call comes from the platform and is fresh. Copy this file
// into your receiver: it needs nothing but Node's crypto module (the recipe is in the partners
// service's README for other languages).
//
//   const ok = verifyWebhookSignature({
//     secret: process.env.PN_WEBHOOK_SECRET,          // whsec_…, shown once when the webhook was registered
//     body: rawBody,                                   // the request body exactly as received (not re-serialised JSON)
//     timestamp: req.headers['pn-webhook-timestamp'],
//     signature: req.headers['pn-webhook-signature'],
//   });
//   if (!ok) return res.writeHead(400).end();
//   // then ignore a Pn-Webhook-Id you have already processed: a call may come more than once.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface WebhookSignatureCheck {
  /** The webhook's signing secret (whsec_…). */
  secret: string;
  /** The raw request body, as received. */
  body: string | Buffer;
  /** The Pn-Webhook-Timestamp header: Unix time in seconds. */
  timestamp: string | string[] | undefined;
  /** The Pn-Webhook-Signature header: one or more comma-separated `v1=<hex>`. */
  signature: string | string[] | undefined;
  /** Oldest and newest accepted timestamps, in seconds from now, against replays. Default 300 (5 minutes). */
  toleranceSeconds?: number;
  /** Now, in milliseconds since the epoch (for tests). */
  now?: number;
}

export function verifyWebhookSignature(check: WebhookSignatureCheck): boolean {
  const timestamp = typeof check.timestamp === 'string' ? check.timestamp.trim() : undefined;
  const header = typeof check.signature === 'string' ? check.signature : undefined;
  if (!timestamp || !/^\d{1,12}$/.test(timestamp) || !header || !check.secret) return false;
  const nowSeconds = Math.floor((check.now ?? Date.now()) / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > (check.toleranceSeconds ?? 300)) return false;

  const body = typeof check.body === 'string' ? Buffer.from(check.body, 'utf8') : check.body;
  const expected = createHmac('sha256', check.secret).update(`${timestamp}.`, 'utf8').update(body).digest();
  // Several signatures are sent while the platform signs with an old and a new secret (rotation).
  return header.split(',').some((part) => {
    const [scheme, hex] = part.trim().split('=', 2);
    if (scheme !== 'v1' || !hex || !/^[0-9a-f]{64}$/i.test(hex)) return false;
    return timingSafeEqual(Buffer.from(hex, 'hex'), expected);
  });
}
