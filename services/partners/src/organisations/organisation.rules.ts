// The rules of registering an organisation, as pure functions: a name, a legal kind, at least
// one official identifier (SIRET, SIREN or RNA) that checks out, an address in a real commune.
import { DomainError, isValidSiren, isValidSiret, newId, parseId } from '@pass-numerique/kernel';
import { ORGANISATION_KINDS } from '@pass-numerique/event-contracts';
import { checkFrenchAddress } from '../addresses/french-address';
import type { OrganisationEntity, OrganisationKind } from './organisation.entity';
import { OrganisationError } from './organisation.errors';

export interface RegisterOrganisationCommand {
  /** A fixed id is accepted for the demo data, so that every service agrees on it. */
  id?: string;
  name: string;
  legalKind: OrganisationKind;
  siret?: string | null;
  siren?: string | null;
  rna?: string | null;
  address: string;
  postalCode: string;
  inseeCode: string;
}

/** An organisation as the rules accept it, before it is written. */
export type CheckedOrganisation = Pick<OrganisationEntity, 'id' | 'name' | 'legalKind' | 'siret' | 'siren' | 'rna' | 'address' | 'postalCode' | 'inseeCode'>;

const NAME_MAX_LENGTH = 300;
const RNA = /^W[0-9A-Z]{9}$/;

/** Checks every rule before anything is written; the first broken rule is reported with its field. */
export function checkRegistration(command: RegisterOrganisationCommand): CheckedOrganisation {
  const id = command.id ? parseId(command.id, 'id') : newId();
  const name = command.name.trim().replace(/\s+/g, ' ');
  if (!name || name.length > NAME_MAX_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `name must be 1–${NAME_MAX_LENGTH} characters`, { field: 'name' });
  }
  if (!(ORGANISATION_KINDS as readonly string[]).includes(command.legalKind)) {
    throw new DomainError('BAD_USER_INPUT', `legalKind must be one of ${ORGANISATION_KINDS.join(', ')}`, { field: 'legalKind' });
  }
  const siret = compact(command.siret);
  let siren = compact(command.siren);
  const rna = compact(command.rna)?.toUpperCase() ?? null;
  if (!siret && !siren && !rna) {
    throw new OrganisationError('MISSING_IDENTIFIER', 'a SIRET, a SIREN or an RNA number is required', { field: 'siret' });
  }
  if (siret !== null) {
    if (!isValidSiret(siret)) throw new DomainError('INVALID_CODE', 'siret is not a valid SIRET (14 digits, Luhn check)', { field: 'siret' });
    if (siren !== null && siren !== siret.slice(0, 9)) {
      throw new DomainError('INVALID_CODE', 'siren must be the first nine digits of the SIRET', { field: 'siren' });
    }
    siren = siret.slice(0, 9);
  } else if (siren !== null && !isValidSiren(siren)) {
    throw new DomainError('INVALID_CODE', 'siren is not a valid SIREN (9 digits, Luhn check)', { field: 'siren' });
  }
  if (rna !== null && !RNA.test(rna)) {
    throw new DomainError('INVALID_CODE', 'rna is not an RNA number (W followed by 9 characters)', { field: 'rna' });
  }
  const address = checkFrenchAddress(command);
  return {
    id,
    name,
    legalKind: command.legalKind,
    siret,
    siren,
    rna,
    address: address.address,
    postalCode: address.postalCode,
    inseeCode: address.inseeCode,
  };
}

/** Identifiers are often typed with spaces ("200 053 767 00014"). */
function compact(value: string | null | undefined): string | null {
  const v = value?.replace(/\s/g, '');
  return v ? v : null;
}
