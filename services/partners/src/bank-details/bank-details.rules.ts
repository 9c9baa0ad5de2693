// The rules of a change of bank details, as pure functions: what a request must hold, how an
// account number is shown to those who need to know it changed but not to what, and the four-eyes rule.
import { isValidBIC } from 'ibantools';
import { DomainError } from '@pass-numerique/kernel';
import { parseIban } from '../places/qualification.rules';
import { BankDetailsError } from './bank-details.errors';

const HOLDER_MAX = 140;
const REASON_MAX = 1_000;

export interface BankDetailsChange {
  iban: string;
  holder: string;
  bic: string | null;
}

/** The request's details, validated and normalised (IBAN in electronic format, BIC upper case). */
export function parseBankDetails(input: { iban: string; holder: string; bic?: string | null }): BankDetailsChange {
  const iban = parseIban(input.iban);
  const holder = input.holder.trim().replace(/\s+/g, ' ');
  if (holder.length === 0 || holder.length > HOLDER_MAX) {
    throw new BankDetailsError('INVALID_HOLDER', `the account holder is required, at most ${HOLDER_MAX} characters`, { field: 'holder' });
  }
  const rawBic = input.bic?.replace(/\s+/g, '').toUpperCase() || null;
  if (rawBic !== null && !isValidBIC(rawBic)) throw new BankDetailsError('INVALID_BIC', 'bic is not a valid BIC (8 or 11 characters)', { field: 'bic' });
  return { iban, holder, bic: rawBic };
}

/** Country, check digits and last four characters: enough to recognise an account, not to pay into it. */
export function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} •••• ${iban.slice(-4)}`;
}

/** The requester never approves nor rejects their own request, whatever roles they hold. */
export function assertFourEyes(requestedBy: string, decider: string): void {
  if (requestedBy === decider) {
    throw new BankDetailsError('FOUR_EYES_REQUIRED', 'someone other than the requester must decide on a change of bank details', { field: 'requestId' });
  }
}

/** Why a change is refused: the place's people read it. Required, at most REASON_MAX characters. */
export function checkRejectionReason(raw: string): string {
  const reason = raw.trim();
  if (!reason) throw new BankDetailsError('REASON_REQUIRED', 'a reason is required to reject a change of bank details', { field: 'reason' });
  if (reason.length > REASON_MAX) throw new DomainError('BAD_USER_INPUT', `reason must be at most ${REASON_MAX} characters`, { field: 'reason' });
  return reason;
}
