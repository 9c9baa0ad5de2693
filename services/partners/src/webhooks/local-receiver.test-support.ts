// A webhook receiver for tests: node:http on 127.0.0.1, port 0. It records every call and
// answers with the next scripted status (200 once the script is used up). Imported by tests only.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  headers: IncomingHttpHeaders;
  body: string;
  receivedAt: number;
}

export interface LocalReceiver {
  url: string;
  calls: ReceivedCall[];
  /** Statuses to answer the next calls with, in order; 0 never answers (a hung receiver). */
  respondWith(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startLocalReceiver(path = '/hooks/pn'): Promise<LocalReceiver> {
  const calls: ReceivedCall[] = [];
  const script: number[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), receivedAt: Date.now() });
      const status = script.shift() ?? 200;
      if (status !== 0) res.writeHead(status, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    calls,
    respondWith: (...statuses) => script.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
