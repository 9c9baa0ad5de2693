import { checkPlanBalances, validatePlan, type CoFunderInput } from './funding-plan.rules';

const PROGRAMME = '6f1c2c1e-2020-4c2a-9b1e-000000000001';
const coFunder = (organisation: number, overrides: Partial<CoFunderInput> = {}): CoFunderInput => ({
  organisationId: `6f1c2c1e-2020-4c2a-9b1e-0000000000${String(organisation).padStart(2, '0')}`,
  displayName: `Co-funder ${organisation}`,
  kind: 'OTHER',
  rule: 'ELIGIBLE_PAID_RATE',
  rateBasisPoints: 1_636,
  planned: '100.00',
  status: 'REQUESTED',
  ...overrides,
});

describe('the funding plan', () => {
  it('balances only when the planned amounts sum to the authorised total, to the cent', () => {
    expect(() => checkPlanBalances(76_390_000, 76_390_000)).not.toThrow();
    expect(() => checkPlanBalances(76_389_999, 76_390_000)).toThrow(
      expect.objectContaining({ code: 'PLAN_DOES_NOT_BALANCE', details: expect.objectContaining({ plannedCents: 76_389_999, authorisedCents: 76_390_000 }) }),
    );
  });

  it('allows one co-funder taking the rest, without a rate', () => {
    const plan = validatePlan({ programmeId: PROGRAMME, coFunders: [coFunder(11), coFunder(12, { rule: 'REMAINDER', rateBasisPoints: null })] });
    expect(plan.map((c) => [c.rule, c.rateBasisPoints, c.plannedCents, c.position])).toEqual([
      ['ELIGIBLE_PAID_RATE', 1_636, 10_000, 0],
      ['REMAINDER', null, 10_000, 1],
    ]);
    expect(() => validatePlan({ programmeId: PROGRAMME, coFunders: [coFunder(11, { rule: 'REMAINDER', rateBasisPoints: null }), coFunder(12, { rule: 'REMAINDER', rateBasisPoints: null })] })).toThrow(
      expect.objectContaining({ code: 'MORE_THAN_ONE_REMAINDER', details: { field: 'coFunders.1.rule' } }),
    );
    expect(() => validatePlan({ programmeId: PROGRAMME, coFunders: [coFunder(11, { rule: 'REMAINDER', rateBasisPoints: 100 })] })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
  });

  it('needs a rate between 1 and 10000 basis points for a rate rule', () => {
    for (const rateBasisPoints of [null, 0, 10_001, 16.36]) {
      expect(() => validatePlan({ programmeId: PROGRAMME, coFunders: [coFunder(11, { rateBasisPoints })] })).toThrow(
        expect.objectContaining({ code: 'INVALID_RATE', details: { field: 'coFunders.0.rateBasisPoints' } }),
      );
    }
  });

  it('lists an organisation once and refuses amounts beyond the cent', () => {
    expect(() => validatePlan({ programmeId: PROGRAMME, coFunders: [coFunder(11), coFunder(11)] })).toThrow(expect.objectContaining({ code: 'DUPLICATE_CO_FUNDER' }));
    expect(() => validatePlan({ programmeId: PROGRAMME, coFunders: [coFunder(11, { planned: '1.005' })] })).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', details: { field: 'coFunders.0.planned' } }),
    );
  });
});
