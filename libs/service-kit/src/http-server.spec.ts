import { connect } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { HttpRefusal, startHttpServer, type RunningHttpServer } from './http-server';
import { currentRequestId, REQUEST_ID_HEADER } from './request-scope';

describe('the HTTP front', () => {
  let server: RunningHttpServer;
  beforeAll(async () => {
    // The body is refused before Apollo is asked anything.
    server = await startHttpServer({ apollo: {} as ApolloServer<BaseContext>, host: '127.0.0.1', port: 0, maxBodyBytes: 1_024, context: async () => ({}) });
  });
  afterAll(() => server.close());

  it('closes the connection after refusing a chunked body over the limit, so that nothing waits on it', async () => {
    const socket = connect(server.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
    const chunk = 'x'.repeat(4_096);
    socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    // The client goes on as if it would be heard: a second request pipelined behind the first.
    socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\nPOST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}`);
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still open after 2 s'), 2_000).unref());
    expect(await Promise.race([closed.then(() => 'closed'), timeout])).toBe('closed');
    const answer = Buffer.concat(received).toString();
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toContain('PAYLOAD_TOO_LARGE');
  });

  it('answers a client still sending an oversized body (413), instead of resetting its connection', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ x }', pad: 'x'.repeat(3_000_000) }) });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    }
  });
});

describe('request ids', () => {
  let server: RunningHttpServer;
  const seen: Array<string | undefined> = [];
  beforeAll(async () => {
    // Refused before Apollo: the id is the request's from its first step.
    server = await startHttpServer({
      apollo: {} as ApolloServer<BaseContext>,
      host: '127.0.0.1',
      port: 0,
      context: async () => {
        seen.push(currentRequestId());
        return new HttpRefusal(401, 'UNAUTHENTICATED', 'no');
      },
    });
  });
  afterAll(() => server.close());

  it('keeps the id a request comes with, in its scope and in the answer', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: 'from-the-gateway-1' }, body: '{}' });
    expect(response.headers.get(REQUEST_ID_HEADER)).toBe('from-the-gateway-1');
    expect(seen.at(-1)).toBe('from-the-gateway-1');
  });

  it('gives a request without a usable id a new one', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', [REQUEST_ID_HEADER]: 'not an id' }, body: '{}' });
    const given = response.headers.get(REQUEST_ID_HEADER);
    expect(given).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)).toBe(given);
  });
});

describe('routes beside /graphql', () => {
  let server: RunningHttpServer;
  const handled: string[] = [];
  beforeAll(async () => {
    server = await startHttpServer({
      apollo: {} as ApolloServer<BaseContext>,
      host: '127.0.0.1',
      port: 0,
      context: async () => new HttpRefusal(401, 'UNAUTHENTICATED', 'no'),
      routes: [
        {
          method: 'PUT',
          prefix: '/files/',
          handle: async (req, res, rest) => {
            handled.push(`${req.method} ${rest}`);
            res.writeHead(204).end();
          },
        },
      ],
    });
  });
  afterAll(() => server.close());

  it('hands a matching method and prefix to its route with the rest of the path, and nothing else', async () => {
    expect((await fetch(new URL('/files/a-token', server.url), { method: 'PUT', body: 'x' })).status).toBe(204);
    expect((await fetch(new URL('/files/a-token', server.url))).status).toBe(404);
    expect((await fetch(new URL('/other/a-token', server.url), { method: 'PUT', body: 'x' })).status).toBe(404);
    expect(handled).toEqual(['PUT a-token']);
  });
});
