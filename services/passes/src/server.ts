// What the passes subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { auditTrailQuery, mergeResolvers, repeatEvery, scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import { PassDistributedV1, PassRedeemedV1 } from '@pass-numerique/event-contracts';
import { loadPassesDemo } from './demo/load-passes-demo';
import typeDefs from './schema.graphql';
import { passCodeKey, type PassesConfig } from './config';
import { createPassesLoaders, createPassesServices, type PassesLoaders, type PassesServices } from './context';
import { programmeResolvers } from './programmes/programme.resolvers';
import { ProgrammeEntity } from './programmes/programme.entity';
import { CreateProgrammeFactsAndFunnel1765065600000 } from './database/migrations/1765065600000-create-programme-facts-and-funnel';
import { onProgrammeOpened } from './handlers/on-programme-opened.handler';
import { onProgrammeAmended } from './handlers/on-programme-amended.handler';
import { onProgrammeClosed } from './handlers/on-programme-closed.handler';
import { orderResolvers } from './orders/order.resolvers';
import { bookletResolvers } from './booklets/booklet.resolvers';
import { PassOrderEntity, PrintFileExportEntity } from './orders/order.entity';
import { BookletEntity, PassEntity } from './booklets/booklet.entity';
import { handOutResolvers } from './hand-outs/hand-out.resolvers';
import { redemptionResolvers } from './redemptions/redemption.resolvers';
import { holderCheckResolvers } from './public-check/holder-check.resolvers';
import { RedemptionEntity } from './redemptions/redemption.entity';
import { RedemptionRecoveryEntity } from './redemptions/redemption-recovery.entity';
import { statementResolvers } from './statements/statement.resolvers';
import { funnelResolvers } from './funnel/funnel.resolvers';
import { StatementEntity } from './statements/statement.entity';
import { CreditNoteEntity } from './expiry/credit-note.entity';
import type { ThrottlePolicy } from './redemptions/guess-throttle';
import { HandOutEntity } from './hand-outs/hand-out.entity';
import { DistributorAgreementEntity, PlaceEntity, PlaceQualificationEntity } from './partners/place.entity';
import { onPlaceQualified } from './handlers/on-place-qualified.handler';
import { onPlaceSuspended } from './handlers/on-place-suspended.handler';
import { onPlaceReinstated } from './handlers/on-place-reinstated.handler';
import { onPlaceRevoked } from './handlers/on-place-revoked.handler';
import { onPlaceUpdated } from './handlers/on-place-updated.handler';
import { onAgreementSigned } from './handlers/on-agreement-signed.handler';
import { CreateAuditEntry1765600000000 } from './database/migrations/1765600000000-create-audit-entry';
import { AddAuditProgrammes1767000000000 } from './database/migrations/1767000000000-add-audit-programmes';
import { QualifyPlacesPerProgramme1767100000000 } from './database/migrations/1767100000000-qualify-places-per-programme';
import { ThrottlePassNumbers1767100000001 } from './database/migrations/1767100000001-throttle-pass-numbers';
import { FollowProgrammeLife1767300000000 } from './database/migrations/1767300000000-follow-programme-life';
import { RecoverRedemptions1767300000001 } from './database/migrations/1767300000001-recover-redemptions';
import { StoreEventTraceContext1767400000000 } from './database/migrations/1767400000000-store-event-trace-context';
import { MarkSandboxProgrammes1767540000000 } from './database/migrations/1767540000000-mark-sandbox-programmes';
import { IndexRedemptionsByPlace1767560000000 } from './database/migrations/1767560000000-index-redemptions-by-place';
import { sandboxResolvers } from './sandboxes/sandbox.resolvers';
import { onSandboxOpened } from './handlers/on-sandbox-opened.handler';
import { CreateZones1765700000000 } from './database/migrations/1765700000000-create-zones';
import { onZoneDefined } from './handlers/on-zone-defined.handler';
import { onZoneChanged } from './handlers/on-zone-changed.handler';
import { onZoneDeleted } from './handlers/on-zone-deleted.handler';
import { CreateOrdersBookletsPasses1765152000000 } from './database/migrations/1765152000000-create-orders-booklets-passes';
import { CreatePeopleHelpedAndAlertIndexes1766100000000 } from './database/migrations/1766100000000-create-people-helped-and-alert-indexes';
import { IndexBookletsNotHandedOut1766200000000 } from './database/migrations/1766200000000-index-booklets-not-handed-out';
import { onPassDistributed } from './handlers/on-pass-distributed.handler';
import { usageResolvers } from './usage/usage.resolvers';
import { alertsResolvers } from './alerts/alerts.resolvers';
import { openDataResolvers } from './open-data/open-data.resolvers';
import { passesAccessPolicy } from './access-policy';

export function passesSubgraph(
  config: Pick<PassesConfig, 'passCodeSecret' | 'internalIdentitySecret'>,
  tuning: Omit<PassesStartOptions, keyof StartOptions> = {},
): SubgraphDefinition<PassesServices, PassesLoaders> {
  const key = passCodeKey(config);
  return {
    name: 'passes',
    typeDefs,
    resolvers: mergeResolvers(
      scalarResolvers,
      programmeResolvers,
      orderResolvers,
      bookletResolvers,
      handOutResolvers,
      redemptionResolvers,
      holderCheckResolvers,
      statementResolvers,
      funnelResolvers,
      usageResolvers,
      alertsResolvers,
      openDataResolvers,
      sandboxResolvers,
      { Query: { passesAuditTrail: auditTrailQuery() } },
    ),
    entities: [ProgrammeEntity, PassOrderEntity, PrintFileExportEntity, BookletEntity, PassEntity, HandOutEntity, PlaceEntity, PlaceQualificationEntity, DistributorAgreementEntity, RedemptionEntity, RedemptionRecoveryEntity, StatementEntity, CreditNoteEntity],
    migrations: [
      CreateProgrammeFactsAndFunnel1765065600000,
      CreateOrdersBookletsPasses1765152000000,
      CreateAuditEntry1765600000000,
      CreateZones1765700000000,
      CreatePeopleHelpedAndAlertIndexes1766100000000,
      IndexBookletsNotHandedOut1766200000000,
      AddAuditProgrammes1767000000000,
      QualifyPlacesPerProgramme1767100000000,
      ThrottlePassNumbers1767100000001,
      FollowProgrammeLife1767300000000,
      RecoverRedemptions1767300000001,
      StoreEventTraceContext1767400000000,
      MarkSandboxProgrammes1767540000000,
      IndexRedemptionsByPlace1767560000000,
    ],
    audited: true,
    accessPolicy: passesAccessPolicy,
    createServices: (deps) => createPassesServices(deps, { passCodeKey: key, throttle: tuning.throttle }),
    createLoaders: createPassesLoaders,
    observe: (metrics) => {
      metrics.countEvents(PassRedeemedV1.type, 'pn_redemptions_total', 'Passes redeemed at a place (counted as their events are published)');
      metrics.countEvents(PassDistributedV1.type, 'pn_hand_outs_total', 'Passes handed out to people (counted as their events are published)');
    },
    jobs: (services) => [
      repeatEvery('expiry', tuning.expiryEveryMs ?? 3_600_000, () => services.expiry.runAll()),
      repeatEvery('funnel compaction', tuning.funnelCompactionEveryMs ?? 600_000, () => services.funnelCompaction.compactAll()),
    ],
    loadDemo: (_, deps) => loadPassesDemo(deps, { passCodeKey: passCodeKey(config), throttle: tuning.throttle }, deps.logger),
    subscriptions: (services) => [
      onProgrammeOpened(services),
      onSandboxOpened(services),
      onProgrammeAmended(services),
      onProgrammeClosed(services),
      onAgreementSigned(services),
      onPlaceQualified(services),
      onPlaceSuspended(services),
      onPlaceReinstated(services),
      onPlaceRevoked(services),
      onPlaceUpdated(services),
      onZoneDefined(services),
      onZoneChanged(services),
      onZoneDeleted(services),
      onPassDistributed(services),
    ],
  };
}

export interface PassesStartOptions extends StartOptions {
  /** Brute-force brake; tests tighten it. */
  throttle?: ThrottlePolicy;
  /** How often the expiry job runs on its own over every programme; 0 = never (tests run it explicitly). Default: hourly. */
  expiryEveryMs?: number;
  /** How often the funnel's counter shards are folded (funnel-compaction.ts); 0 = never. Default: every 10 minutes. */
  funnelCompactionEveryMs?: number;
}

export function startPassesService(config: PassesConfig, options: PassesStartOptions = {}) {
  return startSubgraph(passesSubgraph(config, options), config, options);
}
