// What the funding subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import type { FundingConfig } from './config';
import { createFundingLoaders, createFundingServices, type FundingLoaders, type FundingServices } from './context';
import { programmeResolvers } from './programmes/programme.resolvers';
import { ProgrammeEntity } from './programmes/programme.entity';
import { DeliberationEntity } from './programmes/deliberation.entity';
import { CommitmentAuthorisationEntity, PaymentScheduleLineEntity } from './programmes/authorisation.entity';
import { CreateFundingTables1764979200000 } from './database/migrations/1764979200000-create-funding-tables';
import { loadFoundingDecision } from './demo/load-founding-decision';

export const fundingSubgraph: SubgraphDefinition<FundingServices, FundingLoaders> = {
  name: 'funding',
  typeDefs,
  resolvers: { ...scalarResolvers, ...programmeResolvers } as SubgraphDefinition<FundingServices, FundingLoaders>['resolvers'],
  entities: [ProgrammeEntity, DeliberationEntity, CommitmentAuthorisationEntity, PaymentScheduleLineEntity],
  migrations: [CreateFundingTables1764979200000],
  createServices: createFundingServices,
  createLoaders: createFundingLoaders,
  subscriptions: () => [],
};

export async function startFundingService(config: FundingConfig, options: StartOptions = {}) {
  const running = await startSubgraph(fundingSubgraph, config, options);
  if (config.loadDemoData) await loadFoundingDecision(running.services);
  return running;
}
