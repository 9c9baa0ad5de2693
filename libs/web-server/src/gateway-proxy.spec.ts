// The pass-through to the gateway, between a real server and a real gateway stand-in on this machine.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { forwardedFor, forwardToGateway } from './gateway-proxy';
import { listen, type RunningServer } from './lifecycle';

describe('forwardToGateway', () => {
  const seen: Array<{ headers: IncomingHttpHeaders; url?: string; body: string }> = [];
  let gateway: RunningServer;
  let front: RunningServer;
  let gatewayUrl: string;

  beforeAll(async () => {
    gateway = await listen(
      createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          seen.push({ headers: req.headers, url: req.url, body });
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7', 'set-cookie': 'a=b' }).end('{"errors":[]}');
        });
      }),
      0,
      '127.0.0.1',
    );
    gatewayUrl = `${gateway.url}/graphql`;
    front = await listen(
      createServer((req, res) => {
        const target = req.url === '/down' ? 'http://127.0.0.1:1/graphql' : gatewayUrl;
        forwardToGateway(req, res, { gatewayUrl: target, headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor(req) }, maxBodyBytes: 1_000, search: '?op=x' });
      }),
      0,
      '127.0.0.1',
    );
  });
  afterAll(async () => {
    await front?.stop();
    await gateway?.stop();
  });

  it('passes the body, the named headers and the query string, and answers the gateway with its status, type and Retry-After only', async () => {
    const response = await fetch(`${front.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: 'session=secret', 'x-forwarded-for': '203.0.113.9' }, body: '{"query":"{ a }"}' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ url: '/graphql?op=x', body: '{"query":"{ a }"}' });
    expect(request.headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    expect(request.headers.cookie).toBeUndefined();
  });

  it('refuses a body over the bound with 413, and answers a coded error when the gateway cannot be reached', async () => {
    const before = seen.length;
    const large: unknown = await fetch(`${front.url}/graphql`, { method: 'POST', body: 'x'.repeat(100_000) }).catch((error: unknown) => error);
    // The connection is closed once the bound is passed: the 413 arrives, or the upload is cut before it does.
    if (large instanceof Response) expect(large.status).toBe(413);
    else expect(large).toBeInstanceOf(Error);
    expect(seen.slice(before)).toEqual([]);
    const down = await fetch(`${front.url}/down`, { method: 'POST', body: '{}' });
    expect(down.status).toBe(502);
    expect(await down.json()).toEqual({ errors: [{ message: 'the gateway cannot be reached', extensions: { code: 'GATEWAY_UNREACHABLE' } }] });
  });
});
