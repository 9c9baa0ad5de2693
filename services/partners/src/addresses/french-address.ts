// A postal address in France, checked against the official geography: the INSEE code must name
// a current commune, and the postal code must be one of the commune's or, for CEDEX codes
// (which geography does not list, e.g. 59555 for the Région's seat in Lille), one of its département.
import { DomainError, isWellFormedInseeCode } from '@pass-numerique/kernel';
import { Geography, type CommuneFacts } from '@pass-numerique/geography';

export interface AddressInput {
  address: string;
  postalCode: string;
  inseeCode: string;
}

export interface CheckedAddress extends AddressInput {
  commune: CommuneFacts;
}

const POSTAL_CODE = /^\d{5}$/;
export const ADDRESS_MAX_LENGTH = 300;

/** `prefix` names the input the address sits in ("" for an organisation, "rows.3." for an import row). */
export function checkFrenchAddress(input: AddressInput, prefix = '', geography = Geography.load()): CheckedAddress {
  const address = input.address.trim().replace(/\s+/g, ' ');
  if (!address || address.length > ADDRESS_MAX_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `address must be 1–${ADDRESS_MAX_LENGTH} characters`, { field: `${prefix}address` });
  }
  const inseeCode = input.inseeCode.trim().toUpperCase();
  if (!isWellFormedInseeCode(inseeCode)) {
    throw new DomainError('INVALID_CODE', `${prefix}inseeCode is not a well-formed INSEE commune code`, { field: `${prefix}inseeCode`, reason: 'MALFORMED' });
  }
  const commune = geography.commune(inseeCode);
  if (!commune) {
    throw new DomainError('INVALID_CODE', `${prefix}inseeCode names no current commune`, { field: `${prefix}inseeCode`, reason: 'UNKNOWN_COMMUNE' });
  }
  const postalCode = input.postalCode.trim();
  if (!POSTAL_CODE.test(postalCode)) {
    throw new DomainError('INVALID_CODE', `${prefix}postalCode must be 5 digits`, { field: `${prefix}postalCode`, reason: 'MALFORMED' });
  }
  if (!commune.postalCodes.includes(postalCode) && !postalCode.startsWith(postalPrefixOf(commune.departement))) {
    throw new DomainError('INVALID_CODE', `${prefix}postalCode does not belong to commune ${commune.name}`, {
      field: `${prefix}postalCode`,
      reason: 'NOT_IN_COMMUNE',
    });
  }
  return { address, postalCode, inseeCode, commune };
}

/** Corsica's départements 2A and 2B keep the postal prefix 20; overseas ones use three digits (971…). */
function postalPrefixOf(departement: string): string {
  return departement === '2A' || departement === '2B' ? '20' : departement;
}
