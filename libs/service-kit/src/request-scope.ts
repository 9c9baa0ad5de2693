// The request a piece of work belongs to, kept along its asynchronous path so that a log line
// written deep in a service names it without every function passing it on. The gateway gives
// each request its id and sends it to the subgraphs (REQUEST_ID_HEADER), which keep it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

const scope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `work` as part of the request `requestId`. */
export function inRequestScope<T>(requestId: string, work: () => T): T {
  return scope.run({ requestId }, work);
}

/** The id of the request the current work belongs to, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/**
 * The id a request arrives with when it is well formed (letters, digits, `-`, `_`, `.`, `:`,
 * 64 at most: an id, never a place for data), else a new one.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && /^[\w.:-]{1,64}$/.test(value) ? value : randomUUID();
}
