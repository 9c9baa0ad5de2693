// Unit: the steps of a place's qualification and its bank details, without a database.
import { assertBankDetailsKept, assertMayCashThroughRegie, assertTransition, checkReason } from './qualification.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

describe('qualification rules', () => {
  it('moves a place from applied to qualified, suspended and back, and revoked for good', () => {
    expect(() => assertTransition('APPLY', null)).not.toThrow();
    expect(() => assertTransition('QUALIFY', 'APPLIED')).not.toThrow();
    expect(() => assertTransition('SUSPEND', 'QUALIFIED')).not.toThrow();
    expect(() => assertTransition('REINSTATE', 'SUSPENDED')).not.toThrow();
    expect(() => assertTransition('REVOKE', 'SUSPENDED')).not.toThrow();
    expect(() => assertTransition('QUALIFY', null)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION', details: { field: 'placeId', from: null, action: 'QUALIFY' } }));
    expect(() => assertTransition('REINSTATE', 'REVOKED')).toThrow(refused('INVALID_TRANSITION', 'placeId'));
    expect(() => assertTransition('APPLY', 'QUALIFIED')).toThrow(refused('INVALID_TRANSITION', 'placeId'));
  });

  it('asks a reason to suspend or revoke, trimmed and bounded', () => {
    expect(checkReason('QUALIFY', '  ')).toBeNull();
    expect(checkReason('SUSPEND', ' complaints from beneficiaries ')).toBe('complaints from beneficiaries');
    expect(() => checkReason('REVOKE', ' ')).toThrow(refused('REASON_REQUIRED', 'reason'));
    expect(() => checkReason('QUALIFY', 'x'.repeat(1_001))).toThrow(refused('BAD_USER_INPUT', 'reason'));
  });

  it('lets only public bodies cash through a régie, and keeps the bank details of a qualified place', () => {
    expect(() => assertMayCashThroughRegie('COMMUNE')).not.toThrow();
    expect(() => assertMayCashThroughRegie('ASSOCIATION')).toThrow(refused('REGIE_REQUIRES_PUBLIC_BODY', 'cashesThroughRegie'));
    expect(() => assertMayCashThroughRegie(undefined)).toThrow(refused('REGIE_REQUIRES_PUBLIC_BODY', 'cashesThroughRegie'));
    const onFile = { iban: 'FR7630006000011234567890189', cashesThroughRegie: false };
    expect(() => assertBankDetailsKept(onFile, { ...onFile })).not.toThrow();
    expect(() => assertBankDetailsKept(onFile, { ...onFile, iban: 'DE89370400440532013000' })).toThrow(refused('BANK_DETAILS_LOCKED', 'iban'));
    expect(() => assertBankDetailsKept(onFile, { ...onFile, cashesThroughRegie: true })).toThrow(refused('BANK_DETAILS_LOCKED', 'cashesThroughRegie'));
  });
});
