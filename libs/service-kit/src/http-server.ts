// A small node:http front for Apollo Server: GraphQL on /graphql, liveness on /health,
// readiness on /ready, a bounded request body, and a drain on close. Subgraphs and the
// gateway use the same one.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_SERVER_PORT, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import { inRequestScope, REQUEST_ID_HEADER, requestIdFrom } from './request-scope';
import { contextFromHeaders, inSpan } from './tracing';

export interface HttpServerOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  host: string;
  port: number;
  /** Builds the GraphQL context, or returns an HTTP refusal (e.g. 401) before any execution. */
  context: (req: IncomingMessage) => Promise<Context | HttpRefusal>;
  /** Named readiness checks (database, NATS…); /ready answers 503 while one is false. */
  readiness?: Record<string, () => Promise<boolean> | boolean>;
  /** Prometheus metrics served on /metrics (services' ports are internal; the gateway serves its own elsewhere). */
  metrics?: () => Promise<{ contentType: string; body: string }>;
  maxBodyBytes?: number;
  /** Endpoints served beside /graphql (a service's own HTTP exchanges, such as file uploads). */
  routes?: readonly HttpRoute[];
}

/**
 * An endpoint beside /graphql: the first route whose method matches and whose prefix starts the
 * path answers, with what follows the prefix. It reads the request body itself (its own limit).
 */
export interface HttpRoute {
  method: 'GET' | 'PUT' | 'POST';
  /** Starts and ends with '/', e.g. '/documents/upload/'. */
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, rest: string): Promise<void>;
}

export class HttpRefusal {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function refusalBody(refusal: HttpRefusal): unknown {
  return { errors: [{ message: refusal.message, extensions: { code: refusal.code } }] };
}

/** The request body, or a 413 as soon as it goes over the limit (the rest is left unread). */
function readBody(req: IncomingMessage, limit: number): Promise<string | HttpRefusal> {
  const tooLarge = () => new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', `request body over ${limit} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).off('end', onEnd).off('error', reject);
      req.pause();
      resolve(tooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData).once('end', onEnd).once('error', reject);
  });
}

/**
 * After a 413, the rest of the body is still on the wire. It is read to its end and thrown away
 * before the answer — a client still sending would otherwise have its connection reset before it
 * reads the answer — and the answer closes the connection, which carries no further request.
 * A client that keeps sending (past 16 MiB or 8 times the limit, or for more than 10 s) is cut
 * without an answer: resolves false then.
 */
function discardRest(req: IncomingMessage, limit: number): Promise<boolean> {
  const socket = req.socket;
  return new Promise((resolve) => {
    let discarded = 0;
    const cut = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(false);
    };
    const timer = setTimeout(cut, 10_000).unref();
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > Math.max(8 * limit, 16 * 1_048_576)) cut();
    });
    req.once('end', () => {
      clearTimeout(timer);
      resolve(true);
    });
    req.once('error', cut);
    req.resume();
  });
}

export async function startHttpServer<Context extends BaseContext>(options: HttpServerOptions<Context>): Promise<RunningHttpServer> {
  const limit = options.maxBodyBytes ?? 1_048_576;
  const executeGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<unknown> => {
    let body: unknown;
    if (req.method === 'POST') {
      const text = await readBody(req, limit);
      if (text instanceof HttpRefusal) {
        if (!(await discardRest(req, limit))) return;
        return sendJson(res, text.status, refusalBody(text), { connection: 'close' });
      }
      try {
        body = text.length ? JSON.parse(text) : undefined;
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const context = await options.context(req);
    if (context instanceof HttpRefusal) return sendJson(res, context.status, refusalBody(context), context.headers);

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  /**
   * A GraphQL request, in its request scope (the id it came with from the gateway, or a new one,
   * echoed in the answer) and in a server span continuing the trace its headers carry.
   */
  const answerGraphQL = (req: IncomingMessage, res: ServerResponse, url: URL): Promise<unknown> => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const method = (req.method ?? 'GET').toUpperCase();
    const attributes = { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: url.pathname, [ATTR_SERVER_PORT]: req.socket.localPort };
    return inRequestScope(requestId, () =>
      inSpan(`${method} /graphql`, { kind: SpanKind.SERVER, attributes, parent: contextFromHeaders(req.headers) }, async (span) => {
        await executeGraphQL(req, res, url);
        span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      }),
    );
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://internal');
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') {
        const checks: Record<string, boolean> = {};
        for (const [name, check] of Object.entries(options.readiness ?? {})) checks[name] = await Promise.resolve(check()).catch(() => false);
        const ready = Object.values(checks).every(Boolean);
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
      }
      if (url.pathname === '/metrics' && options.metrics) {
        const { contentType, body } = await options.metrics();
        res.writeHead(200, { 'content-type': contentType });
        return res.end(body);
      }
      const route = options.routes?.find((r) => r.method === req.method && url.pathname.startsWith(r.prefix));
      if (route) return await route.handle(req, res, url.pathname.slice(route.prefix.length));
      if (url.pathname !== '/graphql') return sendJson(res, 404, { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] });
      await answerGraphQL(req, res, url);
    } catch {
      // Never leak what went wrong below: the error formatter has already logged GraphQL errors.
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} on ${options.host} is already in use`) : error),
    );
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}/graphql`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests in flight get a grace period, then their sockets are cut.
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
      }),
  };
}
