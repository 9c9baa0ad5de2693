// Throwaway infrastructure for tests. `npm test` discovers (or starts) PostgreSQL and NATS and
// passes them in PN_TEST_DATABASE_URL / NATS_URL with a run id; every database and stream a
// test makes is named after that run id, so nothing touches `npm start`'s data, and the runner
// removes whatever a crashed test left behind.
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { ServiceConfig } from '@pass-numerique/service-kit';
import { connectEventBus, deleteStreams, eventSubject, streamName, type EventBus } from '@pass-numerique/messaging';

export interface TestInfrastructure {
  /** Server URL (database part ignored) of a PostgreSQL where tests may create databases. */
  databaseUrl: string;
  natsUrl: string;
  runId: string;
}

export function testInfrastructure(): TestInfrastructure {
  return {
    databaseUrl: process.env.PN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    natsUrl: process.env.PN_TEST_NATS_URL ?? 'nats://127.0.0.1:4222',
    runId: process.env.PN_TEST_RUN_ID ?? `local${randomBytes(3).toString('hex')}`,
  };
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

/** The database-name prefix of a test run, used by the runner to sweep leftovers. */
export function testDatabasePrefix(runId: string): string {
  return `pn_test_${runId}_`;
}

export function testDatabaseUrl(label: string): string {
  const infra = testInfrastructure();
  const url = new URL(infra.databaseUrl);
  url.pathname = `/${testDatabasePrefix(infra.runId)}${label}_${uniqueSuffix()}`;
  return url.toString();
}

export function testEventPrefix(): string {
  return `t${testInfrastructure().runId}_${uniqueSuffix()}`.toLowerCase().slice(0, 31);
}

/** Creates an empty throwaway database and returns its URL (for tests below the service level). */
export async function createTestDatabase(label: string): Promise<string> {
  const url = testDatabaseUrl(label);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${decodeURIComponent(new URL(url).pathname.slice(1))}"`);
  } finally {
    await client.end();
  }
  return url;
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function deleteTestStreams(prefix: string): Promise<void> {
  const bus = await connectEventBus(testInfrastructure().natsUrl, prefix, 'test-cleanup');
  try {
    await deleteStreams(bus);
  } finally {
    await bus.nc.close();
  }
}

export const TEST_IDENTITY_SECRET = 'test-only-secret-that-is-long-enough-0123456789';

/** A complete service configuration on throwaway infrastructure (port 0: the OS picks a free one). */
export function testServiceConfig(service: string, overrides: Partial<ServiceConfig> = {}): ServiceConfig {
  const infra = testInfrastructure();
  return {
    service,
    port: 0,
    host: '127.0.0.1',
    databaseUrl: testDatabaseUrl(service),
    natsUrl: infra.natsUrl,
    eventPrefix: testEventPrefix(),
    internalIdentitySecret: TEST_IDENTITY_SECRET,
    logLevel: 'silent',
    ...overrides,
  };
}

/** A loopback port nobody listens on (for a server that must not answer, or one to start there). */
export async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

export type { EventBus };

/** The last event of a type in its stream (undefined when none), read straight from JetStream. */
export async function lastPublishedEvent<P = any>(bus: EventBus, type: string): Promise<{ id: string; type: string; payload: P } | undefined> {
  try {
    const stored = await bus.jsm.streams.getMessage(streamName(bus.prefix, type.split('.')[0]), { last_by_subj: eventSubject(bus.prefix, type) });
    return stored ? (stored.json() as { id: string; type: string; payload: P }) : undefined;
  } catch {
    return undefined;
  }
}
