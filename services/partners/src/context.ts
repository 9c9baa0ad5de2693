// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { OrganisationRepository } from './organisations/organisation.repository';
import { OrganisationService } from './organisations/organisation.service';
import { createOrganisationLoaders } from './organisations/organisation.loaders';
import { AgreementRepository } from './agreements/agreement.repository';
import { AgreementService } from './agreements/agreement.service';
import { createAgreementLoaders } from './agreements/agreement.loaders';
import { PlaceRepository } from './places/place.repository';
import { PlaceService } from './places/place.service';
import { QualificationService } from './places/qualification.service';
import { createPlaceLoaders } from './places/place.loaders';

export function createPartnersServices({ dataSource, clock }: ServiceDependencies) {
  const organisationRepository = new OrganisationRepository(dataSource);
  const agreementRepository = new AgreementRepository(dataSource);
  const placeRepository = new PlaceRepository(dataSource);
  return {
    organisationRepository,
    organisations: new OrganisationService(dataSource, organisationRepository, clock),
    agreementRepository,
    agreements: new AgreementService(dataSource, agreementRepository, organisationRepository, clock),
    placeRepository,
    places: new PlaceService(dataSource, placeRepository, organisationRepository, clock),
    qualification: new QualificationService(dataSource, placeRepository, organisationRepository, clock),
  };
}
export type PartnersServices = ReturnType<typeof createPartnersServices>;

export function createPartnersLoaders(services: PartnersServices) {
  return { ...createOrganisationLoaders(services.organisationRepository), ...createAgreementLoaders(services.agreementRepository), ...createPlaceLoaders(services.placeRepository) };
}
export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;

export type PartnersContext = SubgraphContext<PartnersServices, PartnersLoaders>;
