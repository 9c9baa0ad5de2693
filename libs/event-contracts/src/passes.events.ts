// Events published by the passes service. One defineEvent per event; a breaking change is a new version.
import type { EventContract } from './contract';

export const PASSES_EVENTS: readonly EventContract<any, any>[] = [];
