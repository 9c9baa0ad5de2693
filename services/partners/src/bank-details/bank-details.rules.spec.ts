import { assertFourEyes, checkRejectionReason, maskIban, parseBankDetails } from './bank-details.rules';

const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

describe('bank details rules', () => {
  it('normalises a change: IBAN in electronic format, holder trimmed, BIC upper case or none', () => {
    expect(parseBankDetails({ iban: 'fr76 3000 6000 0112 3456 7890 189', holder: '  Association   Test ', bic: ' cobadeffxxx ' })).toEqual({
      iban: 'FR7630006000011234567890189',
      holder: 'Association Test',
      bic: 'COBADEFFXXX',
    });
    expect(parseBankDetails({ iban: 'DE89370400440532013000', holder: 'X', bic: '' }).bic).toBeNull();
  });

  it('refuses a bad IBAN, a bad BIC and a missing or too long holder, naming the field', () => {
    expect(() => parseBankDetails({ iban: 'FR76 3000 6000 0112 3456 7890 188', holder: 'X' })).toThrow(refused('INVALID_IBAN', 'iban'));
    expect(() => parseBankDetails({ iban: 'DE89370400440532013000', holder: 'X', bic: 'ABN4NL2A' })).toThrow(refused('INVALID_BIC', 'bic'));
    expect(() => parseBankDetails({ iban: 'DE89370400440532013000', holder: ' ' })).toThrow(refused('INVALID_HOLDER', 'holder'));
    expect(() => parseBankDetails({ iban: 'DE89370400440532013000', holder: 'x'.repeat(141) })).toThrow(refused('INVALID_HOLDER', 'holder'));
  });

  it('masks an account down to its country, check digits and last four characters', () => {
    expect(maskIban('FR7630006000011234567890189')).toBe('FR76 •••• 0189');
  });

  it('never lets the requester decide', () => {
    expect(() => assertFourEyes('alice', 'alice')).toThrow(refused('FOUR_EYES_REQUIRED', 'requestId'));
    expect(() => assertFourEyes('alice', 'bob')).not.toThrow();
  });

  it('requires a reason to reject, at most 1,000 characters', () => {
    expect(checkRejectionReason('  RIB illisible ')).toBe('RIB illisible');
    expect(() => checkRejectionReason(' ')).toThrow(refused('REASON_REQUIRED', 'reason'));
    expect(() => checkRejectionReason('x'.repeat(1_001))).toThrow(refused('BAD_USER_INPUT', 'reason'));
  });
});
