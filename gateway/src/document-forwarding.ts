// Documents' bytes travel outside GraphQL: a client PUTs a file to the upload link the partners
// service gave it, and a reviewer's browser GETs one through a download link. Both links are on
// the gateway, the platform's only public entry; it forwards them, streamed, to the partners
// service's own routes (services/partners/src/documents/document.http.ts), signed as the
// anonymous caller the request is: the link itself is the capability, which partners checks.
// Bodies are bounded here (DOCUMENT_TOO_LARGE, before a byte is forwarded) and must state their
// length, so that no more than that is ever read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Agent, request } from 'undici';
import { HttpRefusal, IDENTITY_HEADER, refusalBody, sendJson, type HttpRoute, type Identity, type IdentitySigner } from '@pass-numerique/service-kit';

/** The largest document partners takes (documents/document.rules.ts), plus nothing: a larger body is refused here. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const FORWARDED_ANSWER_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control', 'content-security-policy'];

export interface DocumentForwarding {
  routes: HttpRoute[];
  close(): Promise<void>;
}

/**
 * `partnersUrl`: the partners subgraph's GraphQL address (its origin serves the routes).
 * `admit`: the caller's identity for the subgraph, or a refusal (the gateway's rate limit).
 */
export function documentForwarding(options: {
  partnersUrl: string;
  signer: IdentitySigner;
  timeoutMs: number;
  admit: (req: IncomingMessage) => Promise<Identity | HttpRefusal>;
}): DocumentForwarding {
  const agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs, connect: { timeout: options.timeoutMs } });
  const origin = new URL(options.partnersUrl).origin;
  const refuse = (res: ServerResponse, refusal: HttpRefusal) => sendJson(res, refusal.status, refusalBody(refusal), refusal.headers);

  const forward = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'PUT') {
      const length = req.headers['content-length'];
      if (length === undefined || !/^\d+$/.test(length)) return refuse(res, new HttpRefusal(411, 'LENGTH_REQUIRED', 'state the file size in Content-Length', { connection: 'close' }));
      if (Number(length) > MAX_DOCUMENT_BYTES) {
        return refuse(res, new HttpRefusal(413, 'DOCUMENT_TOO_LARGE', `a document is at most ${MAX_DOCUMENT_BYTES} bytes (10 MB)`, { connection: 'close' }));
      }
    }
    const caller = await options.admit(req);
    if (caller instanceof HttpRefusal) return refuse(res, caller);
    const headers: Record<string, string> = { [IDENTITY_HEADER]: await options.signer.tokenFor(caller) };
    if (req.method === 'PUT') {
      headers['content-length'] = req.headers['content-length'] as string;
      if (req.headers['content-type']) headers['content-type'] = req.headers['content-type'];
    }
    let answer: Awaited<ReturnType<typeof request>>;
    try {
      answer = await request(`${origin}${req.url}`, { method: req.method as 'PUT' | 'GET', headers, body: req.method === 'PUT' ? req : undefined, dispatcher: agent });
    } catch {
      if (res.headersSent) return void res.destroy();
      return refuse(res, new HttpRefusal(503, 'SUBGRAPH_UNAVAILABLE', 'documents cannot be reached right now; retry shortly', { 'retry-after': '5' }));
    }
    const forwarded: Record<string, string> = {};
    for (const name of FORWARDED_ANSWER_HEADERS) {
      const value = answer.headers[name];
      if (typeof value === 'string') forwarded[name] = value;
    }
    res.writeHead(answer.statusCode, forwarded);
    await pipeline(answer.body, res).catch(() => res.destroy());
  };

  return {
    routes: [
      { method: 'PUT', prefix: '/documents/upload/', handle: forward },
      { method: 'GET', prefix: '/documents/download/', handle: forward },
    ],
    close: () => agent.close(),
  };
}
