// Programme zones: a zone is a named set of communes and/or EPCIs, expanded once into
// its member communes when it is written. A definition naming any unknown or malformed code is
// refused whole, listing the codes. Every write records its event in the same transaction.
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError, isUuid, newId, parseId, type Clock } from '@pass-numerique/kernel';
import { decodeCursor, pageSize, toConnection, type Connection, type PageArgs, type Reach } from '@pass-numerique/service-kit';
import { ZoneChangedV1, ZoneDefinedV1, ZoneDeletedV1, ZONE_CHANGES } from '@pass-numerique/event-contracts';
import { recordEvent } from '@pass-numerique/messaging';
import { territoryKey } from '../territories/territory-codes';
import type { TerritoryRecord } from '../territories/territory.entity';
import type { TerritoryLoaders } from '../territories/territory.loaders';
import { searchKey } from '../territories/search-key';
import { ZoneEntity, type ZoneDefinition } from './zone.entity';
import { ZoneError } from './zone.errors';
import type { ZoneRepository } from './zone.repository';
import type { ZoneLoaders } from './zone.loaders';
import { checkDefinition, checkName, checkNote, checkQuota, parseZoneId, sameDefinition } from './zone.rules';

/** The loaders a zone is read through: its own and the territories it is drawn from. */
type ZoneReadLoaders = ZoneLoaders & TerritoryLoaders;
import { mayChangeZone, mayDrawZoneFor } from '../tenancy';

export interface DefineZoneCommand {
  /** Fixed ids are accepted for the demo data, so that every service agrees on them. */
  id?: string;
  name: string;
  programmeId?: string | null;
  communes?: readonly string[] | null;
  epcis?: readonly string[] | null;
  passQuota?: number | null;
  note?: string | null;
}

/** Omitted (or null) lists are kept; a given list replaces the old one. Omitted quota/note are kept, null clears them. */
export interface ChangeZoneCommand {
  communes?: readonly string[] | null;
  epcis?: readonly string[] | null;
  passQuota?: number | null;
  note?: string | null;
  expectedVersion?: number | null;
}

type ZoneChange = (typeof ZONE_CHANGES)[number];

export class ZoneService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ZoneRepository,
    private readonly clock: Clock,
  ) {}

  /** The zone; MALFORMED_CODE or NOT_FOUND on field `id` otherwise. */
  async get(loaders: ZoneReadLoaders, id: string): Promise<ZoneEntity> {
    const zone = await loaders.zoneById.load(parseZoneId(id));
    if (!zone) throw new DomainError('NOT_FOUND', `zone ${id} does not exist`, { field: 'id' });
    return zone;
  }

  async page(programmeId: string | null, args: PageArgs): Promise<Connection<ZoneEntity>> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    let after: { nameKey: string; id: string } | null = null;
    if (cursor !== undefined) {
      const parsed = (() => {
        try {
          return JSON.parse(cursor) as unknown;
        } catch {
          return undefined;
        }
      })();
      if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string' || !isUuid(parsed[1])) {
        throw new DomainError('BAD_USER_INPUT', 'after is not a cursor of this list', { field: 'after' });
      }
      after = { nameKey: parsed[0], id: parsed[1] };
    }
    const page = await this.repository.page(programmeId ? parseId(programmeId, 'programmeId') : null, after, size + 1);
    return toConnection(page.rows, size, page.totalCount, (z) => JSON.stringify([z.nameKey, z.id]), cursor);
  }

  /** What the zone was defined with, as territories. */
  async definition(loaders: ZoneReadLoaders, zoneId: string): Promise<{ communes: TerritoryRecord[]; epcis: TerritoryRecord[] }> {
    const definition = await loaders.definitionByZone.load(zoneId);
    const load = async (level: 'COMMUNE' | 'EPCI', codes: string[]) =>
      (await loaders.territoryByKey.loadMany(codes.map((code) => territoryKey(level, code)))).filter((t): t is TerritoryRecord => t !== null && !(t instanceof Error));
    return { communes: await load('COMMUNE', definition.communes), epcis: await load('EPCI', definition.epcis) };
  }

  async define(command: DefineZoneCommand, reach: Reach): Promise<ZoneEntity> {
    const name = checkName(command.name);
    if (!command.programmeId) throw new DomainError('BAD_USER_INPUT', 'a zone is drawn for a programme: name it in programmeId', { field: 'programmeId' });
    const programmeId = parseId(command.programmeId, 'programmeId');
    const id = command.id ? parseId(command.id, 'id') : newId();
    const definition = checkDefinition({ communes: command.communes ?? [], epcis: command.epcis ?? [] });
    const passQuota = checkQuota(command.passQuota ?? null);
    const note = checkNote(command.note ?? null);
    // A programme the caller does not manage is, for it, a programme that does not exist.
    if (!mayDrawZoneFor(reach, programmeId)) throw new DomainError('NOT_FOUND', `programme ${programmeId} does not exist`, { field: 'programmeId' });
    return this.dataSource.transaction(async (manager) => {
      const nameKey = searchKey(name);
      if (await this.repository.findByName(manager, programmeId, nameKey)) throw nameTaken(name);
      const members = await this.membersOf(manager, definition);
      const now = this.clock.now();
      const zone = manager.create(ZoneEntity, {
        id,
        programmeId,
        name,
        nameKey,
        passQuota,
        note,
        population: members.population,
        version: 1,
        definedAt: now,
        updatedAt: now,
      });
      await this.repository.insertZone(manager, zone).catch((error) => {
        throw isUniqueViolation(error) ? nameTaken(name) : error;
      });
      await this.repository.writeDefinition(manager, id, definition, members.communes);
      await recordEvent(manager, ZoneDefinedV1, { ...stateOf(zone, definition, members.communes), at: now.toISOString() }, now);
      return zone;
    });
  }

  async rename(id: string, newName: string, expectedVersion: number | null | undefined, reach: Reach): Promise<ZoneEntity> {
    const name = checkName(newName);
    return this.update(id, expectedVersion, reach, async (manager, zone) => {
      if (zone.name === name) return [];
      const nameKey = searchKey(name);
      const other = await this.repository.findByName(manager, zone.programmeId, nameKey);
      if (other && other.id !== zone.id) throw nameTaken(name);
      zone.name = name;
      zone.nameKey = nameKey;
      return ['NAME'];
    });
  }

  async change(id: string, command: ChangeZoneCommand, reach: Reach): Promise<ZoneEntity> {
    const passQuota = command.passQuota === undefined ? undefined : checkQuota(command.passQuota);
    const note = command.note === undefined ? undefined : checkNote(command.note);
    const listsGiven = command.communes != null || command.epcis != null;
    return this.update(id, command.expectedVersion, reach, async (manager, zone, current) => {
      const changes: ZoneChange[] = [];
      const changesOfDetails = (): ZoneChange[] => {
        const details: ZoneChange[] = [];
        if (passQuota !== undefined && passQuota !== zone.passQuota) {
          zone.passQuota = passQuota;
          details.push('PASS_QUOTA');
        }
        if (note !== undefined && note !== zone.note) {
          zone.note = note;
          details.push('NOTE');
        }
        return details;
      };
      if (listsGiven) {
        const definition = checkDefinition({ communes: command.communes ?? current.definition.communes, epcis: command.epcis ?? current.definition.epcis });
        const members = await this.membersOf(manager, definition);
        if (sameDefinition(definition, current.definition)) return changesOfDetails();
        current.definition = definition;
        current.population = members.population;
        changes.push('DEFINITION');
        if (members.communes.join() !== current.members.join()) changes.push('MEMBERS');
        current.members = members.communes;
        zone.population = members.population;
      }
      return [...changes, ...changesOfDetails()];
    });
  }

  async delete(id: string, expectedVersion: number | null | undefined, reach: Reach): Promise<ZoneEntity> {
    const zoneId = parseZoneId(id);
    return this.dataSource.transaction(async (manager) => {
      const zone = await this.lock(manager, zoneId, expectedVersion, reach);
      const members = await this.repository.membersOf(manager, zone.id);
      await this.repository.deleteZone(manager, zone.id);
      const now = this.clock.now();
      await recordEvent(
        manager,
        ZoneDeletedV1,
        { zoneId: zone.id, programmeId: zone.programmeId, name: zone.name, memberCommunes: members, version: zone.version + 1, at: now.toISOString() },
        now,
      );
      return zone;
    });
  }

  /**
   * After a new version of the map is imported, EPCIs may have gained or lost communes and
   * communes may have merged: each zone is expanded again from its definition, and those whose
   * members changed are announced.
   */
  async refreshAllMembers(): Promise<number> {
    const ids = await this.repository.allIds(this.dataSource.manager);
    let changed = 0;
    for (const id of ids) {
      await this.update(id, undefined, null, async (manager, zone, current) => {
        const members = await this.repository.expand(manager, current.definition);
        zone.population = members.population;
        if (members.communes.join() === current.members.join()) return [];
        current.members = members.communes;
        changed++;
        return ['MEMBERS'];
      }).catch((error) => {
        // A zone deleted meanwhile has nothing left to refresh.
        if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
      });
    }
    return changed;
  }

  /**
   * Locks the zone, lets `apply` change it, then writes it with its event when something changed.
   * `reach` is the caller's; null for the platform's own work (the map refresh), which changes any zone.
   */
  private async update(
    id: string,
    expectedVersion: number | null | undefined,
    reach: Reach | null,
    apply: (
      manager: EntityManager,
      zone: ZoneEntity,
      current: { definition: ZoneDefinition; members: string[]; population: number },
    ) => Promise<ZoneChange[]>,
  ): Promise<ZoneEntity> {
    const zoneId = parseZoneId(id);
    return this.dataSource.transaction(async (manager) => {
      const zone = await this.lock(manager, zoneId, expectedVersion, reach);
      const definition = (await this.repository.definitionsOf([zone.id], manager)).get(zone.id) ?? { communes: [], epcis: [] };
      const before = await this.repository.membersOf(manager, zone.id);
      const current = { definition, members: before, population: zone.population };
      const populationBefore = zone.population;
      const changes = await apply(manager, zone, current);
      if (changes.length === 0) {
        if (zone.population !== populationBefore) await this.repository.setPopulation(manager, zone.id, zone.population);
        return zone;
      }
      const now = this.clock.now();
      zone.version += 1;
      zone.updatedAt = now;
      await manager
        .update(
          ZoneEntity,
          { id: zone.id },
          { name: zone.name, nameKey: zone.nameKey, passQuota: zone.passQuota, note: zone.note, population: zone.population, version: zone.version, updatedAt: now },
        )
        .catch((error) => {
          throw isUniqueViolation(error) ? nameTaken(zone.name) : error;
        });
      if (changes.includes('DEFINITION') || changes.includes('MEMBERS')) await this.repository.writeDefinition(manager, zone.id, current.definition, current.members);
      const previous = new Set(before);
      const next = new Set(current.members);
      await recordEvent(
        manager,
        ZoneChangedV1,
        {
          ...stateOf(zone, current.definition, current.members),
          changes,
          addedCommunes: current.members.filter((c) => !previous.has(c)),
          removedCommunes: before.filter((c) => !next.has(c)),
          at: now.toISOString(),
        },
        now,
      );
      return zone;
    });
  }

  /** Another programme's zone is, for the caller, a zone that does not exist: refused before its version says anything. */
  private async lock(manager: EntityManager, zoneId: string, expectedVersion: number | null | undefined, reach: Reach | null): Promise<ZoneEntity> {
    const zone = await this.repository.lockById(manager, zoneId);
    if (!zone || (reach && !mayChangeZone(reach, zone))) throw new DomainError('NOT_FOUND', `zone ${zoneId} does not exist`, { field: 'id' });
    if (expectedVersion != null && expectedVersion !== zone.version) {
      throw new ZoneError('ZONE_VERSION_CONFLICT', `the zone is at version ${zone.version}, not ${expectedVersion}`, {
        field: 'expectedVersion',
        currentVersion: zone.version,
      });
    }
    return zone;
  }

  /** Refuses the definition whole when any code names nothing, listing them all; otherwise expands it. */
  private async membersOf(manager: EntityManager, definition: ZoneDefinition) {
    const unknown = await this.repository.unknownCodes(manager, definition);
    if (unknown.communes.length > 0 || unknown.epcis.length > 0) {
      throw new ZoneError('UNKNOWN_ZONE_MEMBERS', `the zone names ${unknown.communes.length + unknown.epcis.length} unknown code(s); nothing was written`, {
        field: unknown.communes.length > 0 ? 'communes' : 'epcis',
        unknownCommunes: unknown.communes,
        unknownEpcis: unknown.epcis,
      });
    }
    return this.repository.expand(manager, definition);
  }
}

function stateOf(zone: ZoneEntity, definition: ZoneDefinition, members: string[]) {
  return {
    zoneId: zone.id,
    programmeId: zone.programmeId,
    name: zone.name,
    passQuota: zone.passQuota,
    note: zone.note,
    definition: { communes: [...definition.communes], epcis: [...definition.epcis] },
    memberCommunes: members,
    population: zone.population,
    version: zone.version,
  };
}

function nameTaken(name: string): ZoneError {
  return new ZoneError('ZONE_NAME_TAKEN', `another zone of this programme is already named "${name}"`, { field: 'name' });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string }; code?: string })?.driverError?.code === '23505' || (error as { code?: string })?.code === '23505';
}
