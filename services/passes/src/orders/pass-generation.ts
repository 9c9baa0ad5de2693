// Bulk issue of an order's booklets and passes, computed inside PostgreSQL: two statements and no
// row shipped from the client. Numbers are serial + Luhn digit. Pass serials of an order start on
// a multiple of 10, so a booklet (10 passes, or 5 starting at …0 or …5) never crosses a ten: the
// Luhn sum of every digit but the last is computed once per booklet, and each pass only adds its
// last digit's share. Passes come out in ascending number order, so the primary-key index only
// ever appends. No secret is written: verification codes are derived from the key.
import type { EntityManager } from 'typeorm';
import { PassIssueRepository, type IssueRange } from './pass-issue.repository';

export type { IssueRange };

const issue = new PassIssueRepository();

/**
 * Reserves `count` consecutive serials of a kind, the first on a multiple of `align`; returns the
 * first. Concurrent orders queue on the counter row only until their transaction ends.
 */
export function reserveSerials(manager: EntityManager, kind: 'pass' | 'booklet', count: number, align = 1): Promise<number> {
  return issue.reserveSerials(manager, kind, count, align);
}

export const PASS_SERIAL_ALIGNMENT = 10;

export async function issueBookletsAndPasses(manager: EntityManager, range: IssueRange): Promise<void> {
  if (range.firstPassSerial % PASS_SERIAL_ALIGNMENT !== 0 || PASS_SERIAL_ALIGNMENT % range.bookletSize !== 0) {
    throw new Error('pass serials of an order must start on a multiple of 10, in booklets of 10 or 5');
  }
  await issue.insertBooklets(manager, range);
  await issue.insertPasses(manager, range);
}
