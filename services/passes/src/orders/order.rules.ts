// The rules of an order, as pure functions: what an order may hold, when its programme still
// takes one, and which state each step needs. The service loads, applies these, saves and records.
import { DomainError, isoDate, parseEuros, type Cents } from '@pass-numerique/kernel';
import { TARGET_PUBLICS } from '@pass-numerique/event-contracts';
import { OrderError } from './order.errors';
import type { PassOrderEntity } from './order.entity';
import type { ProgrammeEntity } from '../programmes/programme.entity';

/** Bounds one order (and one transaction): 2 million passes, the national programme's size. */
export const MAX_PASSES_PER_ORDER = 2_000_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A payment order number as treasuries write them: letters, digits and a few separators. */
const PAYMENT_ORDER = /^[A-Za-z0-9][A-Za-z0-9 /._-]{0,63}$/;

/** The terms of an order as the caller sends them. */
export interface OrderTerms {
  bookletCount: number;
  bookletSize: number;
  /** Decimal euro string: "10.00". */
  passFaceValue: string;
  feeRateBasisPoints: number;
  validFrom?: string | null;
  validUntil?: string | null;
  targetPublics: string[];
}

/** Checks an order's terms on their own; answers the face value in cents and the number of passes. */
export function checkOrderTerms(terms: OrderTerms): { faceValue: Cents; passCount: number } {
  if (terms.bookletSize !== 5 && terms.bookletSize !== 10) {
    throw new OrderError('INVALID_BOOKLET_SIZE', 'booklets hold 10 or 5 passes', { field: 'bookletSize' });
  }
  if (!Number.isInteger(terms.bookletCount) || terms.bookletCount < 1 || terms.bookletCount * terms.bookletSize > MAX_PASSES_PER_ORDER) {
    throw new OrderError('INVALID_QUANTITY', `an order holds 1 booklet to ${MAX_PASSES_PER_ORDER} passes`, { field: 'bookletCount' });
  }
  const faceValue = parseEuros(terms.passFaceValue);
  if (faceValue <= 0) throw new DomainError('INVALID_AMOUNT', 'passFaceValue must be positive', { field: 'passFaceValue' });
  if (!Number.isInteger(terms.feeRateBasisPoints) || terms.feeRateBasisPoints < 0 || terms.feeRateBasisPoints > 10_000) {
    throw new DomainError('INVALID_RATE', 'feeRateBasisPoints must be whole basis points between 0 and 10000', { field: 'feeRateBasisPoints' });
  }
  for (const [field, value] of [['validFrom', terms.validFrom], ['validUntil', terms.validUntil]] as const) {
    if (value && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) throw new DomainError('BAD_USER_INPUT', `${field} must be a date YYYY-MM-DD`, { field });
  }
  if (terms.validFrom && terms.validUntil && terms.validUntil < terms.validFrom) {
    throw new OrderError('INVALID_PERIOD', 'validUntil must not be before validFrom', { field: 'validUntil' });
  }
  const unknownPublics = terms.targetPublics.filter((p) => !(TARGET_PUBLICS as readonly string[]).includes(p));
  if (unknownPublics.length) throw new DomainError('BAD_USER_INPUT', `unknown target publics: ${unknownPublics.join(', ')}`, { field: 'targetPublics' });
  return { faceValue, passCount: terms.bookletCount * terms.bookletSize };
}

/** No pass is ordered for a programme whose operation has ended. */
export function assertProgrammeRunning(programme: Pick<ProgrammeEntity, 'endsOn'>, now: Date): void {
  if (programme.endsOn < isoDate(now)) {
    throw new OrderError('PROGRAMME_ENDED', `the programme ended on ${programme.endsOn}: no more passes are ordered for it`, { field: 'programmeId' });
  }
}

/** An order's validity starts within its programme's operation. */
export function assertValidFromWithinProgramme(validFrom: string | null | undefined, programme: Pick<ProgrammeEntity, 'endsOn'>): void {
  if (validFrom && validFrom > programme.endsOn) {
    throw new OrderError('INVALID_PERIOD', "validFrom is after the programme's end", { field: 'validFrom' });
  }
}

/** The payment order number that activates an order, trimmed; refused unless it looks like one. */
export function checkPaymentOrderNumber(paymentOrderNumber: string): string {
  const number = paymentOrderNumber.trim();
  if (!PAYMENT_ORDER.test(number)) {
    throw new DomainError('BAD_USER_INPUT', 'paymentOrderNumber must be 1–64 letters, digits, spaces or / . _ -', { field: 'paymentOrderNumber' });
  }
  return number;
}

/** Delivery follows the placing, once. */
export function assertDeliverable(order: Pick<PassOrderEntity, 'status'>): void {
  if (order.status !== 'PLACED') throw new OrderError('INVALID_ORDER_STATE', `the order is ${order.status}, not PLACED`, { field: 'orderId', status: order.status });
}

/** Activation follows the delivery, once. */
export function assertActivatable(order: Pick<PassOrderEntity, 'status'>): void {
  if (order.status !== 'DELIVERED') {
    throw new OrderError('INVALID_ORDER_STATE', `only a delivered order can be activated; this one is ${order.status}`, { field: 'orderId', status: order.status });
  }
}
