// What the platform's end-to-end tests and tools may use of this service.
export { passesSubgraph, startPassesService } from './server';
export { loadPassesConfig, PASSES_DEFAULT_PORT, type PassesConfig } from './config';
