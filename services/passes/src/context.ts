// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { ProgrammeRepository } from './programmes/programme.repository';
import { createProgrammeLoaders } from './programmes/programme.loaders';
import { FunnelRepository } from './funnel/funnel.repository';
import { OrderRepository } from './orders/order.repository';
import { OrderService } from './orders/order.service';
import { createOrderLoaders } from './orders/order.loaders';
import { BookletService } from './booklets/booklet.service';
import { HandOutService } from './hand-outs/hand-out.service';
import { RedemptionService } from './redemptions/redemption.service';
import { ExpiryService } from './expiry/expiry.service';
import { FunnelCompaction } from './funnel/funnel-compaction';
import { StatementService } from './statements/statement.service';
import { StatementRepository } from './statements/statement.repository';
import { StatementJustification } from './statements/statement-justification';
import { DEFAULT_THROTTLE, GuessThrottle, type ThrottlePolicy } from './redemptions/guess-throttle';
import { HolderCheckService } from './public-check/holder-check.service';
import { UsageRepository } from './usage/usage.repository';
import { createUsageLoaders } from './usage/usage.loaders';
import { AlertsService } from './alerts/alerts.service';
import { AlertsRepository } from './alerts/alerts.repository';
import { OpenDataService } from './open-data/open-data.service';
import { PlaceRepository } from './partners/place.repository';
import { createPlaceLoaders } from './partners/place.loaders';
import { ZoneQuotas } from './territories/zone-quota';
import { RedemptionRecoveryRepository } from './redemptions/redemption-recovery.repository';
import { ZoneQuotaRepository } from './territories/zone-quota.repository';
import { ProgrammeLifeService } from './programmes/programme-life.service';
import { PartnerFactsService } from './partners/partner-facts.service';
import { ZoneFactsService } from './territories/zone-facts.service';
import { PeopleHelpedWriter } from './usage/people-helped-writer';
import { SandboxService } from './sandboxes/sandbox.service';

export interface PassesServiceOptions {
  /** Key of the HMAC that derives pass verification codes. */
  passCodeKey: Buffer;
  /** Brute-force brake on wrong codes and unknown numbers, per caller and per pass number. */
  throttle?: ThrottlePolicy;
}

export function createPassesServices({ dataSource, clock, logger }: ServiceDependencies, options: PassesServiceOptions) {
  const programmeRepository = new ProgrammeRepository(dataSource);
  const orderRepository = new OrderRepository(dataSource);
  const quotas = new ZoneQuotas(new ZoneQuotaRepository());
  const recoveries = new RedemptionRecoveryRepository(dataSource);
  const throttle = new GuessThrottle(dataSource, clock, options.throttle ?? DEFAULT_THROTTLE);
  const partnerFacts = new PartnerFactsService();
  return {
    dataSource,
    clock,
    programmeRepository,
    funnelRepository: new FunnelRepository(dataSource),
    funnelCompaction: new FunnelCompaction(dataSource),
    orderRepository,
    orders: new OrderService(dataSource, orderRepository, programmeRepository, clock, options.passCodeKey, quotas, logger),
    booklets: new BookletService(dataSource, clock),
    handOuts: new HandOutService(dataSource, programmeRepository, clock, quotas),
    expiry: new ExpiryService(dataSource, programmeRepository, clock, logger),
    statements: new StatementService(dataSource, programmeRepository, recoveries, clock),
    statementRepository: new StatementRepository(dataSource),
    justification: new StatementJustification(dataSource, recoveries),
    redemptions: new RedemptionService(dataSource, clock, options.passCodeKey, throttle, recoveries),
    holderCheck: new HolderCheckService(dataSource, clock, options.passCodeKey, throttle),
    recoveries,
    usageRepository: new UsageRepository(dataSource),
    placeRepository: new PlaceRepository(dataSource),
    alerts: new AlertsService(dataSource, new AlertsRepository(dataSource)),
    openData: new OpenDataService(dataSource),
    // What passes learns from the other services' events (and its own hand-outs'), kept in its
    // read models by the consumers.
    programmeLife: new ProgrammeLifeService(),
    partnerFacts,
    sandboxes: new SandboxService(dataSource, orderRepository, partnerFacts, clock, options.passCodeKey),
    zoneFacts: new ZoneFactsService(),
    peopleHelped: new PeopleHelpedWriter(),
  };
}
export type PassesServices = ReturnType<typeof createPassesServices>;

export function createPassesLoaders(services: PassesServices) {
  return {
    ...createProgrammeLoaders(services.programmeRepository, services.funnelRepository),
    ...createOrderLoaders(services.orderRepository),
    ...createUsageLoaders(services.usageRepository),
    ...createPlaceLoaders(services.placeRepository),
  };
}
export type PassesLoaders = ReturnType<typeof createPassesLoaders>;

export type PassesContext = SubgraphContext<PassesServices, PassesLoaders>;
