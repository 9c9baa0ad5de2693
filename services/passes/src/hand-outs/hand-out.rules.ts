// The rules of a hand-out, as pure functions: what the beneficiary's profile must say, what the
// request names, and whether the passes may still go to this beneficiary.
import { DomainError } from '@pass-numerique/kernel';
import { BENEFICIARY_SITUATIONS } from '@pass-numerique/event-contracts';
import { Geography } from '@pass-numerique/geography';
import { AGE_BANDS, GENDERS, publicsOf } from './hand-out.entity';
import { HandOutError } from './hand-out.errors';
import { normalisePassNumber } from '../orders/pass-numbers';
import type { PassOrderEntity } from '../orders/order.entity';
import type { ProgrammeEntity } from '../programmes/programme.entity';

export interface BeneficiaryProfile {
  ageBand: string;
  gender?: string | null;
  situation: string;
  residenceInseeCode: string;
  /** The beneficiary agreed to the pseudonymous record; without it nothing is handed out. */
  consent: boolean;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** Refuses a profile without consent, with a word outside the vocabularies, or living in no current commune. */
export function checkProfile(profile: BeneficiaryProfile): BeneficiaryProfile {
  if (profile.consent !== true) throw new HandOutError('CONSENT_REQUIRED', "the beneficiary's consent is required", { field: 'profile.consent' });
  if (!(AGE_BANDS as readonly string[]).includes(profile.ageBand)) throw new DomainError('BAD_USER_INPUT', 'unknown age band', { field: 'profile.ageBand' });
  if (profile.gender && !(GENDERS as readonly string[]).includes(profile.gender)) throw new DomainError('BAD_USER_INPUT', 'unknown gender', { field: 'profile.gender' });
  if (!(BENEFICIARY_SITUATIONS as readonly string[]).includes(profile.situation)) throw new DomainError('BAD_USER_INPUT', 'unknown situation', { field: 'profile.situation' });
  if (!Geography.load().commune(profile.residenceInseeCode)) {
    throw new HandOutError('UNKNOWN_COMMUNE', `${profile.residenceInseeCode} is not the INSEE code of a current commune`, { field: 'profile.residenceInseeCode' });
  }
  return profile;
}

/** What is handed out: a whole booklet or one pass, never both; answers the pass number, normalised, when one is named. */
export function checkHandOutTarget(target: { bookletId?: string | null; passNumber?: string | null }): { passNumber?: string } {
  if (!target.bookletId === !target.passNumber) throw new DomainError('BAD_USER_INPUT', 'give either bookletId or passNumber', { field: 'bookletId' });
  const passNumber = target.passNumber ? normalisePassNumber(target.passNumber) : undefined;
  // A malformed number reads as one that is no pass.
  if (target.passNumber && !passNumber) throw new HandOutError('UNKNOWN_PASS', 'no such pass', { field: 'passNumber' });
  if (target.bookletId && !UUID.test(target.bookletId)) throw new DomainError('INVALID_ID', 'bookletId is not a valid id', { field: 'bookletId' });
  return { passNumber };
}

/** Distribution stops at the end of the programme's operation. */
export function assertDistributionOpen(programme: Pick<ProgrammeEntity, 'endsOn'>, today: string): void {
  if (today > programme.endsOn) throw new HandOutError('PROGRAMME_ENDED', 'the programme has ended: distribution is stopped', { field: 'bookletId' });
}

/** A pass whose validity would end before today is not handed out. */
export function assertValidityLeft(validUntil: string, today: string): void {
  if (validUntil < today) throw new HandOutError('VALIDITY_ENDED', "the order's validity window has ended", { field: 'bookletId' });
}

/** Passes of an order reserved for some publics go only to a beneficiary of one of them. */
export function assertPublicTargeted(order: Pick<PassOrderEntity, 'targetPublics'>, profile: BeneficiaryProfile): void {
  if (order.targetPublics.length > 0 && !publicsOf(profile).some((p) => order.targetPublics.includes(p))) {
    throw new HandOutError('PUBLIC_NOT_TARGETED', `these passes are reserved for: ${order.targetPublics.join(', ')}`, { field: 'profile.situation', targetPublics: order.targetPublics });
  }
}
