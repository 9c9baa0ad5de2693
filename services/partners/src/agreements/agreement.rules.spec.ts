// Unit: what an agreement must say, without a database.
import { checkAgreement, type SignAgreementCommand } from './agreement.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

const PROGRAMME = '5f0c4a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6';
const ORGANISATION = '6a1d5b0f-2c3d-4e4f-9a01-b2c3d4e5f6a7';
const agreement = (overrides: Partial<SignAgreementCommand> = {}): SignAgreementCommand => ({ programmeId: PROGRAMME, organisationId: ORGANISATION, role: 'DISTRIBUTOR', startsOn: '2021-01-01', ...overrides });

describe('agreement rules', () => {
  it('gives a role in a programme for a period, over the programme or a territory of the map', () => {
    expect(checkAgreement(agreement({ scope: { level: 'DEPARTEMENT', code: '80' }, endsOn: '2021-12-31' }))).toMatchObject({
      programmeId: PROGRAMME,
      organisationId: ORGANISATION,
      role: 'DISTRIBUTOR',
      scope: { level: 'DEPARTEMENT', code: '80' },
      startsOn: '2021-01-01',
      endsOn: '2021-12-31',
    });
    expect(checkAgreement(agreement())).toMatchObject({ scope: null, endsOn: null });
  });

  it('refuses an unknown role, a date that is not on the calendar and a period ending before it starts', () => {
    expect(() => checkAgreement(agreement({ role: 'TREASURER' as SignAgreementCommand['role'] }))).toThrow(refused('BAD_USER_INPUT', 'role'));
    expect(() => checkAgreement(agreement({ startsOn: '2021-02-30' }))).toThrow(refused('BAD_USER_INPUT', 'startsOn'));
    expect(() => checkAgreement(agreement({ endsOn: '2020-12-31' }))).toThrow(refused('INVALID_PERIOD', 'endsOn'));
  });
});
