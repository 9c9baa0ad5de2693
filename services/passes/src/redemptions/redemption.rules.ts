// The rules of redemption, as pure functions: why a pass or a place refuses a redemption, what a
// request and a correction must carry, and when a redemption may still be cancelled or recovered.
import { DomainError } from '@pass-numerique/kernel';
import { communeIsIn } from '../territories/territory-rules';
import { RedemptionError, type RefusalCode } from './redemption.errors';
import type { PassFacts } from './redemption.repository';
import type { RedemptionEntity } from './redemption.entity';

/** How long after a redemption programme staff may still cancel it. */
export const CANCELLATION_WINDOW_MS = 72 * 3_600_000;
/** What a place's software may use as an idempotency key: long enough to be unique, short enough to index. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9:._-]{8,128}$/;

/** The pass's own reason to refuse, in the order a place would want to hear it. */
export function passRefusal(pass: Pick<PassFacts, 'status' | 'order_status' | 'valid_until' | 'order_valid_from'>, today: string): RefusalCode | null {
  if (pass.status === 'REDEEMED') return 'ALREADY_REDEEMED';
  if (pass.status === 'EXPIRED') return 'EXPIRED';
  if (pass.order_status !== 'ACTIVATED') return 'NOT_ACTIVATED';
  if (pass.status === 'ISSUED') return 'NOT_HANDED_OUT';
  if (pass.valid_until && today > pass.valid_until) return 'EXPIRED';
  if (pass.order_valid_from && today < pass.order_valid_from) return 'NOT_YET_VALID';
  return null;
}

/** The place's reason to refuse: it must be qualified by the pass's programme, inside the pass's perimeter. */
export function placeRefusal(place: PassFacts['place'], pass: Pick<PassFacts, 'perimeter_level' | 'perimeter_code' | 'place_in_zone'>): RefusalCode | null {
  if (!place || place.status !== 'QUALIFIED') return 'PLACE_NOT_QUALIFIED';
  const inside = pass.perimeter_level === 'ZONE' ? pass.place_in_zone : communeIsIn(place.inseeCode, { level: pass.perimeter_level, code: pass.perimeter_code });
  if (!inside) return 'OUTSIDE_PERIMETER';
  return null;
}

export function checkIdempotencyKey(key: string): void {
  if (!IDEMPOTENCY_KEY.test(key)) throw new DomainError('BAD_USER_INPUT', 'idempotencyKey must be 8–128 letters, digits or : . _ -', { field: 'idempotencyKey' });
}

/** Why a redemption is corrected, as staff wrote it: 3 to 500 characters, trimmed. */
export function checkCorrectionReason(reason: string): string {
  const why = reason.trim();
  if (why.length < 3 || why.length > 500) throw new DomainError('BAD_USER_INPUT', 'reason must be 3–500 characters', { field: 'reason' });
  return why;
}

/** A redemption is cancelled once, before its place's statement takes it, within the window. */
export function assertCancellable(redemption: Pick<RedemptionEntity, 'status' | 'statementId' | 'redeemedAt'>, now: Date): void {
  if (redemption.status === 'CANCELLED') throw new RedemptionError('ALREADY_CANCELLED', 'this redemption is already cancelled', { field: 'redemptionId' });
  if (redemption.statementId) throw new RedemptionError('REDEMPTION_IN_STATEMENT', "this redemption is in a place's monthly statement", { field: 'redemptionId' });
  if (now.getTime() - redemption.redeemedAt.getTime() > CANCELLATION_WINDOW_MS) {
    throw new RedemptionError('CANCELLATION_WINDOW_CLOSED', `a redemption may be cancelled within ${CANCELLATION_WINDOW_MS / 3_600_000} hours`, { field: 'redemptionId' });
  }
}

/** The last instant a redemption may still be cancelled (assertCancellable's window); null once it no longer may. */
export function cancellableUntil(redemption: Pick<RedemptionEntity, 'status' | 'statementId' | 'redeemedAt'>, now: Date): Date | null {
  if (redemption.status !== 'REDEEMED' || redemption.statementId) return null;
  const until = new Date(redemption.redeemedAt.getTime() + CANCELLATION_WINDOW_MS);
  return until.getTime() >= now.getTime() ? until : null;
}

/** A redemption not recovered yet nor cancelled… */
export function assertRecoverable(redemption: Pick<RedemptionEntity, 'status'>): void {
  if (redemption.status === 'RECOVERED') throw new RedemptionError('ALREADY_RECOVERED', 'this redemption has already been recovered', { field: 'redemptionId' });
  if (redemption.status === 'CANCELLED') throw new RedemptionError('ALREADY_CANCELLED', 'this redemption is already cancelled', { field: 'redemptionId' });
}

/** …is recovered only once the statement that reimbursed it has been paid; before that, it is cancelled or left out. */
export function assertReimbursed<S extends { status: string }>(statement: S | null): asserts statement is S {
  if (!statement || statement.status !== 'PAID') {
    throw new RedemptionError('REDEMPTION_NOT_PAID', "this redemption's statement has not been paid: cancel it, or leave it out of the statement", {
      field: 'redemptionId',
      statementStatus: statement?.status ?? null,
    });
  }
}
