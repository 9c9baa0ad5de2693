// Unit: the beneficiary's profile and who may still receive passes, without a database.
import { assertDistributionOpen, assertPublicTargeted, assertValidityLeft, checkHandOutTarget, checkProfile, type BeneficiaryProfile } from './hand-out.rules';

/** A domain error with this code, naming this field. */
const refused = (code: string, field: string) => expect.objectContaining({ code, details: expect.objectContaining({ field }) });

// 80021: Amiens.
const profile = (overrides: Partial<BeneficiaryProfile> = {}): BeneficiaryProfile => ({ ageBand: 'FROM_26_TO_44', situation: 'JOB_SEEKER', residenceInseeCode: '80021', consent: true, ...overrides });

describe('hand-out rules', () => {
  it('records a consenting beneficiary in the vocabularies, living in a current commune', () => {
    expect(checkProfile(profile({ gender: 'FEMALE' }))).toEqual(profile({ gender: 'FEMALE' }));
    expect(() => checkProfile(profile({ consent: false }))).toThrow(refused('CONSENT_REQUIRED', 'profile.consent'));
    expect(() => checkProfile(profile({ ageBand: 'FROM_0_TO_15' }))).toThrow(refused('BAD_USER_INPUT', 'profile.ageBand'));
    expect(() => checkProfile(profile({ gender: 'N/A' }))).toThrow(refused('BAD_USER_INPUT', 'profile.gender'));
    expect(() => checkProfile(profile({ situation: 'ASTRONAUT' }))).toThrow(refused('BAD_USER_INPUT', 'profile.situation'));
    expect(() => checkProfile(profile({ residenceInseeCode: '99999' }))).toThrow(refused('UNKNOWN_COMMUNE', 'profile.residenceInseeCode'));
  });

  it('hands out a whole booklet or one pass, a malformed number reading as no pass', () => {
    expect(checkHandOutTarget({ passNumber: '1234 5678 9012' })).toEqual({ passNumber: '123456789012' });
    expect(checkHandOutTarget({ bookletId: '5f0c4a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6' })).toEqual({ passNumber: undefined });
    expect(() => checkHandOutTarget({})).toThrow(refused('BAD_USER_INPUT', 'bookletId'));
    expect(() => checkHandOutTarget({ bookletId: '5f0c4a9e-1b2c-4d3e-8f90-a1b2c3d4e5f6', passNumber: '123456789012' })).toThrow(refused('BAD_USER_INPUT', 'bookletId'));
    expect(() => checkHandOutTarget({ passNumber: '12345' })).toThrow(refused('UNKNOWN_PASS', 'passNumber'));
    expect(() => checkHandOutTarget({ bookletId: 'booklet-7' })).toThrow(refused('INVALID_ID', 'bookletId'));
  });

  it("stops on the programme's last day and when no validity would be left", () => {
    expect(() => assertDistributionOpen({ endsOn: '2021-12-31' }, '2021-12-31')).not.toThrow();
    expect(() => assertDistributionOpen({ endsOn: '2021-12-31' }, '2022-01-01')).toThrow(refused('PROGRAMME_ENDED', 'bookletId'));
    expect(() => assertValidityLeft('2021-06-01', '2021-06-01')).not.toThrow();
    expect(() => assertValidityLeft('2021-05-31', '2021-06-01')).toThrow(refused('VALIDITY_ENDED', 'bookletId'));
  });

  it('gives passes reserved for some publics only to a beneficiary of one of them, age groups included', () => {
    expect(() => assertPublicTargeted({ targetPublics: [] }, profile())).not.toThrow();
    expect(() => assertPublicTargeted({ targetPublics: ['JOB_SEEKER'] }, profile())).not.toThrow();
    expect(() => assertPublicTargeted({ targetPublics: ['SENIORS'] }, profile({ ageBand: 'FROM_75' }))).not.toThrow();
    expect(() => assertPublicTargeted({ targetPublics: ['SENIORS', 'STUDENT'] }, profile())).toThrow(refused('PUBLIC_NOT_TARGETED', 'profile.situation'));
  });
});
