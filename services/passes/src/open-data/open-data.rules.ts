// What open data may be asked for: figures by administrative level only.
import { DomainError } from '@pass-numerique/kernel';

export const OPEN_DATA_LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'] as const;
export type OpenDataLevel = (typeof OPEN_DATA_LEVELS)[number];

export function checkOpenDataLevel(level: string): OpenDataLevel {
  if (!(OPEN_DATA_LEVELS as readonly string[]).includes(level)) {
    // A zone is any set of communes: its total next to the communes' would give hidden cells away.
    throw new DomainError('BAD_USER_INPUT', 'open data is published by région, département, EPCI or commune', { field: 'level' });
  }
  return level as OpenDataLevel;
}
