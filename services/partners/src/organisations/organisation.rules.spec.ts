// Unit: the registration rules, without a database.
import { checkRegistration, type RegisterOrganisationCommand } from './organisation.rules';

const valid = (overrides: Partial<RegisterOrganisationCommand> = {}): RegisterOrganisationCommand => ({
  name: 'Centre social du Faubourg',
  legalKind: 'SOCIAL_CENTRE',
  siret: '20005376700014',
  address: '12 rue de la Paix',
  postalCode: '80000',
  inseeCode: '80021',
  ...overrides,
});

const refusal = (overrides: Partial<RegisterOrganisationCommand>) => {
  try {
    checkRegistration(valid(overrides));
  } catch (error) {
    return { code: (error as { code: string }).code, ...(error as { details: object }).details };
  }
  throw new Error('expected a refusal');
};

describe('organisation registration rules', () => {
  it('accepts a valid SIRET and derives the SIREN from it, ignoring spaces', () => {
    expect(checkRegistration(valid({ siret: '200 053 767 00014' }))).toMatchObject({ siret: '20005376700014', siren: '200053767' });
  });

  it("refuses a SIRET with a wrong check digit, but accepts La Poste's establishments by their own rule", () => {
    expect(refusal({ siret: '20005376700015' })).toMatchObject({ code: 'INVALID_CODE', field: 'siret' });
    expect(checkRegistration(valid({ siret: '35600000049837' })).siren).toBe('356000000');
    expect(refusal({ siret: '35600000012345' })).toMatchObject({ code: 'INVALID_CODE', field: 'siret' });
  });

  it('accepts a SIREN or an RNA number alone, and refuses an organisation with no identifier', () => {
    expect(checkRegistration(valid({ siret: null, siren: '200053767' })).siret).toBeNull();
    expect(checkRegistration(valid({ siret: null, rna: 'w802001234' })).rna).toBe('W802001234');
    expect(refusal({ siret: null, siren: '200053768' })).toMatchObject({ code: 'INVALID_CODE', field: 'siren' });
    expect(refusal({ siret: null, rna: 'X12' })).toMatchObject({ code: 'INVALID_CODE', field: 'rna' });
    expect(refusal({ siret: '  ' })).toMatchObject({ code: 'MISSING_IDENTIFIER' });
    expect(refusal({ siren: '123456789' })).toMatchObject({ code: 'INVALID_CODE', field: 'siren' });
  });

  it('refuses INSEE codes that are malformed or name no current commune', () => {
    expect(refusal({ inseeCode: '8002' })).toMatchObject({ code: 'INVALID_CODE', field: 'inseeCode', reason: 'MALFORMED' });
    expect(refusal({ inseeCode: '80999' })).toMatchObject({ code: 'INVALID_CODE', field: 'inseeCode', reason: 'UNKNOWN_COMMUNE' });
  });

  it("refuses postal codes that are malformed or outside the commune's département, accepting CEDEX codes", () => {
    expect(refusal({ postalCode: '8000' })).toMatchObject({ code: 'INVALID_CODE', field: 'postalCode', reason: 'MALFORMED' });
    expect(refusal({ postalCode: '59000' })).toMatchObject({ code: 'INVALID_CODE', field: 'postalCode', reason: 'NOT_IN_COMMUNE' });
    // The Région's seat: 59555 Lille CEDEX.
    expect(checkRegistration(valid({ postalCode: '59555', inseeCode: '59350' })).postalCode).toBe('59555');
  });

  it('refuses an empty name or an unknown legal kind', () => {
    expect(refusal({ name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(refusal({ legalKind: 'CLUB' as never })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'legalKind' });
  });
});
