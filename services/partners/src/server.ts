// What the partners subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { auditTrailQuery, mergeResolvers, scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import { credentialPepperOf, documentLinkKeyOf, webhookSecretKeyOf, type PartnersConfig } from './config';
import { createPartnersLoaders, createPartnersServices, type PartnersLoaders, type PartnersOptions, type PartnersServices } from './context';
import { addressResolvers } from './addresses/address.resolvers';
import { territoryResolvers } from './territories/territory.resolvers';
import { organisationResolvers } from './organisations/organisation.resolvers';
import { OrganisationEntity } from './organisations/organisation.entity';
import { memberResolvers } from './members/member.resolvers';
import { InvitationEntity, MembershipEntity } from './members/member.entity';
import { CreateMembershipTables1767500000000 } from './database/migrations/1767500000000-create-membership-tables';
import { agreementResolvers } from './agreements/agreement.resolvers';
import { AgreementEntity } from './agreements/agreement.entity';
import { placeResolvers } from './places/place.resolvers';
import { PlaceEntity, PlaceQualificationEntity, QualificationStepEntity } from './places/place.entity';
import { vocabularyEnumResolvers } from './places/standard-vocabulary';
import { credentialResolvers } from './credentials/credential.resolvers';
import { delegationResolvers } from './delegations/delegation.resolvers';
import { DelegationEntity } from './delegations/delegation.entity';
import { CreateDelegationTable1767530000000 } from './database/migrations/1767530000000-create-delegation-table';
import { onDelegationChanged } from './handlers/on-delegation-changed.handler';
import { CredentialEntity } from './credentials/credential.entity';
import { sandboxResolvers } from './sandboxes/sandbox.resolvers';
import { SandboxEntity } from './sandboxes/sandbox.entity';
import { AddCredentialEnvironmentAndSandboxes1767540000000 } from './database/migrations/1767540000000-add-credential-environment-and-sandboxes';
import { CreateOrganisationTables1765065600000 } from './database/migrations/1765065600000-create-organisation-tables';
import { CreateAgreementTable1765152000000 } from './database/migrations/1765152000000-create-agreement-table';
import { CreatePlaceTables1765238400000 } from './database/migrations/1765238400000-create-place-tables';
import { CreateCredentialTable1765324800000 } from './database/migrations/1765324800000-create-credential-table';
import { IndexOrganisationRna1765411200000 } from './database/migrations/1765411200000-index-organisation-rna';
import { loadPartnersDemo } from './demo/load-partners-demo';
import { CreateAuditEntry1765600000000 } from './database/migrations/1765600000000-create-audit-entry';
import { AddAuditProgrammes1767000000000 } from './database/migrations/1767000000000-add-audit-programmes';
import { QualifyPlacesPerProgramme1767100000000 } from './database/migrations/1767100000000-qualify-places-per-programme';
import { CreateWebhookTables1765800000000 } from './database/migrations/1765800000000-create-webhook-tables';
import { webhookResolvers } from './webhooks/webhook.resolvers';
import { WebhookDeliveryEntity, WebhookEntity } from './webhooks/webhook.entity';
import type { WebhookDeliverySettings } from './webhooks/webhook-dispatcher';
import { onPlaceQualified } from './handlers/on-place-qualified.handler';
import { onPlaceSuspended } from './handlers/on-place-suspended.handler';
import { onPlaceReinstated } from './handlers/on-place-reinstated.handler';
import { onPlaceRevoked } from './handlers/on-place-revoked.handler';
import { onStatementApproved } from './handlers/on-statement-approved.handler';
import { onStatementPaid } from './handlers/on-statement-paid.handler';
import { onCredentialRevoked } from './handlers/on-credential-revoked.handler';
import { partnersAccessPolicy } from './access-policy';
import { placeCountResolvers } from './open-data/place-count.resolvers';
import { placeFinderResolvers } from './finder/place-finder.resolvers';
import { IndexPlacePositions1767200000000 } from './database/migrations/1767200000000-index-place-positions';
import { StoreEventTraceContext1767400000000 } from './database/migrations/1767400000000-store-event-trace-context';
import { documentResolvers } from './documents/document.resolvers';
import { DocumentEntity } from './documents/document.entity';
import { documentRoutes } from './documents/document.http';
import { applicationResolvers } from './applications/application.resolvers';
import { ApplicationDocumentEntity, ApplicationRequirementEntity } from './applications/application.entity';
import { CreateDocumentTables1767510000000 } from './database/migrations/1767510000000-create-document-tables';
import { AddApplicationReview1767510000001 } from './database/migrations/1767510000001-add-application-review';
import { bankDetailsResolvers } from './bank-details/bank-details.resolvers';
import { BankDetailsChangeRequestEntity, BankDetailsVersionEntity, StatementPayeeEntity } from './bank-details/bank-details.entity';
import { notificationResolvers } from './notifications/notification.resolvers';
import { NotificationEntity } from './notifications/notification.entity';
import { CreateBankDetailsTables1767520000000 } from './database/migrations/1767520000000-create-bank-details-tables';

type Resolvers = SubgraphDefinition<PartnersServices, PartnersLoaders>['resolvers'];

export function partnersSubgraph(options: PartnersOptions): SubgraphDefinition<PartnersServices, PartnersLoaders> {
  return {
    name: 'partners',
    typeDefs,
    resolvers: mergeResolvers<Resolvers>(
      scalarResolvers,
      addressResolvers,
      territoryResolvers,
      organisationResolvers,
      memberResolvers,
      agreementResolvers,
      vocabularyEnumResolvers,
      placeResolvers,
      credentialResolvers,
      delegationResolvers,
      sandboxResolvers,
      webhookResolvers,
      placeCountResolvers,
      placeFinderResolvers,
      documentResolvers,
      applicationResolvers,
      bankDetailsResolvers,
      notificationResolvers,
      { Query: { partnersAuditTrail: auditTrailQuery() } },
    ),
    entities: [DocumentEntity, ApplicationRequirementEntity, ApplicationDocumentEntity, OrganisationEntity, MembershipEntity, InvitationEntity, AgreementEntity, PlaceEntity, PlaceQualificationEntity, QualificationStepEntity, CredentialEntity, DelegationEntity, SandboxEntity, WebhookEntity, WebhookDeliveryEntity, BankDetailsChangeRequestEntity, BankDetailsVersionEntity, StatementPayeeEntity, NotificationEntity],
    migrations: [
      CreateOrganisationTables1765065600000,
      CreateAgreementTable1765152000000,
      CreatePlaceTables1765238400000,
      CreateCredentialTable1765324800000,
      IndexOrganisationRna1765411200000,
      CreateAuditEntry1765600000000,
      CreateWebhookTables1765800000000,
      AddAuditProgrammes1767000000000,
      QualifyPlacesPerProgramme1767100000000,
      IndexPlacePositions1767200000000,
      StoreEventTraceContext1767400000000,
      CreateMembershipTables1767500000000,
      CreateDocumentTables1767510000000,
      AddApplicationReview1767510000001,
      CreateBankDetailsTables1767520000000,
      CreateDelegationTable1767530000000,
      AddCredentialEnvironmentAndSandboxes1767540000000,
    ],
    createServices: (deps) => createPartnersServices(deps, options),
    createLoaders: createPartnersLoaders,
    audited: true,
    accessPolicy: partnersAccessPolicy,
    observe: (metrics, { services }) => {
      const attempts = metrics.counter(
        'pn_webhook_attempts_total',
        'Webhook delivery attempts by outcome: delivered (2xx), retry (failed, another attempt scheduled), given-up (failed for the last time)',
        ['outcome'],
      );
      services.webhookDispatcher.reportAttemptsTo((outcome) => attempts.inc({ outcome }));
    },
    // Uploads and downloads of documents' bytes, forwarded by the gateway (documents/document.http.ts).
    httpRoutes: (services, { logger }) => documentRoutes(services.documents, logger),
    jobs: (services) => [
      { name: 'webhook dispatcher', start: () => services.webhookDispatcher.start(), stop: () => services.webhookDispatcher.stop() },
      { name: 'document store', start: () => undefined, stop: async () => services.documentStores.close() },
    ],
    loadDemo: (services) => loadPartnersDemo(services),
    // Webhooks: what the organisations' software is told of (webhooks/webhook-events.ts).
    subscriptions: (services) => [
      onPlaceQualified(services),
      onPlaceSuspended(services),
      onPlaceReinstated(services),
      onPlaceRevoked(services),
      onStatementApproved(services),
      onStatementPaid(services),
      onCredentialRevoked(services),
      ...onDelegationChanged(services),
    ],
  };
}

export interface PartnersStartOptions extends StartOptions {
  /** Webhook delivery schedule and timeouts (tests shorten the back-off). */
  webhookDelivery?: Partial<WebhookDeliverySettings>;
}

export function startPartnersService(config: PartnersConfig, options: PartnersStartOptions = {}) {
  const webhooks = { secretKey: webhookSecretKeyOf(config), allowLocalHttp: config.webhookAllowLocalHttp ?? true };
  const documents = { linkKey: documentLinkKeyOf(config), storage: config.documentStorage ?? { kind: 'postgres' as const } };
  return startSubgraph(partnersSubgraph({ credentialPepper: credentialPepperOf(config), webhooks, webhookDelivery: options.webhookDelivery, documents }), config, options);
}
