// Amounts cross the API as decimal strings with at most two decimals (763900.00). Every input
// amount of the service is read here, so that each refusal names its field with the same code.
import { DomainError, parseEuros } from '@pass-numerique/kernel';

/** The amount in cents, whatever its sign; INVALID_AMOUNT on the field when it is not a euro amount. */
export function amountOf(value: string, field: string): number {
  try {
    return parseEuros(value);
  } catch (error) {
    throw new DomainError('INVALID_AMOUNT', (error as Error).message, { field });
  }
}

/** The amount in cents, zero or more — or, when `positive`, more than zero. */
export function checkedAmount(value: string, field: string, positive: boolean): number {
  const amount = amountOf(value, field);
  if (amount < 0 || (positive && amount === 0)) throw new DomainError('INVALID_AMOUNT', `${field} must be ${positive ? 'positive' : 'zero or more'}`, { field });
  return amount;
}
