// What the platform's end-to-end tests and tools may use of this service.
export { partnersSubgraph, startPartnersService } from './server';
export { loadPartnersConfig, type PartnersConfig } from './config';
