// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { OrganisationRepository } from './organisations/organisation.repository';
import { OrganisationService } from './organisations/organisation.service';
import { MemberRepository } from './members/member.repository';
import { MemberService } from './members/member.service';
import { createOrganisationLoaders } from './organisations/organisation.loaders';
import { AgreementRepository } from './agreements/agreement.repository';
import { AgreementService } from './agreements/agreement.service';
import { createAgreementLoaders } from './agreements/agreement.loaders';
import { PlaceRepository } from './places/place.repository';
import { PlaceService } from './places/place.service';
import { QualificationService } from './places/qualification.service';
import { createPlaceLoaders } from './places/place.loaders';
import { PlaceImportService } from './places/place-import.service';
import { PlaceExportService } from './places/place-export.service';
import { createTerritoryLoaders } from './territories/territory.loaders';
import { CredentialRepository } from './credentials/credential.repository';
import { DelegationRepository } from './delegations/delegation.repository';
import { DelegationService } from './delegations/delegation.service';
import { createDelegationLoaders } from './delegations/delegation.loaders';
import { CredentialService } from './credentials/credential.service';
import { createCredentialLoaders } from './credentials/credential.loaders';
import { WebhookRepository } from './webhooks/webhook.repository';
import { WebhookService, type WebhookSettings } from './webhooks/webhook.service';
import { WebhookDispatcher, type WebhookDeliverySettings } from './webhooks/webhook-dispatcher';
import { createWebhookLoaders } from './webhooks/webhook.loaders';
import { PlaceCountRepository } from './open-data/place-count.repository';
import { PlaceCountService } from './open-data/place-count.service';
import { PlaceFinderRepository } from './finder/place-finder.repository';
import { PlaceFinderService } from './finder/place-finder.service';
import { SandboxRepository } from './sandboxes/sandbox.repository';
import { DocumentRepository } from './documents/document.repository';
import { DocumentService } from './documents/document.service';
import { DocumentLinks } from './documents/document-links';
import { openDocumentStores } from './documents/document-store';
import { ApplicationRepository } from './applications/application.repository';
import { ApplicationService } from './applications/application.service';
import { createApplicationLoaders } from './applications/application.loaders';
import type { DocumentStorageConfig } from './config';
import { SandboxService } from './sandboxes/sandbox.service';
import { createSandboxLoaders } from './sandboxes/sandbox.loaders';
import { BankDetailsRepository } from './bank-details/bank-details.repository';
import { BankDetailsService } from './bank-details/bank-details.service';
import { createBankDetailsLoaders } from './bank-details/bank-details.loaders';
import { NotificationRepository } from './notifications/notification.repository';
import { NotificationService } from './notifications/notification.service';

export interface PartnersOptions {
  /** Key signing document links, and where documents' bytes are kept (config.ts: documentLinkKeyOf, documentStorage). */
  documents: { linkKey: Buffer; storage: DocumentStorageConfig };
  /** Key under which credential secrets are hashed (config.ts: credentialPepperOf). */
  credentialPepper: string;
  /** Key for webhook secrets at rest, and whether local http receivers are allowed (config.ts). */
  webhooks: WebhookSettings;
  /** Webhook delivery schedule and timeouts (tests shorten the back-off). */
  webhookDelivery?: Partial<WebhookDeliverySettings>;
}

export function createPartnersServices({ dataSource, clock, logger }: ServiceDependencies, options: PartnersOptions) {
  const organisationRepository = new OrganisationRepository(dataSource);
  const organisations = new OrganisationService(dataSource, organisationRepository, clock);
  const memberRepository = new MemberRepository(dataSource);
  const agreementRepository = new AgreementRepository(dataSource);
  const placeRepository = new PlaceRepository(dataSource);
  const places = new PlaceService(dataSource, placeRepository, organisationRepository, clock);
  const credentialRepository = new CredentialRepository(dataSource);
  const webhookRepository = new WebhookRepository(dataSource);
  const delegationRepository = new DelegationRepository(dataSource);
  const sandboxRepository = new SandboxRepository(dataSource);
  const documentRepository = new DocumentRepository(dataSource);
  const documentStores = openDocumentStores(options.documents.storage, documentRepository);
  const documents = new DocumentService(dataSource, documentRepository, placeRepository, organisationRepository, new DocumentLinks(options.documents.linkKey), documentStores.current, documentStores.all, clock);
  const applicationRepository = new ApplicationRepository(dataSource);
  const applications = new ApplicationService(dataSource, applicationRepository, documents, organisationRepository, clock);
  const notifications = new NotificationService(new NotificationRepository(dataSource), clock);
  const webhooks = new WebhookService(dataSource, webhookRepository, clock, options.webhooks);
  const bankDetailsRepository = new BankDetailsRepository(dataSource);
  const credentials = new CredentialService(dataSource, credentialRepository, organisationRepository, placeRepository, sandboxRepository, clock, options.credentialPepper);
  return {
    organisationRepository,
    organisations,
    memberRepository,
    members: new MemberService(dataSource, memberRepository, organisations, organisationRepository, clock, options.credentialPepper),
    agreementRepository,
    agreements: new AgreementService(dataSource, agreementRepository, organisationRepository, clock),
    placeRepository,
    places,
    placeImport: new PlaceImportService(dataSource, placeRepository, places, organisationRepository, logger),
    placeExport: new PlaceExportService(placeRepository, organisationRepository),
    qualification: new QualificationService(dataSource, placeRepository, organisationRepository, clock, applications),
    documentRepository,
    documents,
    documentStores,
    applicationRepository,
    applications,
    credentialRepository,
    credentials,
    delegationRepository,
    delegations: new DelegationService(dataSource, delegationRepository, organisationRepository, placeRepository, credentials, clock),
    sandboxRepository,
    sandboxes: new SandboxService(dataSource, sandboxRepository, clock),
    webhookRepository,
    webhooks,
    notifications,
    bankDetailsRepository,
    bankDetails: new BankDetailsService(dataSource, bankDetailsRepository, placeRepository, documents, memberRepository, notifications, webhooks, clock),
    // Runs beside the subgraph (a job of server.ts) and stops before it, so no attempt outlives the database.
    webhookDispatcher: new WebhookDispatcher(dataSource, webhookRepository, options.webhooks.secretKey, clock, logger, {
      allowPrivateAddresses: options.webhooks.allowLocalHttp,
      ...options.webhookDelivery,
    }),
    placeCounts: new PlaceCountService(new PlaceCountRepository(dataSource)),
    placeFinder: new PlaceFinderService(new PlaceFinderRepository(dataSource), clock),
  };
}
export type PartnersServices = ReturnType<typeof createPartnersServices>;

export function createPartnersLoaders(services: PartnersServices) {
  return {
    ...createOrganisationLoaders(services.organisationRepository),
    ...createApplicationLoaders(services.applicationRepository, services.documentRepository),
    ...createAgreementLoaders(services.agreementRepository),
    ...createPlaceLoaders(services.placeRepository),
    ...createTerritoryLoaders(services.placeRepository, services.placeCounts),
    ...createCredentialLoaders(services.credentialRepository),
    ...createDelegationLoaders(services.delegationRepository),
    ...createWebhookLoaders(services.webhookRepository),
    ...createSandboxLoaders(services.sandboxRepository),
    ...createBankDetailsLoaders(services.bankDetailsRepository, services.documentRepository),
  };
}
export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;

export type PartnersContext = SubgraphContext<PartnersServices, PartnersLoaders>;
