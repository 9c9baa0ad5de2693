// How the gateway calls its subgraphs: undici's `request` on a keep-alive pool per subgraph,
// instead of Node's `fetch` — the WHATWG layers of `fetch` (Request objects, web streams, one
// AbortSignal per call) were about a quarter of the gateway's busy CPU in the overhead benchmark
// (bench/analytics). The deadline is undici's own: no answer (headers), or a body that stops
// flowing, within `timeoutMs` fails the call. Every failure becomes a plain error whose message
// the error formatter reads as "subgraph unavailable", never carrying an address to the client.
import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';

/** The part of a fetch Response that @apollo/gateway's RemoteGraphQLDataSource reads. */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

export type SubgraphFetcher = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<SubgraphResponse>;

export function subgraphFetcher(timeoutMs: number): SubgraphFetcher & { close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connect: { timeout: timeoutMs } });
  const fetcher = async (url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<SubgraphResponse> => {
    let answer: Awaited<ReturnType<typeof request>>;
    try {
      answer = await request(url, { method: (init.method ?? 'POST') as 'POST', headers: init.headers, body: init.body, dispatcher: agent });
    } catch (error) {
      throw unavailable(error, timeoutMs);
    }
    const { statusCode, headers, body } = answer;
    const read = async <T>(how: () => Promise<T>): Promise<T> => {
      try {
        return await how();
      } catch (error) {
        throw unavailable(error, timeoutMs);
      }
    };
    return {
      ok: statusCode >= 200 && statusCode < 300,
      status: statusCode,
      statusText: STATUS_CODES[statusCode] ?? '',
      url,
      headers: {
        get: (name: string) => {
          const value = headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      json: () => read(() => body.json()),
      text: () => read(() => body.text()),
    };
  };
  return Object.assign(fetcher, { close: () => agent.close() });
}

function unavailable(error: unknown, timeoutMs: number): Error {
  const code = (error as { code?: unknown })?.code;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return new Error(`no answer within ${timeoutMs} ms (timeout)`);
  return new Error(`subgraph unreachable (${typeof code === 'string' ? code : 'connection failed'})`);
}
