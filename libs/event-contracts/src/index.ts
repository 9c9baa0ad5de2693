export * from './contract';
export * from './shared-schemas';
export * from './funding.events';
import { ProgrammeOpenedV1 } from './funding.events';
import type { EventContract } from './contract';

/** Every published event, by type: the catalogue documented in ARCHITECTURE.md. */
export const EVENT_CATALOGUE: readonly EventContract[] = [ProgrammeOpenedV1];
