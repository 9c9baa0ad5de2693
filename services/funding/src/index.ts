// What the platform's end-to-end tests and tools may use of this service.
export { fundingSubgraph, startFundingService } from './server';
export { loadFundingConfig, type FundingConfig } from './config';
