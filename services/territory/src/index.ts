// What the platform's end-to-end tests and tools may use of this service.
export { territorySubgraph, startTerritoryService } from './server';
export { loadTerritoryConfig, type TerritoryConfig } from './config';
export { importFrance, type ImportReport } from './reference-data/france-import';
export { readFranceMap } from './reference-data/france-map';
export { searchKey } from './territories/search-key';
