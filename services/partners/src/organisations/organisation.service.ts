// Rules for registering an organisation: identifiers checked (SIRET with La Poste's exception,
// SIREN, RNA), address in a real commune, one organisation per SIRET; the event that tells the
// other services is written in the same transaction.
import type { DataSource } from 'typeorm';
import { DomainError, isValidSiren, isValidSiret, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { ORGANISATION_KINDS, OrganisationRegisteredV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { pageSize, toConnection, type PageArgs } from '@pass-numerique/service-kit';
import { checkFrenchAddress } from '../addresses/french-address';
import { decodeNameKeyset, nameKeyOf } from '../pagination/name-keyset';
import { OrganisationEntity, type OrganisationKind } from './organisation.entity';
import { OrganisationError } from './organisation.errors';
import type { OrganisationRepository } from './organisation.repository';

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

const NAME_MAX_LENGTH = 300;
const RNA = /^W[0-9A-Z]{9}$/;
const UNIQUE_VIOLATION = '23505';

export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  async registerOrganisation(command: RegisterOrganisationCommand): Promise<OrganisationEntity> {
    const checked = validate(command);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (checked.siret) {
          const existing = await this.repository.findBySiret(checked.siret, manager);
          if (existing) throw siretTaken(existing.id);
        }
        const organisation = manager.create(OrganisationEntity, { ...checked, registeredAt: this.clock.now() });
        await this.repository.saveOrganisation(manager, organisation);
        await recordEvent(
          manager,
          OrganisationRegisteredV1,
          {
            organisationId: organisation.id,
            name: organisation.name,
            legalKind: organisation.legalKind,
            siret: organisation.siret,
            siren: organisation.siren,
            inseeCode: organisation.inseeCode,
          },
          organisation.registeredAt,
        );
        return organisation;
      });
    } catch (error) {
      // A concurrent registration of the same SIRET lost the race at the unique index.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION && checked.siret) {
        const winner = await this.repository.findBySiret(checked.siret);
        throw siretTaken(winner?.id);
      }
      throw error;
    }
  }

  async list(args: PageArgs & { legalKind?: OrganisationKind | null }) {
    const size = pageSize(args.first);
    const after = decodeNameKeyset(args.after);
    const { rows, totalCount } = await this.repository.page({ after, limit: size + 1, legalKind: args.legalKind });
    return toConnection(rows, size, totalCount, nameKeyOf, args.after);
  }
}

function siretTaken(existingId: string | undefined) {
  return new OrganisationError('SIRET_ALREADY_REGISTERED', 'an organisation with this SIRET is already registered', {
    field: 'siret',
    organisationId: existingId,
  });
}


/** Checks every rule before anything is written; the first broken rule is reported with its field. */
export function validate(command: RegisterOrganisationCommand): Omit<OrganisationEntity, 'registeredAt'> {
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
