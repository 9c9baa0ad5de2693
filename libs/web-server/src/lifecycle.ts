// How the small servers beside the platform (the console's, the public site's, the development
// identity provider) listen, stop and live as a process. Node's own http only: each serves a
// few routes, and none may pull in the services' libraries (it would bundle them).
import type { Server } from 'node:http';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Listens on `host:port` (0: any free port, as tests ask) and answers the URL actually listened
 * on, with a stop that closes every connection, idle keep-alive ones included, so that it never
 * waits for a browser to hang up.
 */
export async function listen(server: Server, port: number, host: string): Promise<RunningServer> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * A server's process: `start` reads its configuration and starts it, answering the server and
 * the line that says where it listens; it stops on SIGINT or SIGTERM. A start that fails (a
 * configuration refused, a port taken) is one line on stderr and exit code 1, never a stack.
 */
export function runServer(start: () => Promise<{ server: RunningServer; listening: string }>): void {
  start()
    .then(({ server, listening }) => {
      console.log(listening);
      const stop = () => void server.stop().then(() => process.exit(0));
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
