// Unit: why a pass or a place refuses a redemption, and when a redemption may be corrected, without a database.
import { assertCancellable, assertRecoverable, assertReimbursed, CANCELLATION_WINDOW_MS, checkCorrectionReason, checkIdempotencyKey, passRefusal, placeRefusal } from './redemption.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

const usable = { status: 'HANDED_OUT', order_status: 'ACTIVATED', valid_until: '2021-12-31', order_valid_from: '2021-01-01' } as const;
// 80021: Amiens, in the Somme (80) and Hauts-de-France (32).
const qualified = { id: 'place', organisationId: 'organisation', inseeCode: '80021', status: 'QUALIFIED' as const };

describe('redemption rules', () => {
  it("answers the pass's first reason to refuse, in the order a place wants to hear it", () => {
    expect(passRefusal(usable, '2021-06-01')).toBeNull();
    expect(passRefusal({ ...usable, status: 'REDEEMED' }, '2021-06-01')).toBe('ALREADY_REDEEMED');
    expect(passRefusal({ ...usable, status: 'EXPIRED', order_status: 'PLACED' }, '2021-06-01')).toBe('EXPIRED');
    expect(passRefusal({ ...usable, status: 'ISSUED', order_status: 'DELIVERED' }, '2021-06-01')).toBe('NOT_ACTIVATED');
    expect(passRefusal({ ...usable, status: 'ISSUED' }, '2021-06-01')).toBe('NOT_HANDED_OUT');
    expect(passRefusal(usable, '2022-01-01')).toBe('EXPIRED');
    expect(passRefusal(usable, '2020-12-31')).toBe('NOT_YET_VALID');
  });

  it("answers the place's reason: qualified by the pass's programme, inside the pass's perimeter", () => {
    const inSomme = { perimeter_level: 'DEPARTEMENT', perimeter_code: '80', place_in_zone: false };
    expect(placeRefusal(qualified, inSomme)).toBeNull();
    expect(placeRefusal(qualified, { ...inSomme, perimeter_code: '62' })).toBe('OUTSIDE_PERIMETER');
    expect(placeRefusal({ ...qualified, status: 'SUSPENDED' }, inSomme)).toBe('PLACE_NOT_QUALIFIED');
    expect(placeRefusal(null, inSomme)).toBe('PLACE_NOT_QUALIFIED');
    expect(placeRefusal(qualified, { perimeter_level: 'ZONE', perimeter_code: 'zone', place_in_zone: true })).toBeNull();
    expect(placeRefusal(qualified, { perimeter_level: 'ZONE', perimeter_code: 'zone', place_in_zone: false })).toBe('OUTSIDE_PERIMETER');
  });

  it('takes idempotency keys of 8 to 128 plain signs, and correction reasons of 3 to 500 characters, trimmed', () => {
    expect(() => checkIdempotencyKey('till-3:2021-06-01.0042')).not.toThrow();
    expect(() => checkIdempotencyKey('short')).toThrow(refused('BAD_USER_INPUT', 'idempotencyKey'));
    expect(() => checkIdempotencyKey('with spaces inside')).toThrow(refused('BAD_USER_INPUT', 'idempotencyKey'));
    expect(checkCorrectionReason('  wrong pass scanned ')).toBe('wrong pass scanned');
    expect(() => checkCorrectionReason(' no ')).toThrow(refused('BAD_USER_INPUT', 'reason'));
    expect(() => checkCorrectionReason('x'.repeat(501))).toThrow(refused('BAD_USER_INPUT', 'reason'));
  });

  it('cancels a redemption once, out of any statement, within the window', () => {
    const redeemedAt = new Date('2021-06-01T10:00:00Z');
    const redemption = { status: 'REDEEMED' as const, statementId: null, redeemedAt };
    const inTime = new Date(redeemedAt.getTime() + CANCELLATION_WINDOW_MS);
    expect(() => assertCancellable(redemption, inTime)).not.toThrow();
    expect(() => assertCancellable(redemption, new Date(inTime.getTime() + 1))).toThrow(refused('CANCELLATION_WINDOW_CLOSED', 'redemptionId'));
    expect(() => assertCancellable({ ...redemption, status: 'CANCELLED' }, redeemedAt)).toThrow(refused('ALREADY_CANCELLED', 'redemptionId'));
    expect(() => assertCancellable({ ...redemption, statementId: 'statement' }, redeemedAt)).toThrow(refused('REDEMPTION_IN_STATEMENT', 'redemptionId'));
  });

  it('recovers a redemption once, not cancelled, once its statement is paid', () => {
    expect(() => assertRecoverable({ status: 'REDEEMED' })).not.toThrow();
    expect(() => assertRecoverable({ status: 'RECOVERED' })).toThrow(refused('ALREADY_RECOVERED', 'redemptionId'));
    expect(() => assertRecoverable({ status: 'CANCELLED' })).toThrow(refused('ALREADY_CANCELLED', 'redemptionId'));
    expect(() => assertReimbursed({ status: 'PAID' })).not.toThrow();
    expect(() => assertReimbursed({ status: 'APPROVED' })).toThrow(expect.objectContaining({ code: 'REDEMPTION_NOT_PAID', details: { field: 'redemptionId', statementStatus: 'APPROVED' } }));
    expect(() => assertReimbursed(null)).toThrow(expect.objectContaining({ code: 'REDEMPTION_NOT_PAID', details: { field: 'redemptionId', statementStatus: null } }));
  });
});
