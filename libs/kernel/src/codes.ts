// French administrative identifiers as validated value objects.
import { DomainError } from './errors';

/** Luhn checksum over a string of digits (SIREN and SIRET use it). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';

/** SIRET: 14 digits, Luhn-valid — except La Poste's establishments, whose digits sum to a multiple of 5. */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN) && value !== '35600000000048') {
    const sum = [...value].reduce((s, c) => s + Number(c), 0);
    return sum % 5 === 0;
  }
  return luhnValid(value);
}

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && luhnValid(value);
}

export type Siret = string & { readonly __code: 'siret' };
export function parseSiret(value: string, field = 'siret'): Siret {
  const compact = value.replace(/\s/g, '');
  if (!isValidSiret(compact)) throw new DomainError('INVALID_CODE', `${field} is not a valid SIRET`, { field });
  return compact as Siret;
}

/**
 * INSEE commune code: 5 characters, département first. Corsica uses 2A/2B; overseas
 * départements use 97x. Shape only — whether the commune exists is the territory service's call.
 */
export type InseeCode = string & { readonly __code: 'insee' };
const INSEE_COMMUNE = /^(?:\d{2}|2[AB])\d{3}$/;
export function isWellFormedInseeCode(value: string): boolean {
  return INSEE_COMMUNE.test(value) && !value.startsWith('00') && !value.startsWith('20');
}
export function parseInseeCode(value: string, field = 'inseeCode'): InseeCode {
  const upper = value.trim().toUpperCase();
  if (!isWellFormedInseeCode(upper)) throw new DomainError('INVALID_CODE', `${field} is not a well-formed INSEE commune code`, { field });
  return upper as InseeCode;
}
