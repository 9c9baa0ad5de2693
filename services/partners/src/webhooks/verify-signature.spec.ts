// The function partners copy must accept exactly what the dispatcher signs, and nothing stale or altered.
import { createHmac } from 'node:crypto';
import { signatureHeader } from './webhook-secret';
import { verifyWebhookSignature } from './verify-signature';

describe('verifyWebhookSignature', () => {
  const secret = 'whsec_test-secret-0123456789abcdefghijklmnopqrstuv';
  const body = '{"id":"e1","type":"place.suspended","occurredAt":"2025-03-01T09:00:00.000Z","data":{"placeId":"p1"}}';
  const now = Date.parse('2025-03-01T09:00:10Z');
  const timestamp = Math.floor(now / 1000) - 10;
  const signature = signatureHeader([secret], timestamp, body);

  it('accepts the signature the dispatcher makes, from a string or the raw bytes', () => {
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature, now })).toBe(true);
    expect(verifyWebhookSignature({ secret, body: Buffer.from(body), timestamp: String(timestamp), signature, now })).toBe(true);
  });

  it('follows the documented recipe: hex HMAC-SHA-256 of "<timestamp>.<body>"', () => {
    const recipe = `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
    expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature: recipe, now })).toBe(true);
  });

  it('refuses another secret, an altered body, an altered timestamp and malformed headers', () => {
    expect(verifyWebhookSignature({ secret: `${secret}x`, body, timestamp: String(timestamp), signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body: body.replace('p1', 'p2'), timestamp: String(timestamp), signature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp + 1), signature, now })).toBe(false);
    for (const bad of [undefined, '', 'v1=', 'v0=' + signature.slice(3), signature.slice(0, -2), 'nonsense', ['a', 'b']]) {
      expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature: bad, now })).toBe(false);
    }
    for (const bad of [undefined, '', 'soon', '-5', `${timestamp}.5`]) {
      expect(verifyWebhookSignature({ secret, body, timestamp: bad, signature, now })).toBe(false);
    }
  });

  it('refuses a call older or newer than five minutes (replay), unless told otherwise', () => {
    const old = timestamp - 301;
    const oldSignature = signatureHeader([secret], old, body);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(old), signature: oldSignature, now })).toBe(false);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(old), signature: oldSignature, now, toleranceSeconds: 600 })).toBe(true);
    const future = timestamp + 400;
    expect(verifyWebhookSignature({ secret, body, timestamp: String(future), signature: signatureHeader([secret], future, body), now })).toBe(false);
  });

  it('accepts either signature while a rotated secret is still in use', () => {
    const both = signatureHeader(['whsec_new-secret', secret], timestamp, body);
    expect(both.split(',')).toHaveLength(2);
    expect(verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature: both, now })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_new-secret', body, timestamp: String(timestamp), signature: both, now })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_third', body, timestamp: String(timestamp), signature: both, now })).toBe(false);
  });
});
