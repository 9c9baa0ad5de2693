// The function partners copy must accept exactly what the dispatcher signs, and nothing stale or
// altered; and what the dispatcher signs must verify with Standard Webhooks' own library.
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { newSigningSecret, signatureHeader } from './webhook-secret';
import { verifyWebhookSignature } from './verify-signature';

describe('verifyWebhookSignature', () => {
  const secret = newSigningSecret();
  const id = '0b7e2f1c-5d0e-4c1e-9b7a-0f4a8f7c2d11';
  const body = '{"id":"e1","type":"place.suspended","occurredAt":"2025-03-01T09:00:00.000Z","data":{"placeId":"p1"}}';
  const now = Date.parse('2025-03-01T09:00:10Z');
  const timestamp = Math.floor(now / 1000) - 10;
  const signature = signatureHeader([secret], id, timestamp, body);
  const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]> = {}) =>
    verifyWebhookSignature({ secret, body, id, timestamp: String(timestamp), signature, now, ...overrides });

  it('accepts the signature the dispatcher makes, from a string or the raw bytes', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(check()).toBe(true);
    expect(check({ body: Buffer.from(body) })).toBe(true);
  });

  it('is Standard Webhooks: the specification’s library verifies the call, and refuses it altered', () => {
    const headers = { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': '' };
    headers['webhook-signature'] = signatureHeader([secret], id, Number(headers['webhook-timestamp']), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('p1', 'p2'), headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'another' })).toThrow();
  });

  it('follows the documented recipe: base64 HMAC-SHA-256, keyed by the decoded secret, of "<id>.<timestamp>.<body>"', () => {
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const recipe = `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
    expect(recipe).toBe(signature);
  });

  it('refuses another secret, an altered body, id or timestamp, and malformed headers', () => {
    expect(check({ secret: newSigningSecret() })).toBe(false);
    expect(check({ body: body.replace('p1', 'p2') })).toBe(false);
    expect(check({ id: 'another-delivery' })).toBe(false);
    expect(check({ timestamp: String(timestamp + 1) })).toBe(false);
    for (const bad of [undefined, '', 'v1,', 'v0,' + signature.slice(3), signature.slice(0, -4), 'nonsense', ['a', 'b']]) {
      expect(check({ signature: bad })).toBe(false);
    }
    for (const bad of [undefined, '', 'soon', '-5', `${timestamp}.5`]) expect(check({ timestamp: bad })).toBe(false);
    expect(check({ id: undefined })).toBe(false);
  });

  it('refuses a call older or newer than five minutes (replay), unless told otherwise', () => {
    const old = timestamp - 301;
    const oldSignature = signatureHeader([secret], id, old, body);
    expect(check({ timestamp: String(old), signature: oldSignature })).toBe(false);
    expect(check({ timestamp: String(old), signature: oldSignature, toleranceSeconds: 600 })).toBe(true);
    const future = timestamp + 400;
    expect(check({ timestamp: String(future), signature: signatureHeader([secret], id, future, body) })).toBe(false);
  });

  it('accepts either signature while a rotated secret is still in use', () => {
    const rotated = newSigningSecret();
    const both = signatureHeader([rotated, secret], id, timestamp, body);
    expect(both.split(' ')).toHaveLength(2);
    expect(check({ signature: both })).toBe(true);
    expect(check({ secret: rotated, signature: both })).toBe(true);
    expect(check({ secret: newSigningSecret(), signature: both })).toBe(false);
  });
});
