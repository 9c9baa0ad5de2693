// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { OrganisationRepository } from './organisations/organisation.repository';
import { OrganisationService } from './organisations/organisation.service';
import { createOrganisationLoaders } from './organisations/organisation.loaders';

export function createPartnersServices({ dataSource, clock }: ServiceDependencies) {
  const organisationRepository = new OrganisationRepository(dataSource);
  return {
    organisationRepository,
    organisations: new OrganisationService(dataSource, organisationRepository, clock),
  };
}
export type PartnersServices = ReturnType<typeof createPartnersServices>;

export function createPartnersLoaders(services: PartnersServices) {
  return { ...createOrganisationLoaders(services.organisationRepository) };
}
export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;

export type PartnersContext = SubgraphContext<PartnersServices, PartnersLoaders>;
