// Events published by the partners service. One defineEvent per event; a breaking change is a new version.
import type { EventContract } from './contract';

export const PARTNERS_EVENTS: readonly EventContract<any, any>[] = [];
