import { validateCommitment, validatePayment, validateReduction } from './commitment.rules';

const AUTH = '6f1c2c1e-2020-4c2a-9b1e-000000000003';
const COMMITMENT = '6f1c2c1e-2020-4c2a-9b1e-000000000030';

describe('hand-entered commitments, payments and reductions', () => {
  it('makes a pass order worth its face value plus the fee', () => {
    const { draft } = validateCommitment({ authorisationId: AUTH, kind: 'PASS_ORDER', reference: 'C1', committedOn: '2020-03-02', faceValue: '687500', fee: '27500.00' });
    expect(draft).toMatchObject({ amountCents: 71_500_000, faceValueCents: 68_750_000, feeCents: 2_750_000, budgetYear: 2020 });
  });

  it('refuses a date that is not on the calendar, with its field', () => {
    expect(() => validateCommitment({ authorisationId: AUTH, kind: 'OTHER', reference: 'C1', committedOn: '2021-02-29', amount: '1' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'committedOn' }) }),
    );
  });

  it('charges an act to its year, or to the year before only in January', () => {
    const pay = (paidOn: string, budgetYear?: number) => validatePayment({ commitmentId: COMMITMENT, paymentOrderNumber: 'M1', paidOn, budgetYear, federEligible: true, amount: '1' });
    expect(pay('2021-06-30').draft.budgetYear).toBe(2021);
    expect(pay('2021-01-31', 2020).draft.budgetYear).toBe(2020);
    expect(() => pay('2021-02-01', 2020)).toThrow(expect.objectContaining({ code: 'BUDGET_YEAR_MISMATCH' }));
    expect(() => pay('2021-06-30', 2022)).toThrow(expect.objectContaining({ code: 'BUDGET_YEAR_MISMATCH' }));
  });

  it('needs a positive amount in cents everywhere', () => {
    expect(() => validatePayment({ commitmentId: COMMITMENT, paymentOrderNumber: 'M1', paidOn: '2021-01-01', federEligible: true, amount: '-1' })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
    expect(() => validateReduction({ commitmentId: COMMITMENT, amount: '0.00', reducedOn: '2021-01-01', reference: 'A' })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', details: expect.objectContaining({ field: 'amount' }) }),
    );
    expect(() => validateCommitment({ authorisationId: AUTH, kind: 'PASS_ORDER', reference: 'C1', committedOn: '2020-03-02', faceValue: '0', fee: '0' })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });
});
