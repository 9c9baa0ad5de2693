// What a well-formed code looks like at each level. A malformed code ("ABC", "1234") is an
// input mistake the client can fix by itself, so it gets its own error code, distinct from a
// well-formed code that names nothing ("99999" → NOT_FOUND).
import { isUuid, isWellFormedInseeCode } from '@pass-numerique/kernel';
import { TerritoryError } from './territory.errors';

export const TERRITORY_LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'ZONE'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];
export type AdministrativeLevel = Exclude<TerritoryLevel, 'ZONE'>;

/** Higher levels first; a territory lies inside another only if its level ranks below. */
export const LEVEL_RANK: Record<TerritoryLevel, number> = { ZONE: 0, REGION: 1, DEPARTEMENT: 2, EPCI: 3, COMMUNE: 4 };

const SHAPE: Record<TerritoryLevel, (code: string) => boolean> = {
  REGION: (code) => /^\d{2}$/.test(code),
  // Metropolitan 01–95 with Corsica's 2A/2B, overseas 971–976.
  DEPARTEMENT: (code) => /^(?:\d{2}|2[AB]|97\d)$/.test(code),
  // An EPCI is named by its SIREN.
  EPCI: (code) => /^\d{9}$/.test(code),
  COMMUNE: isWellFormedInseeCode,
  // A zone is named by its id, which survives renames.
  ZONE: isUuid,
};

const EXPECTED: Record<TerritoryLevel, string> = {
  REGION: 'two digits',
  DEPARTEMENT: 'two digits, 2A, 2B or 97x',
  EPCI: 'a nine-digit SIREN',
  COMMUNE: 'a five-character INSEE code (2A004, 80620)',
  ZONE: 'a zone id (UUID)',
};

/** Trims and upper-cases (Corsica's "2a004" is "2A004"); zone ids are lower-cased. */
export function normaliseCode(level: TerritoryLevel, code: string): string {
  const trimmed = code.trim();
  return level === 'ZONE' ? trimmed.toLowerCase() : trimmed.toUpperCase();
}

export function isWellFormedCode(level: TerritoryLevel, code: string): boolean {
  return SHAPE[level](normaliseCode(level, code));
}

/** The normalised code, or MALFORMED_CODE naming the field. */
export function parseTerritoryCode(level: TerritoryLevel, code: string, field = 'code'): string {
  const normalised = normaliseCode(level, code);
  if (!SHAPE[level](normalised)) {
    throw new TerritoryError('MALFORMED_CODE', `${field} is not a well-formed ${level.toLowerCase()} code: expected ${EXPECTED[level]}`, { field, level });
  }
  return normalised;
}

/** "LEVEL:code": the key of the per-request territory loader. */
export function territoryKey(level: TerritoryLevel, code: string): string {
  return `${level}:${code}`;
}
