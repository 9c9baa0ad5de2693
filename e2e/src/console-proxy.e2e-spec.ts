// The console's server passes /graphql to the gateway: the gateway must see whom the request
// comes from (it limits anonymous visitors by address) and the browser must learn when to retry.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { startConsoleServer } from './console-server';

describe("the console's server in front of the gateway", () => {
  let gateway: Server;
  let consoleServer: { url: string; process: ChildProcess };
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    // A gateway that refuses everyone with a 429, as a rate limit would.
    gateway = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '7' }).end(JSON.stringify({ errors: [{ message: 'too many requests; retry in 7 s', extensions: { code: 'RATE_LIMITED' } }] }));
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    consoleServer = await startConsoleServer(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}/graphql`);
  }, 120_000);
  afterAll(async () => {
    consoleServer?.process.kill('SIGTERM');
    gateway?.closeAllConnections();
    await new Promise((resolve) => gateway?.close(resolve));
  });

  it("tells the gateway the visitor's address and tells the visitor the gateway's Retry-After", async () => {
    const response = await fetch(`${consoleServer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.23' },
      body: JSON.stringify({ query: '{ programmes { code } }' }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('RATE_LIMITED');
    // What the visitor said comes first, then the address the console's server saw (this test, on loopback).
    expect(seen.at(-1)?.['x-forwarded-for']).toMatch(/^198\.51\.100\.23, (::ffff:)?127\.0\.0\.1$/);
  });
});
