// The rules of a programme zone, as pure functions: its id, name, quota and note, and a
// definition's codes — normalised, de-duplicated, refused whole when any is malformed, bounded so
// that the zone's events stay well under NATS' 1 MB message limit.
import { DomainError } from '@pass-numerique/kernel';
import { isWellFormedCode, normaliseCode } from '../territories/territory-codes';
import { TerritoryError } from '../territories/territory.errors';
import { searchKey } from '../territories/search-key';
import type { ZoneDefinition } from './zone.entity';
import { ZoneError } from './zone.errors';

/** A zone's codes travel whole in its events; this keeps an event well under NATS' 1 MB message limit. */
export const MAX_ZONE_CODES = 40_000;
const NAME_LIMIT = 200;
const NOTE_LIMIT = 1_000;

export function parseZoneId(id: string): string {
  if (!isWellFormedCode('ZONE', id)) throw new TerritoryError('MALFORMED_CODE', 'id is not a zone id', { field: 'id' });
  return normaliseCode('ZONE', id);
}

export function checkName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > NAME_LIMIT || !searchKey(trimmed)) {
    throw new DomainError('BAD_USER_INPUT', `name must be 1–${NAME_LIMIT} characters with at least one letter or digit`, { field: 'name' });
  }
  return trimmed;
}

export function checkQuota(quota: number | null): number | null {
  if (quota !== null && (!Number.isInteger(quota) || quota < 0)) throw new DomainError('BAD_USER_INPUT', 'passQuota must be a whole number, 0 or more', { field: 'passQuota' });
  return quota;
}

export function checkNote(note: string | null): string | null {
  const trimmed = note?.trim() || null;
  if (trimmed && trimmed.length > NOTE_LIMIT) throw new DomainError('BAD_USER_INPUT', `note must be at most ${NOTE_LIMIT} characters`, { field: 'note' });
  return trimmed;
}

/** Normalises and de-duplicates the codes; a malformed one refuses the whole definition, listing every malformed code. */
export function checkDefinition(given: { communes: readonly string[]; epcis: readonly string[] }): ZoneDefinition {
  if (given.communes.length + given.epcis.length > MAX_ZONE_CODES) {
    throw new ZoneError('ZONE_TOO_LARGE', `a zone is defined with at most ${MAX_ZONE_CODES} codes`, { field: 'communes' });
  }
  const communes = [...new Set(given.communes.map((c) => normaliseCode('COMMUNE', c)))].sort();
  const epcis = [...new Set(given.epcis.map((c) => normaliseCode('EPCI', c)))].sort();
  const malformedCommunes = communes.filter((c) => !isWellFormedCode('COMMUNE', c));
  const malformedEpcis = epcis.filter((c) => !isWellFormedCode('EPCI', c));
  if (malformedCommunes.length > 0 || malformedEpcis.length > 0) {
    throw new TerritoryError('MALFORMED_CODE', 'the zone names malformed codes; nothing was written', {
      field: malformedCommunes.length > 0 ? 'communes' : 'epcis',
      malformedCommunes,
      malformedEpcis,
    });
  }
  if (communes.length === 0 && epcis.length === 0) throw new ZoneError('EMPTY_ZONE', 'a zone needs at least one commune or EPCI', { field: 'communes' });
  return { communes, epcis };
}

/** Two definitions name the same codes (both are normalised and sorted). */
export function sameDefinition(a: ZoneDefinition, b: ZoneDefinition): boolean {
  return a.communes.join() === b.communes.join() && a.epcis.join() === b.epcis.join();
}
