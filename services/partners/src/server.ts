// What the partners subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import type { PartnersConfig } from './config';
import { createPartnersLoaders, createPartnersServices, type PartnersLoaders, type PartnersServices } from './context';
import { addressResolvers } from './addresses/address.resolvers';
import { organisationResolvers } from './organisations/organisation.resolvers';
import { territoryResolvers } from './territories/territory.resolvers';
import { agreementResolvers } from './agreements/agreement.resolvers';
import { AgreementEntity } from './agreements/agreement.entity';
import { placeResolvers } from './places/place.resolvers';
import { PlaceEntity, QualificationStepEntity } from './places/place.entity';
import { vocabularyEnumResolvers } from './places/standard-vocabulary';
import { CreatePlaceTables1765238400000 } from './database/migrations/1765238400000-create-place-tables';
import { CreateAgreementTable1765152000000 } from './database/migrations/1765152000000-create-agreement-table';
import { OrganisationEntity } from './organisations/organisation.entity';
import { CreateOrganisationTables1765065600000 } from './database/migrations/1765065600000-create-organisation-tables';
import { loadPartnersDemo } from './demo/load-partners-demo';

function mergeResolvers(...maps: Array<Record<string, Record<string, unknown>>>) {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}

export const partnersSubgraph: SubgraphDefinition<PartnersServices, PartnersLoaders> = {
  name: 'partners',
  typeDefs,
  resolvers: mergeResolvers(scalarResolvers as never, addressResolvers, territoryResolvers, organisationResolvers, agreementResolvers, vocabularyEnumResolvers, placeResolvers) as SubgraphDefinition<PartnersServices, PartnersLoaders>['resolvers'],
  entities: [OrganisationEntity, AgreementEntity, PlaceEntity, QualificationStepEntity],
  migrations: [CreateOrganisationTables1765065600000, CreateAgreementTable1765152000000, CreatePlaceTables1765238400000],
  createServices: createPartnersServices,
  createLoaders: createPartnersLoaders,
  subscriptions: () => [],
};

export async function startPartnersService(config: PartnersConfig, options: StartOptions = {}) {
  const running = await startSubgraph(partnersSubgraph, config, options);
  if (config.loadDemoData) await loadPartnersDemo(running.services);
  return running;
}
