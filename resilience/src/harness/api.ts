// Calls through the gateway as the platform's users make them: people with a token, partner
// software with its key. An answer with an error becomes an ApiError carrying the error's code.
import type { Platform } from './platform';
import { outcomeOf, type GraphQLResult } from './platform';
import { sleep } from './child-process';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
    readonly result?: GraphQLResult,
  ) {
    super(`${code}: ${message}`);
  }
}

export type Caller = { token: string } | { apiKey: string };

export function headersOf(caller: Caller): Record<string, string> {
  return 'token' in caller ? { authorization: `Bearer ${caller.token}` } : { 'x-api-key': caller.apiKey };
}

/** The codes that mean "the platform is (partly) unavailable right now; the same call may be made again". */
export const UNAVAILABLE_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'AUTHENTICATION_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'UNCODED']);

export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiError && (error.code.startsWith('NETWORK:') || UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('HTTP_5'));
}

export async function call<Data = any>(platform: Platform, caller: Caller, query: string, variables: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<Data> {
  const result = await platform.query<Data>(query, variables, headersOf(caller), timeoutMs);
  const outcome = outcomeOf(result);
  if (outcome === 'OK' && result.data) return result.data;
  if (outcome === 'OK') throw new ApiError(`HTTP_${result.status}`, 'no data', result);
  throw new ApiError(outcome, result.errors?.[0]?.message ?? result.networkError ?? `HTTP ${result.status}`, result);
}

/**
 * Calls until the answer is not one of `notYet` (a fact still travelling between services) and
 * the platform is available; gives up after `timeoutMs`.
 */
export async function callWhen<Data = any>(
  platform: Platform,
  caller: Caller,
  query: string,
  variables: Record<string, unknown>,
  { notYet = [], timeoutMs = 30_000 }: { notYet?: string[]; timeoutMs?: number } = {},
): Promise<Data> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call<Data>(platform, caller, query, variables);
    } catch (error) {
      const retry = error instanceof ApiError && (notYet.includes(error.code) || isUnavailable(error));
      if (!retry || Date.now() > deadline) throw error;
      await sleep(Math.min(1_000, 100 * 2 ** attempt));
    }
  }
}
