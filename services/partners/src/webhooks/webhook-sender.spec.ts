// One attempt's outcomes, against a receiver on 127.0.0.1: what counts as delivered, what is
// refused before any byte leaves (private addresses in production), what times out.
import { createServer } from 'node:net';
import { startLocalReceiver, type LocalReceiver } from './local-receiver.test-support';
import { sendWebhook } from './webhook-sender';

describe('sending one webhook call', () => {
  let receiver: LocalReceiver;
  beforeAll(async () => {
    receiver = await startLocalReceiver();
  });
  afterAll(() => receiver.close());

  const call = (url = receiver.url) => ({ url, headers: { 'webhook-id': 'd1' }, body: '{"id":"e1"}' });
  const local = { timeoutMs: 300, allowPrivateAddresses: true };

  it('counts a 2xx as delivered and anything else, redirects included, as a failed attempt', async () => {
    receiver.respondWith(204, 302, 410);
    await expect(sendWebhook(call(), local)).resolves.toEqual({ delivered: true, statusCode: 204, error: null });
    await expect(sendWebhook(call(), local)).resolves.toEqual({ delivered: false, statusCode: 302, error: 'HTTP_STATUS' });
    await expect(sendWebhook(call(), local)).resolves.toEqual({ delivered: false, statusCode: 410, error: 'HTTP_STATUS' });
    expect(receiver.calls.at(-1)).toMatchObject({ body: '{"id":"e1"}', headers: { 'webhook-id': 'd1', 'content-type': 'application/json' } });
  });

  it('gives up on a receiver that does not answer in time, or cannot be reached', async () => {
    receiver.respondWith(0);
    const started = Date.now();
    await expect(sendWebhook(call(), local)).resolves.toEqual({ delivered: false, statusCode: null, error: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(2_000);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    await expect(sendWebhook(call(`http://127.0.0.1:${port}/`), local)).resolves.toEqual({ delivered: false, statusCode: null, error: 'CONNECTION_FAILED' });
  });

  it('in production, reaches no loopback or private address, whether written as such or behind a name', async () => {
    const before = receiver.calls.length;
    const production = { timeoutMs: 300, allowPrivateAddresses: false };
    await expect(sendWebhook(call(), production)).resolves.toEqual({ delivered: false, statusCode: null, error: 'FORBIDDEN_ADDRESS' });
    await expect(sendWebhook(call(receiver.url.replace('127.0.0.1', 'localhost')), production)).resolves.toEqual({ delivered: false, statusCode: null, error: 'FORBIDDEN_ADDRESS' });
    expect(receiver.calls.length).toBe(before);
  });
});
