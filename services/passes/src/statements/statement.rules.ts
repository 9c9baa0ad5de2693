// The rules of monthly statements, as pure functions: which month may be stated, what a payment
// must carry, and the order of the steps (pending → approved → paid).
import { DomainError } from '@pass-numerique/kernel';
import { StatementError } from './statement.errors';
import type { StatementEntity } from './statement.entity';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A payment reference as treasuries write them: letters, digits and a few separators. */
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 /._-]{0,63}$/;

/** The instants a month `YYYY-MM` starts and ends (UTC, end excluded). */
export function monthBounds(month: string): { start: Date; end: Date } {
  const match = MONTH.exec(month);
  if (!match) throw new StatementError('INVALID_MONTH', 'month must be YYYY-MM', { field: 'month' });
  const [year, m] = [Number(match[1]), Number(match[2])];
  return { start: new Date(Date.UTC(year, m - 1, 1)), end: new Date(Date.UTC(year, m, 1)) };
}

/** A month is stated once it has ended: its redemptions are all known. */
export function assertMonthEnded(month: string, end: Date, now: Date): void {
  if (now < end) throw new StatementError('MONTH_NOT_ENDED', `${month} has not ended yet`, { field: 'month' });
}

/** The payment's reference, trimmed, and its day (today when none is given). */
export function checkPayment(paymentReference: string, paidOn: string | null | undefined, today: string): { reference: string; day: string } {
  const reference = paymentReference.trim();
  if (!REFERENCE.test(reference)) throw new DomainError('BAD_USER_INPUT', 'paymentReference must be 1–64 letters, digits, spaces or / . _ -', { field: 'paymentReference' });
  const day = paidOn ?? today;
  if (!DATE.test(day)) throw new DomainError('BAD_USER_INPUT', 'paidOn must be a date YYYY-MM-DD', { field: 'paidOn' });
  return { reference, day };
}

export function assertApprovable(statement: Pick<StatementEntity, 'status'>): void {
  if (statement.status !== 'PENDING') throw new StatementError('STATEMENT_NOT_PENDING', `the statement is ${statement.status}`, { field: 'statementId', status: statement.status });
}

export function assertPayable(statement: Pick<StatementEntity, 'status'>): void {
  if (statement.status !== 'APPROVED') {
    throw new StatementError('STATEMENT_NOT_APPROVED', `only an approved statement can be paid; this one is ${statement.status}`, { field: 'statementId', status: statement.status });
  }
}
