// The limit a gateway is measured against: the subgraph requests it sends for one operation,
// recorded by an HTTP front that stands between a recording gateway and the subgraphs, then
// replayed straight to the subgraphs by a minimal client (undici, as the gateway's own fetcher),
// keeping the plan's sequence and parallelism. The replay is what a gateway that cost nothing
// would achieve on this machine.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { Agent, request } from 'undici';

/** One subgraph request as the gateway sent it. */
export interface RecordedFetch {
  subgraph: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  startedAt: number;
  endedAt: number;
}

/** Requests started together: each stage waits for the previous one's answers. */
export type Stages = RecordedFetch[][];

// Hop-by-hop and length headers belong to one connection, not to the request.
const CONNECTION_HEADERS = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

function forwardable(headers: IncomingHttpHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!CONNECTION_HEADERS.has(name) && value !== undefined) kept[name] = Array.isArray(value) ? value.join(', ') : value;
  return kept;
}

/** An HTTP front per subgraph that forwards every request and remembers it while recording. */
export class RecordingFront {
  private readonly servers: Server[] = [];
  private readonly agent = new Agent({ keepAliveTimeout: 30_000 });
  private recording: RecordedFetch[] | undefined;
  /** Where the recording gateway finds each subgraph: the front's address for it. */
  readonly urls: Record<string, string> = {};

  static async open(subgraphs: Record<string, string>): Promise<RecordingFront> {
    const front = new RecordingFront();
    for (const [name, target] of Object.entries(subgraphs)) front.urls[name] = await front.listen(name, target);
    return front;
  }

  private async listen(name: string, target: string): Promise<string> {
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = forwardable(req.headers);
      const startedAt = performance.now();
      const answer = await request(target, { method: 'POST', headers, body, dispatcher: this.agent });
      const text = await answer.body.text();
      this.recording?.push({ subgraph: name, url: target, headers, body, startedAt, endedAt: performance.now() });
      res.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'application/json') });
      res.end(text);
    });
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  }

  /** Sends one operation through the recording gateway and returns the subgraph requests it caused, in stages. */
  async record(send: () => Promise<void>): Promise<Stages> {
    this.recording = [];
    await send();
    const fetches = this.recording.sort((a, b) => a.startedAt - b.startedAt);
    this.recording = undefined;
    return stagesOf(fetches);
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((s) => new Promise((resolve) => s.close(resolve))));
    await this.agent.close();
  }
}

/**
 * A request started before any request of the current stage had its answer could not have needed
 * one: it runs in parallel with them. Otherwise it starts the next stage. A plan such as
 * Parallel[Sequence[A, B], C] becomes [A, C], [B]: B then waits for C too, which can only make
 * the replay slower, never faster.
 */
export function stagesOf(fetches: RecordedFetch[]): Stages {
  const stages: Stages = [];
  for (const fetch of fetches) {
    const current = stages[stages.length - 1];
    if (current && fetch.startedAt < Math.min(...current.map((f) => f.endedAt))) current.push(fetch);
    else stages.push([fetch]);
  }
  return stages;
}

export function describeStages(stages: Stages): string {
  return stages.map((stage) => (stage.length === 1 ? stage[0].subgraph : `(${stage.map((f) => f.subgraph).join(' ∥ ')})`)).join(' → ');
}

/** What a load round achieved. */
export interface Round {
  perSecond: number;
  completed: number;
  failed: number;
  p50: number;
  p99: number;
  /** The load generator's own CPU per completed operation, µs. */
  clientMicros: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/**
 * `connections` clients, each sending one operation after the other for `seconds`: an operation
 * is a list of stages (a gateway request is one stage of one request). Every answer must be a 200
 * without "errors". Both sides use one undici Agent with the gateway fetcher's settings.
 */
export async function loadRound(operation: () => Stages | Array<Array<Pick<RecordedFetch, 'url' | 'headers' | 'body'>>>, connections: number, seconds: number): Promise<Round> {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const latencies: number[] = [];
  let failed = 0;
  const send = async (f: Pick<RecordedFetch, 'url' | 'headers' | 'body'>) => {
    const answer = await request(f.url, { method: 'POST', headers: f.headers, body: f.body, dispatcher: agent });
    const text = await answer.body.text();
    if (answer.statusCode !== 200 || text.includes('"errors"')) throw new Error(`${answer.statusCode} ${text.slice(0, 300)}`);
  };
  let lastFailure = '';
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const stages = operation();
        const t = performance.now();
        try {
          for (const stage of stages) await Promise.all(stage.map(send));
          latencies.push(performance.now() - t);
        } catch (error) {
          failed++;
          lastFailure = String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await agent.close();
  if (failed > 0) console.error(`  ${failed} failed operations, the last: ${lastFailure.slice(0, 300)}`);
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    completed: latencies.length,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    clientMicros: (cpu.user + cpu.system) / Math.max(1, latencies.length),
  };
}
