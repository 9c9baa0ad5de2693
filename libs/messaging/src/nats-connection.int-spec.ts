// NATS_URL names a cluster by listing some of its members: a service starts as long as one of
// them answers, whichever it is.
import { createServer, type AddressInfo } from 'node:net';
import { testInfrastructure } from '@pass-numerique/testing';
import { connectEventBus, InfrastructureUnavailableError, natsServers } from './nats-connection';

/** A loopback port with nobody listening on it. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a list of NATS servers', () => {
  it('splits a comma-separated NATS_URL, spaces and empty entries ignored', () => {
    expect(natsServers('nats://a:4222, nats://b:4222,,tls://c:4222 ')).toEqual(['nats://a:4222', 'nats://b:4222', 'tls://c:4222']);
  });

  it('connects through whichever listed server answers', async () => {
    const dead = `nats://127.0.0.1:${await deadPort()}`;
    const bus = await connectEventBus(`${dead},${testInfrastructure().natsUrl}`, 'unused', 'nats-list-test');
    try {
      expect(bus.nc.isClosed()).toBe(false);
      await bus.jsm.getAccountInfo();
    } finally {
      await bus.nc.close();
    }
  });

  it('says no server is reachable when none of them answers', async () => {
    const list = [`nats://127.0.0.1:${await deadPort()}`, `nats://127.0.0.1:${await deadPort()}`];
    await expect(connectEventBus(list.join(','), 'unused', 'nats-list-test')).rejects.toBeInstanceOf(InfrastructureUnavailableError);
  });
});
