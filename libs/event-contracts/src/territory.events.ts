// Events published by the territory service. One defineEvent per event; a breaking change is a new version.
import type { EventContract } from './contract';

export const TERRITORY_EVENTS: readonly EventContract<any, any>[] = [];
