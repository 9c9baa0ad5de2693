// Unit: what a programme's deliberations, authorisations and closing must satisfy, without a database.
import type { ClosingFigures } from './programme.repository';
import { assertAdopted, assertClosable, checkAmountAndSchedule, checkAuthorisationChanges, checkClosingReference, checkDeliberation, checkPerimeter, type DeliberationCommand } from './programme.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

const deliberation = (overrides: Partial<DeliberationCommand> = {}): DeliberationCommand => ({
  number: 'CP 2020-02-04 / 12',
  decidedOn: '2020-02-04',
  body: 'STANDING_COMMITTEE',
  place: 'Amiens',
  chair: 'the president',
  subject: 'Pass numérique',
  vote: { for: 40, against: 2, abstention: 1, present: 40, proxies: 5, absent: 3, notVoting: 2 },
  outcome: 'ADOPTED',
  decisions: [],
  cites: [],
  ...overrides,
});

const settled: ClosingFigures = {
  authorisedCents: 100_000,
  committedCents: 80_000,
  paymentsCents: 80_000,
  receiptsCents: 0,
  lastPaidOn: '2022-06-15',
  commitmentsToPay: 0,
  toPayCents: 0,
  pendingStatements: 0,
  outstandingRecoveries: 0,
  unsettledFacts: 0,
};

describe('programme rules', () => {
  it('names a territory by its level and a code of that level, a zone by its id', () => {
    expect(checkPerimeter({ level: 'DEPARTEMENT', code: '2a' })).toEqual({ level: 'DEPARTEMENT', code: '2A' });
    expect(() => checkPerimeter({ level: 'CANTON', code: '8001' })).toThrow(refused('BAD_USER_INPUT', 'perimeter.level'));
    expect(() => checkPerimeter({ level: 'REGION', code: '320' })).toThrow(refused('INVALID_PERIMETER', 'perimeter.code'));
    expect(() => checkPerimeter({ level: 'ZONE', code: 'Somme' })).toThrow(refused('INVALID_PERIMETER', 'perimeter.code'));
  });

  it('takes a deliberation with a vote that adds up, or an assumption saying why the vote is unknown, and only an adopted one', () => {
    expect(checkDeliberation(deliberation(), 'deliberation')).toMatchObject({ decidedOn: '2020-02-04', assumption: null });
    expect(checkDeliberation(deliberation({ vote: null, assumption: 'minutes not published' }), 'deliberation')).toMatchObject({ vote: null, assumption: 'minutes not published' });
    expect(() => checkDeliberation(deliberation({ vote: null }), 'deliberation')).toThrow(refused('BAD_USER_INPUT', 'deliberation.assumption'));
    expect(() => checkDeliberation(deliberation({ vote: { for: 50, against: 0, abstention: 0, present: 40, proxies: 5, absent: 0, notVoting: 0 } }), 'deliberation')).toThrow(
      refused('INVALID_VOTE', 'deliberation.vote'),
    );
    expect(() => checkDeliberation(deliberation({ chair: ' ' }), 'deliberation')).toThrow(refused('BAD_USER_INPUT', 'deliberation.chair'));
    expect(() => assertAdopted(deliberation({ outcome: 'REJECTED' }), 'deliberation')).toThrow(refused('DELIBERATION_NOT_ADOPTED', 'deliberation.outcome'));
  });

  it('schedules an authorisation over distinct budget years, summing to it to the cent', () => {
    expect(checkAmountAndSchedule('1000.00', [{ budgetYear: 2021, amount: '400.00' }, { budgetYear: 2020, amount: '600.00' }], 'authorisation')).toEqual({
      amountCents: 100_000,
      schedule: [{ budgetYear: 2020, amountCents: 60_000 }, { budgetYear: 2021, amountCents: 40_000 }],
    });
    expect(() => checkAmountAndSchedule('1000.00', [{ budgetYear: 2020, amount: '999.99' }], 'authorisation')).toThrow(refused('SCHEDULE_DOES_NOT_SUM', 'authorisation.schedule'));
    expect(() => checkAmountAndSchedule('1000.00', [{ budgetYear: 2020, amount: '500.00' }, { budgetYear: 2020, amount: '500.00' }], 'authorisation')).toThrow(
      refused('BAD_USER_INPUT', 'authorisation.schedule.1.budgetYear'),
    );
    expect(() => checkAmountAndSchedule('0.00', [], 'authorisation')).toThrow(refused('INVALID_AMOUNT', 'authorisation.amount'));
  });

  it('changes each authorisation once per amendment', () => {
    const change = { authorisationId: '5F0C4A9E-1B2C-4D3E-8F90-A1B2C3D4E5F6', amount: '10.00', schedule: [{ budgetYear: 2021, amount: '10.00' }] };
    expect(checkAuthorisationChanges([change])).toEqual([{ authorisationId: change.authorisationId.toLowerCase(), index: 0, amountCents: 1_000, schedule: [{ budgetYear: 2021, amountCents: 1_000 }] }]);
    expect(() => checkAuthorisationChanges([change, { ...change, authorisationId: change.authorisationId.toLowerCase() }])).toThrow(refused('BAD_USER_INPUT', 'authorisations'));
  });

  it('closes the accounts after the operation and the last payment, once nothing is left to settle', () => {
    const programme = { endsOn: '2022-03-31' };
    expect(checkClosingReference('  DEL-2022-118 ')).toBe('DEL-2022-118');
    expect(() => checkClosingReference('')).toThrow(refused('BAD_USER_INPUT', 'reference'));
    expect(() => assertClosable(programme, settled, '2022-06-30')).not.toThrow();
    expect(() => assertClosable(programme, settled, '2022-06-14')).toThrow(refused('CLOSING_TOO_EARLY', 'closedOn'));
    expect(() => assertClosable(programme, { ...settled, lastPaidOn: null }, '2022-03-30')).toThrow(refused('CLOSING_TOO_EARLY', 'closedOn'));
    expect(() => assertClosable(programme, { ...settled, pendingStatements: 1 }, '2022-06-30')).toThrow(refused('STATEMENTS_PENDING', 'programmeId'));
    expect(() => assertClosable(programme, { ...settled, outstandingRecoveries: 1 }, '2022-06-30')).toThrow(refused('RECOVERIES_PENDING', 'programmeId'));
    expect(() => assertClosable(programme, { ...settled, unsettledFacts: 2 }, '2022-06-30')).toThrow(refused('PASSES_FACTS_UNSETTLED', 'programmeId'));
    expect(() => assertClosable(programme, { ...settled, commitmentsToPay: 1, toPayCents: 5 }, '2022-06-30')).toThrow(refused('COMMITMENTS_TO_PAY', 'programmeId'));
  });
});
