// Rules for describing places: a place belongs to an organisation, sits in a real commune and is
// described in the national standard's terms. A change of what other services know of a place
// (its name, its commune) is announced in the same transaction (partners.place.updated.v1).
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { PlaceUpdatedV1 } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { pageSize, toConnection, type PageArgs, type Reach } from '@pass-numerique/service-kit';
import type { OrganisationRepository } from '../organisations/organisation.repository';
import { decodeNameKeyset, nameKeyOf } from '../pagination/name-keyset';
import { communesOf, checkTerritory } from '../territories/territory-scope';
import { mayDescribePlacesOf } from '../tenancy';
import { PlaceEntity } from './place.entity';
import { PlaceError } from './place.errors';
import { checkContactPeople, checkPlaceDescription, describedOrThrow, type ContactPerson, type PlaceDescription, type PlaceDescriptionInput } from './place.rules';
import type { PlaceFilter, PlaceRepository } from './place.repository';

export interface RegisterPlaceCommand {
  /** A fixed id is accepted for the demo data. */
  id?: string;
  organisationId: string;
  description: PlaceDescriptionInput;
  contactPeople?: Array<Partial<ContactPerson>> | null;
}

export interface PlaceListArgs extends PageArgs {
  territory?: { level: string; code: string } | null;
  organisationId?: string | null;
  service?: string | null;
  public?: string | null;
  qualifiedOnly?: boolean | null;
  programmeId?: string | null;
}

const UNIQUE_VIOLATION = '23505';

export class PlaceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PlaceRepository,
    private readonly organisations: OrganisationRepository,
    private readonly clock: Clock,
  ) {}

  async registerPlace(command: RegisterPlaceCommand, reach: Reach): Promise<PlaceEntity> {
    const organisationId = parseId(command.organisationId, 'organisationId');
    const id = command.id ? parseId(command.id, 'id') : newId();
    const description = describedOrThrow(checkPlaceDescription(command.description, id));
    const contactPeople = checkContactPeople(command.contactPeople);
    return this.withExternalIdGuard(() =>
      this.dataSource.transaction(async (manager) => {
        // Another organisation is, for the caller, one that does not exist.
        if (!mayDescribePlacesOf(reach, organisationId) || !(await this.organisations.findById(organisationId, manager))) {
          throw new DomainError('NOT_FOUND', `organisation ${organisationId} does not exist`, { field: 'organisationId' });
        }
        if (await this.repository.findByExternalId(manager, organisationId, description.externalId)) throw externalIdTaken();
        return this.insert(manager, id, organisationId, description, contactPeople);
      }),
    );
  }

  /** Replaces a place's description (and its contact people when given); qualification and payment details are untouched. */
  async updatePlace(placeId: string, description: PlaceDescriptionInput, contactPeople: Array<Partial<ContactPerson>> | null | undefined, reach: Reach): Promise<PlaceEntity> {
    const id = parseId(placeId, 'placeId');
    const people = contactPeople === undefined || contactPeople === null ? undefined : checkContactPeople(contactPeople);
    return this.withExternalIdGuard(() =>
      this.dataSource.transaction(async (manager) => {
        const place = await this.repository.lockById(manager, id);
        if (!place || !mayDescribePlacesOf(reach, place.organisationId)) {
          // The same answer whether the place is missing or not the caller's: no enumeration.
          throw new DomainError('NOT_FOUND', `place ${id} does not exist`, { field: 'placeId' });
        }
        const checked = describedOrThrow(checkPlaceDescription(description, place.externalId));
        if (checked.externalId !== place.externalId && (await this.repository.findByExternalId(manager, place.organisationId, checked.externalId))) throw externalIdTaken();
        return this.update(manager, place, checked, people);
      }),
    );
  }

  async list(args: PlaceListArgs) {
    const size = pageSize(args.first);
    const after = decodeNameKeyset(args.after);
    const { rows, totalCount } = await this.repository.page(this.filterOf(args), after, size + 1);
    return toConnection(rows, size, totalCount, nameKeyOf, args.after);
  }

  filterOf(args: Omit<PlaceListArgs, 'first' | 'after'>): PlaceFilter {
    return {
      communes: args.territory ? communesOf(checkTerritory(args.territory, 'territory')) : undefined,
      organisationId: args.organisationId ? parseId(args.organisationId, 'organisationId') : undefined,
      service: args.service,
      public: args.public,
      qualifiedOnly: args.qualifiedOnly,
      programmeId: args.programmeId ? parseId(args.programmeId, 'programmeId') : undefined,
    };
  }

  /** Inserts a new place; the caller's transaction has checked the organisation and the natural key. */
  async insert(manager: EntityManager, id: string, organisationId: string, description: PlaceDescription, contactPeople: ContactPerson[]): Promise<PlaceEntity> {
    const now = this.clock.now();
    const place = manager.create(PlaceEntity, {
      id,
      organisationId,
      ...description,
      contactPeople,
      iban: null,
      cashesThroughRegie: false,
      acceptsPasses: false,
      createdAt: now,
      updatedAt: now,
    });
    await this.repository.savePlace(manager, place);
    return place;
  }

  /** Applies a new description; announces the change when what other services know of the place changed. */
  async update(manager: EntityManager, place: PlaceEntity, description: PlaceDescription, contactPeople?: ContactPerson[]): Promise<PlaceEntity> {
    const announce = place.name !== description.name || place.inseeCode !== description.inseeCode;
    Object.assign(place, description, contactPeople ? { contactPeople } : {}, { updatedAt: this.clock.now() });
    await this.repository.savePlace(manager, place);
    if (announce) {
      await recordEvent(
        manager,
        PlaceUpdatedV1,
        { placeId: place.id, organisationId: place.organisationId, name: place.name, inseeCode: place.inseeCode, cashesThroughRegie: place.cashesThroughRegie, at: place.updatedAt.toISOString() },
        place.updatedAt,
      );
    }
    return place;
  }

  /** Whether a description would change anything (a re-import of the same row is a no-op). */
  static differs(place: PlaceEntity, description: PlaceDescription): boolean {
    return (Object.keys(description) as Array<keyof PlaceDescription>).some((key) => JSON.stringify(place[key]) !== JSON.stringify(description[key]));
  }

  private async withExternalIdGuard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      // Two concurrent registrations of the same external id: the unique index decides.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw externalIdTaken();
      throw error;
    }
  }
}

function externalIdTaken() {
  return new PlaceError('EXTERNAL_ID_TAKEN', 'the organisation already has a place with this externalId', { field: 'externalId' });
}

