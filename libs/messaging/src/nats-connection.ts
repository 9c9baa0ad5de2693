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

/**
 * The servers of a NATS_URL: one URL, or a comma-separated list of a cluster's members. The
 * client connects to any one that answers and learns the rest of the cluster from it, so a
 * list only has to hold enough members to find one alive at start.
 */
export function natsServers(url: string | string[]): string[] {
  return (Array.isArray(url) ? url : url.split(',')).map((server) => server.trim()).filter((server) => server.length > 0);
}

export async function connectEventBus(url: string | string[], prefix: string, clientName: string): Promise<EventBus> {
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: natsServers(url), name: clientName, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
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
