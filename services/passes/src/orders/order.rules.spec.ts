// Unit: what an order may hold and the order of its steps, without a database.
import { assertActivatable, assertDeliverable, assertProgrammeRunning, assertValidFromWithinProgramme, checkOrderTerms, checkPaymentOrderNumber, MAX_PASSES_PER_ORDER, type OrderTerms } from './order.rules';

const terms = (overrides: Partial<OrderTerms> = {}): OrderTerms => ({ bookletCount: 2, bookletSize: 10, passFaceValue: '10.00', feeRateBasisPoints: 500, targetPublics: [], ...overrides });

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

describe('order rules', () => {
  it('answers the face value in cents and the number of passes of terms it accepts', () => {
    expect(checkOrderTerms(terms())).toEqual({ faceValue: 1000, passCount: 20 });
    expect(checkOrderTerms(terms({ bookletSize: 5, validFrom: '2021-01-01', validUntil: '2021-01-01', targetPublics: ['SENIORS'] }))).toEqual({ faceValue: 1000, passCount: 10 });
  });

  it('refuses each wrong term with its own code, naming the field', () => {
    expect(() => checkOrderTerms(terms({ bookletSize: 8 }))).toThrow(refused('INVALID_BOOKLET_SIZE', 'bookletSize'));
    expect(() => checkOrderTerms(terms({ bookletCount: 0 }))).toThrow(refused('INVALID_QUANTITY', 'bookletCount'));
    expect(() => checkOrderTerms(terms({ bookletCount: 1.5 }))).toThrow(refused('INVALID_QUANTITY', 'bookletCount'));
    expect(() => checkOrderTerms(terms({ bookletCount: MAX_PASSES_PER_ORDER / 10 + 1 }))).toThrow(refused('INVALID_QUANTITY', 'bookletCount'));
    expect(() => checkOrderTerms(terms({ passFaceValue: '0.00' }))).toThrow(refused('INVALID_AMOUNT', 'passFaceValue'));
    expect(() => checkOrderTerms(terms({ feeRateBasisPoints: 10_001 }))).toThrow(refused('INVALID_RATE', 'feeRateBasisPoints'));
    expect(() => checkOrderTerms(terms({ validFrom: '2021-13-45' }))).toThrow(refused('BAD_USER_INPUT', 'validFrom'));
    expect(() => checkOrderTerms(terms({ validFrom: '2021-06-01', validUntil: '2021-05-31' }))).toThrow(refused('INVALID_PERIOD', 'validUntil'));
    expect(() => checkOrderTerms(terms({ targetPublics: ['SENIORS', 'ASTRONAUTS'] }))).toThrow(refused('BAD_USER_INPUT', 'targetPublics'));
  });

  it("takes orders until the programme's last day, with a validity starting within it", () => {
    const programme = { endsOn: '2021-12-31' };
    expect(() => assertProgrammeRunning(programme, new Date('2021-12-31T23:00:00Z'))).not.toThrow();
    expect(() => assertProgrammeRunning(programme, new Date('2022-01-01T00:00:00Z'))).toThrow(refused('PROGRAMME_ENDED', 'programmeId'));
    expect(() => assertValidFromWithinProgramme('2021-12-31', programme)).not.toThrow();
    expect(() => assertValidFromWithinProgramme(null, programme)).not.toThrow();
    expect(() => assertValidFromWithinProgramme('2022-01-01', programme)).toThrow(refused('INVALID_PERIOD', 'validFrom'));
  });

  it('is delivered once placed, activated once delivered, each once', () => {
    expect(() => assertDeliverable({ status: 'PLACED' })).not.toThrow();
    expect(() => assertDeliverable({ status: 'DELIVERED' })).toThrow(refused('INVALID_ORDER_STATE', 'orderId'));
    expect(() => assertActivatable({ status: 'DELIVERED' })).not.toThrow();
    expect(() => assertActivatable({ status: 'PLACED' })).toThrow(refused('INVALID_ORDER_STATE', 'orderId'));
    expect(() => assertActivatable({ status: 'ACTIVATED' })).toThrow(refused('INVALID_ORDER_STATE', 'orderId'));
  });

  it('takes a payment order number trimmed, refusing one that is empty, too long or holds other signs', () => {
    expect(checkPaymentOrderNumber('  MDT-2021/0042 ')).toBe('MDT-2021/0042');
    expect(() => checkPaymentOrderNumber('   ')).toThrow(refused('BAD_USER_INPUT', 'paymentOrderNumber'));
    expect(() => checkPaymentOrderNumber('A'.repeat(65))).toThrow(refused('BAD_USER_INPUT', 'paymentOrderNumber'));
    expect(() => checkPaymentOrderNumber('=HYPERLINK("x")')).toThrow(refused('BAD_USER_INPUT', 'paymentOrderNumber'));
  });
});
