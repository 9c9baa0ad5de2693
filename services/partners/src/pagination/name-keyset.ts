// Lists ordered by (name, id): the cursor carries both, so a page is stable while rows are added.
import { DomainError, parseId } from '@pass-numerique/kernel';
import { decodeCursor } from '@pass-numerique/service-kit';

export function nameKeyOf(row: { name: string; id: string }): string {
  return JSON.stringify([row.name, row.id]);
}

export function decodeNameKeyset(cursor: string | null | undefined): { name: string; id: string } | undefined {
  const decoded = decodeCursor(cursor);
  if (decoded === undefined) return undefined;
  try {
    const [name, id] = JSON.parse(decoded) as unknown[];
    if (typeof name === 'string' && typeof id === 'string') return { name, id: parseId(id, 'after') };
  } catch {
    // falls through to the refusal below
  }
  throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this API', { field: 'after' });
}
