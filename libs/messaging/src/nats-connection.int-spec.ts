// NATS_URL names a cluster by listing some of its members: a service starts as long as one of
// them answers, whichever it is.
import { testInfrastructure, unusedPort } from '@pass-numerique/testing';
import { connectEventBus, InfrastructureUnavailableError, natsServers } from './nats-connection';

describe('a list of NATS servers', () => {
  it('splits a comma-separated NATS_URL, spaces and empty entries ignored', () => {
    expect(natsServers('nats://a:4222, nats://b:4222,,tls://c:4222 ')).toEqual(['nats://a:4222', 'nats://b:4222', 'tls://c:4222']);
  });

  it('connects through whichever listed server answers', async () => {
    const dead = `nats://127.0.0.1:${await unusedPort()}`;
    const bus = await connectEventBus(`${dead},${testInfrastructure().natsUrl}`, 'unused', 'nats-list-test');
    try {
      expect(bus.nc.isClosed()).toBe(false);
      await bus.jsm.getAccountInfo();
    } finally {
      await bus.nc.close();
    }
  });

  it('says no server is reachable when none of them answers', async () => {
    const list = [`nats://127.0.0.1:${await unusedPort()}`, `nats://127.0.0.1:${await unusedPort()}`];
    await expect(connectEventBus(list.join(','), 'unused', 'nats-list-test')).rejects.toBeInstanceOf(InfrastructureUnavailableError);
  });
});
