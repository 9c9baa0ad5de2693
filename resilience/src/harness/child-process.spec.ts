import { createServer, type Server } from 'node:net';
import { Child, freePort, onFreshPorts, waitFor } from './child-process';

const listenOn = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

describe('starting a process on a port picked just before', () => {
  const taken = createServer();
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('starts it again on a new port when another process took the first one', async () => {
    const stolen = await freePort();
    await listenOn(taken, stolen);
    const tried: number[] = [];
    const started = await onFreshPorts(async () => {
      const port = tried.length === 0 ? stolen : await freePort();
      tried.push(port);
      // A real server that exits at once when its port is taken, as PostgreSQL and nats-server do.
      const child = new Child('listener', process.execPath, ['-e', `require('node:net').createServer().listen(${port}, '127.0.0.1', () => console.log('listening'))`], { env: {} });
      await waitFor('the listener to listen or to exit', () => !child.running || child.describe().includes('listening'), { timeoutMs: 10_000 });
      if (!child.running) throw new Error(child.describe());
      await child.stop('SIGTERM', 2_000);
      return port;
    });
    expect(tried[0]).toBe(stolen);
    expect(started).not.toBe(stolen);
    expect(tried).toHaveLength(2);
  });

  it('does not retry a failure that is not a lost port', async () => {
    let attempts = 0;
    await expect(
      onFreshPorts(async () => {
        attempts++;
        throw new Error('initdb: directory exists');
      }),
    ).rejects.toThrow('initdb');
    expect(attempts).toBe(1);
  });
});
