// Cursor connections for every list that can grow. Cursors are opaque to clients.
import { DomainError } from '@pass-numerique/kernel';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export const MAX_PAGE_SIZE = 500;

export function encodeCursor(offsetKey: string): string {
  return Buffer.from(offsetKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | undefined {
  if (!cursor) return undefined;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded || encodeCursor(decoded) !== cursor) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
  return decoded;
}

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
  return size;
}

/**
 * Builds a connection from rows fetched with LIMIT size+1 (the extra row tells whether a next page
 * exists). Pages go forward: a page asked after a cursor has rows before it (`after`, as the client
 * sent it).
 */
export function toConnection<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => string, after?: string | null): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: Boolean(after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
