// Perimeter and scope questions that may involve a programme zone: administrative territories
// are answered from libs/geography, zones from the member lists territory's events brought
// (table zone). Every question is asked inside the caller's transaction.
import type { EntityManager } from 'typeorm';
import { DomainError } from '@pass-numerique/kernel';
import { administrativeName, communeIsIn, communesOf, territoryExists, type TerritoryRef } from './territory-rules';
import { ZoneRepository } from './zone.repository';

const zones = new ZoneRepository();

async function zoneMembers(manager: EntityManager, zoneId: string): Promise<readonly string[] | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(zoneId)) return undefined;
  return zones.membersOf(manager, zoneId);
}

/** The communes of a territory; undefined when it does not exist (or is a zone passes has not heard of). */
export async function communesOfTerritory(manager: EntityManager, territory: TerritoryRef): Promise<readonly string[] | undefined> {
  if (territory.level === 'ZONE') return zoneMembers(manager, territory.code);
  return territoryExists(territory) ? communesOf(territory) : undefined;
}

/** Refuses a territory that is not on the map (UNKNOWN_TERRITORY) or a zone not (or no longer) defined (UNKNOWN_ZONE). */
export async function assertTerritoryKnown(manager: EntityManager, territory: TerritoryRef, field: string): Promise<void> {
  if (await communesOfTerritory(manager, territory)) return;
  if (territory.level === 'ZONE') throw new DomainError('UNKNOWN_ZONE', `zone ${territory.code} is not known to the passes service`, { field });
  throw new DomainError('UNKNOWN_TERRITORY', `${territory.level} ${territory.code} does not exist`, { field });
}

/** A perimeter's name for people: the map's for a territory, the zone's own for a zone; its code when neither is known. */
export async function territoryName(manager: EntityManager, territory: TerritoryRef): Promise<string> {
  const name = territory.level === 'ZONE' ? /^[0-9a-f-]{36}$/i.test(territory.code) && (await zones.nameOf(manager, territory.code)) : administrativeName(territory);
  return name || territory.code;
}

export async function perimeterContains(manager: EntityManager, perimeter: TerritoryRef, communeCode: string): Promise<boolean> {
  if (perimeter.level !== 'ZONE') return communeIsIn(communeCode, perimeter);
  return ((await zoneMembers(manager, perimeter.code)) ?? []).includes(communeCode);
}

/** Whether every commune of `inner` lies in `outer`. */
export async function isWithin(manager: EntityManager, inner: TerritoryRef, outer: TerritoryRef): Promise<boolean> {
  if (inner.level === outer.level && inner.code === outer.code) return true;
  const [communes, container] = await Promise.all([communesOfTerritory(manager, inner), communesOfTerritory(manager, outer)]);
  if (!communes?.length || !container) return false;
  const set = new Set(container);
  return communes.every((c) => set.has(c));
}

/** Whether two territories share at least one commune. */
export async function overlap(manager: EntityManager, a: TerritoryRef, b: TerritoryRef): Promise<boolean> {
  if (a.level === b.level && a.code === b.code) return true;
  const [left, right] = await Promise.all([communesOfTerritory(manager, a), communesOfTerritory(manager, b)]);
  if (!left || !right) return false;
  const set = new Set(right);
  return left.some((c) => set.has(c));
}

/** The zones (of the programme, or shared) a commune belongs to. */
export function zonesContaining(manager: EntityManager, communeCode: string, programmeId: string): Promise<string[]> {
  return zones.containing(manager, communeCode, programmeId);
}
