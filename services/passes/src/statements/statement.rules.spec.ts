// Unit: which month is stated and the steps of a statement, without a database.
import { assertApprovable, assertMonthEnded, assertPayable, checkPayment, monthBounds } from './statement.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

describe('statement rules', () => {
  it('bounds a month in UTC, December rolling over, and refuses anything but YYYY-MM', () => {
    expect(monthBounds('2021-02')).toEqual({ start: new Date('2021-02-01T00:00:00Z'), end: new Date('2021-03-01T00:00:00Z') });
    expect(monthBounds('2021-12')).toEqual({ start: new Date('2021-12-01T00:00:00Z'), end: new Date('2022-01-01T00:00:00Z') });
    for (const month of ['2021-13', '2021-2', '202102', '2021-00']) expect(() => monthBounds(month)).toThrow(refused('INVALID_MONTH', 'month'));
  });

  it('states a month once it has ended', () => {
    const { end } = monthBounds('2021-02');
    expect(() => assertMonthEnded('2021-02', end, new Date('2021-03-01T00:00:00Z'))).not.toThrow();
    expect(() => assertMonthEnded('2021-02', end, new Date('2021-02-28T23:59:59Z'))).toThrow(refused('MONTH_NOT_ENDED', 'month'));
  });

  it('takes a payment reference trimmed and its day, today by default', () => {
    expect(checkPayment(' VIR-2021-03 ', null, '2021-04-02')).toEqual({ reference: 'VIR-2021-03', day: '2021-04-02' });
    expect(checkPayment('VIR-2021-03', '2021-04-01', '2021-04-02')).toEqual({ reference: 'VIR-2021-03', day: '2021-04-01' });
    expect(() => checkPayment('', null, '2021-04-02')).toThrow(refused('BAD_USER_INPUT', 'paymentReference'));
    expect(() => checkPayment('+33 cmd', null, '2021-04-02')).toThrow(refused('BAD_USER_INPUT', 'paymentReference'));
    expect(() => checkPayment('VIR-2021-03', '1 April', '2021-04-02')).toThrow(refused('BAD_USER_INPUT', 'paidOn'));
  });

  it('is approved while pending, paid once approved', () => {
    expect(() => assertApprovable({ status: 'PENDING' })).not.toThrow();
    expect(() => assertApprovable({ status: 'APPROVED' })).toThrow(refused('STATEMENT_NOT_PENDING', 'statementId'));
    expect(() => assertPayable({ status: 'APPROVED' })).not.toThrow();
    expect(() => assertPayable({ status: 'PENDING' })).toThrow(refused('STATEMENT_NOT_APPROVED', 'statementId'));
    expect(() => assertPayable({ status: 'PAID' })).toThrow(refused('STATEMENT_NOT_APPROVED', 'statementId'));
  });
});
