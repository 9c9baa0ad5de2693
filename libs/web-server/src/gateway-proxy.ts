// /graphql passed through to the gateway, so that a browser talks to one origin (no CORS, no
// token sent to a second host). What each server adds (a session's token, which headers it lets
// through) is its own; the rest — the body bound, the answer's headers, the gateway being down —
// is the same for all of them.
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * The browser's address after those of the proxies before this server: the gateway limits
 * anonymous visitors by address, and must see theirs, not this server's (it believes
 * X-Forwarded-For from this server only when TRUSTED_PROXIES names it).
 */
export function forwardedFor(req: IncomingMessage): string {
  const forwarded = req.headers['x-forwarded-for'];
  return [typeof forwarded === 'string' ? forwarded : undefined, req.socket.remoteAddress ?? ''].filter(Boolean).join(', ');
}

export interface GatewayRequest {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  /** Exactly the headers the gateway gets: nothing of the browser's request is passed on unless named here. */
  headers: Record<string, string>;
  /** A larger body is refused with 413 and its connection closed, the rest never read. */
  maxBodyBytes: number;
  /** The query string passed on (GET queries), `?…` or empty. */
  search?: string;
  /** Another path of the gateway than its GraphQL endpoint's (documents' upload and download links). */
  path?: string;
}

/** Streams the request to the gateway and its answer back; the gateway unreachable is a coded GraphQL error (502). */
export function forwardToGateway(req: IncomingMessage, res: ServerResponse, { gatewayUrl, headers, maxBodyBytes, search = '', path }: GatewayRequest): void {
  const target = new URL(gatewayUrl);
  let size = 0;
  const upstream = httpRequest({ hostname: target.hostname, port: target.port, path: (path ?? target.pathname) + search, method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answerHeaders(answer));
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (!res.headersSent) refuse(res, 502, 'application/json', JSON.stringify({ errors: [{ message: 'the gateway cannot be reached', extensions: { code: 'GATEWAY_UNREACHABLE' } }] }));
    else res.destroy();
  });
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBodyBytes) {
      upstream.destroy();
      if (!res.headersSent) refuse(res, 413, 'text/plain', 'request too large');
      req.destroy();
    }
  });
  req.pipe(upstream);
}

/** What of the gateway's answer reaches the browser: its type, when to retry after a 429 or a 503, and how to save a document. */
function answerHeaders(answer: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': answer.headers['content-type'] ?? 'application/json', 'cache-control': 'no-store' };
  // A document downloaded: saved under its name, never rendered as something else.
  for (const name of ['retry-after', 'content-disposition', 'x-content-type-options', 'content-security-policy']) {
    const value = answer.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

function refuse(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
