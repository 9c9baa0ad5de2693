// Public money is counted in integer cents: floats cannot represent 0.10 exactly, and a
// programme must reconcile to the cent across four services.
import { DomainError } from './errors';

export type Cents = number & { readonly __unit: 'cents' };
export const CURRENCY = 'EUR' as const;

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('INVALID_AMOUNT', `amount must be a whole number of cents, got ${value}`);
  }
  return value as Cents;
}

/** Parses a decimal euro amount ("763900.00", "10", "0.5") into cents, refusing more than two decimals. */
export function parseEuros(text: string): Cents {
  const match = /^(-)?(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) throw new DomainError('INVALID_AMOUNT', `not a euro amount with at most two decimals: "${text}"`);
  const [, minus, units, fraction = ''] = match;
  const value = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  return cents(minus ? -value : value);
}

/** "763900.00": the canonical decimal form used in APIs and CSV exports. */
export function toDecimalString(amount: Cents): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const frenchFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: CURRENCY });
/** "763 900,00 €" (with the narrow no-break spaces French typography uses). */
export function formatEuros(amount: Cents): string {
  return frenchFormat.format(amount / 100);
}

export function addCents(...amounts: Cents[]): Cents {
  return cents(amounts.reduce<number>((sum, a) => sum + a, 0));
}

/**
 * Applies a rate expressed in basis points (16.36 % = 1636) and rounds half away from zero
 * to the cent, in integer arithmetic so that no float ever touches an amount.
 */
export function applyRate(amount: Cents, basisPoints: number): Cents {
  if (!Number.isSafeInteger(basisPoints)) throw new DomainError('INVALID_RATE', `rate must be whole basis points, got ${basisPoints}`);
  const product = BigInt(amount) * BigInt(basisPoints);
  const sign = product < 0n ? -1n : 1n;
  const abs = product * sign;
  const rounded = (abs + 5_000n) / 10_000n;
  return cents(Number(rounded * sign));
}

/** Multiplies a unit amount by a count, refusing overflow beyond safe integers. */
export function multiplyCents(unit: Cents, count: number): Cents {
  return cents(unit * count);
}
