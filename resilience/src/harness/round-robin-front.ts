// What stands before the replicas of an app in production (a Kubernetes Service, a load
// balancer): one address, each request sent to the next replica in turn. A replica that refuses
// the connection (killed, restarting) is skipped and the request goes to the next one, as a load
// balancer's "next upstream on connection error" does: the request never reached it, so sending
// it elsewhere cannot do anything twice. A connection that breaks after the request left is not
// retried here (the replica may have acted on it): the caller gets 502 and decides, as the
// gateway and partners' software do.
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Tally } from './report';

export class RoundRobinFront {
  /** Requests answered, by upstream port. */
  readonly served = new Tally();
  /** Requests sent to another replica because one refused the connection. */
  skipped = 0;
  private next = 0;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  private constructor(
    private readonly server: Server,
    readonly port: number,
    private readonly upstreams: number[],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(upstreams: number[]): Promise<RoundRobinFront> {
    // Idle connections from clients are kept longer than they keep them, as load balancers do:
    // a client reusing a connection the front is closing at that instant would see it reset.
    const server = createServer({ keepAliveTimeout: 65_000 });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const front = new RoundRobinFront(server, (server.address() as { port: number }).port, upstreams);
    server.on('request', (incoming, response) => front.relay(incoming, response));
    return front;
  }

  private relay(incoming: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => this.forward(incoming, response, Buffer.concat(chunks), 0));
    incoming.on('error', () => response.destroy());
  }

  private forward(incoming: IncomingMessage, response: ServerResponse, body: Buffer, refused: number): void {
    const port = this.upstreams[this.next++ % this.upstreams.length];
    const outgoing = request({ host: '127.0.0.1', port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent: this.agent }, (answer) => {
      this.served.add(String(port));
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
      answer.on('error', () => response.destroy());
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' && refused + 1 < this.upstreams.length) {
        this.skipped++;
        this.forward(incoming, response, body, refused + 1);
      } else if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream ${port}: ${error.code ?? error.message}`);
      } else {
        response.destroy();
      }
    });
    outgoing.end(body);
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
