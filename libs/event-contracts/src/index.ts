export * from './contract';
export * from './shared-schemas';
export * from './funding.events';
export * from './partners.events';
export * from './passes.events';
export * from './territory.events';
import type { EventContract } from './contract';
import { FUNDING_EVENTS } from './funding.events';
import { PARTNERS_EVENTS } from './partners.events';
import { PASSES_EVENTS } from './passes.events';
import { TERRITORY_EVENTS } from './territory.events';

/** Every published event: the catalogue documented in ARCHITECTURE.md. */
export const EVENT_CATALOGUE: readonly EventContract<any, any>[] = [...FUNDING_EVENTS, ...PARTNERS_EVENTS, ...PASSES_EVENTS, ...TERRITORY_EVENTS];
