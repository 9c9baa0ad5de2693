import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from './subgraph-fetcher';

describe('subgraph fetcher', () => {
  let server: Server;
  let base: string;
  const fetcher = subgraphFetcher(300);

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/hang') return; // accepts, never answers
        if (req.url === '/down') {
          res.writeHead(503, { 'content-type': 'text/plain' }).end('no');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=0, private' }).end(JSON.stringify({ data: { echo: JSON.parse(body), identity: req.headers['x-pn-identity'] } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await fetcher.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body and headers and answers what RemoteGraphQLDataSource reads', async () => {
    const response = await fetcher(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-pn-identity': 'signed' }, body: '{"query":"{a}"}' });
    expect(response).toMatchObject({ ok: true, status: 200, statusText: 'OK', url: `${base}/graphql` });
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('max-age=0, private');
    expect(response.headers.get('x-missing')).toBeNull();
    expect(await response.json()).toEqual({ data: { echo: { query: '{a}' }, identity: 'signed' } });
  });

  it('passes an HTTP failure on as a response, not ok', async () => {
    const response = await fetcher(`${base}/down`, { method: 'POST', body: '{}' });
    expect(response).toMatchObject({ ok: false, status: 503, statusText: 'Service Unavailable' });
    expect(await response.text()).toBe('no');
  });

  it('gives up on a subgraph that does not answer within the deadline, without its address', async () => {
    const started = Date.now();
    await expect(fetcher(`${base}/hang`, { method: 'POST', body: '{}' })).rejects.toThrow('no answer within 300 ms (timeout)');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reports a subgraph that cannot be reached, without its address', async () => {
    const error = await fetcher('http://127.0.0.1:9/graphql', { method: 'POST', body: '{}' }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^subgraph unreachable \(ECONNREFUSED\)$/);
  });
});
