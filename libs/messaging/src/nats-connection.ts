import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';

/** One NATS connection with its JetStream handles and the subject prefix that isolates an installation (or a test run). */
export interface EventBus {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** First subject token and stream-name prefix: "pn" in production, a throwaway one per test run. */
  prefix: string;
}

export class InfrastructureUnavailableError extends Error {
  override readonly name = 'InfrastructureUnavailableError';
}

export async function connectEventBus(url: string, prefix: string, clientName: string): Promise<EventBus> {
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: url, name: clientName, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
  } catch (error) {
    throw new InfrastructureUnavailableError(`NATS is not reachable at ${url} (${(error as Error).message})`);
  }
  try {
    const jsm = await jetstreamManager(nc);
    return { nc, js: jetstream(nc), jsm, prefix };
  } catch {
    await nc.close();
    throw new InfrastructureUnavailableError(`NATS at ${url} answers but JetStream is not enabled (start nats-server with -js)`);
  }
}
