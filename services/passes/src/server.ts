// What the passes subgraph is made of; service-kit's startSubgraph assembles it
// (database → messaging → GraphQL server) the same way for every service.
import { scalarResolvers, startSubgraph, type StartOptions, type SubgraphDefinition } from '@pass-numerique/service-kit';
import typeDefs from './schema.graphql';
import { passCodeKey, type PassesConfig } from './config';
import { createPassesLoaders, createPassesServices, type PassesLoaders, type PassesServices } from './context';
import { programmeResolvers } from './programmes/programme.resolvers';
import { ProgrammeEntity } from './programmes/programme.entity';
import { CreateProgrammeFactsAndFunnel1765065600000 } from './database/migrations/1765065600000-create-programme-facts-and-funnel';
import { onProgrammeOpened } from './handlers/on-programme-opened.handler';
import { orderResolvers } from './orders/order.resolvers';
import { bookletResolvers } from './booklets/booklet.resolvers';
import { PassOrderEntity, PrintFileExportEntity } from './orders/order.entity';
import { BookletEntity, PassEntity } from './booklets/booklet.entity';
import { handOutResolvers } from './hand-outs/hand-out.resolvers';
import { redemptionResolvers } from './redemptions/redemption.resolvers';
import { RedemptionEntity } from './redemptions/redemption.entity';
import type { ThrottlePolicy } from './redemptions/guess-throttle';
import { HandOutEntity } from './hand-outs/hand-out.entity';
import { DistributorAgreementEntity, PlaceEntity } from './partners/place.entity';
import { onPlaceQualified } from './handlers/on-place-qualified.handler';
import { onPlaceSuspended } from './handlers/on-place-suspended.handler';
import { onPlaceReinstated } from './handlers/on-place-reinstated.handler';
import { onPlaceRevoked } from './handlers/on-place-revoked.handler';
import { onPlaceUpdated } from './handlers/on-place-updated.handler';
import { onAgreementSigned } from './handlers/on-agreement-signed.handler';
import { CreateOrdersBookletsPasses1765152000000 } from './database/migrations/1765152000000-create-orders-booklets-passes';

/** Merges resolver maps type by type (Query and Mutation come from several modules). */
function mergeResolvers(...maps: Array<Record<string, Record<string, unknown>>>): Record<string, Record<string, unknown>> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}

export function passesSubgraph(
  config: Pick<PassesConfig, 'passCodeSecret' | 'internalIdentitySecret'>,
  tuning: Pick<PassesStartOptions, 'throttle'> = {},
): SubgraphDefinition<PassesServices, PassesLoaders> {
  const key = passCodeKey(config);
  return {
    name: 'passes',
    typeDefs,
    resolvers: { ...scalarResolvers, ...mergeResolvers(programmeResolvers, orderResolvers, bookletResolvers, handOutResolvers, redemptionResolvers) } as SubgraphDefinition<PassesServices, PassesLoaders>['resolvers'],
    entities: [ProgrammeEntity, PassOrderEntity, PrintFileExportEntity, BookletEntity, PassEntity, HandOutEntity, PlaceEntity, DistributorAgreementEntity, RedemptionEntity],
    migrations: [CreateProgrammeFactsAndFunnel1765065600000, CreateOrdersBookletsPasses1765152000000],
    createServices: (deps) => createPassesServices(deps, { passCodeKey: key, throttle: tuning.throttle }),
    createLoaders: createPassesLoaders,
    subscriptions: () => [onProgrammeOpened, onAgreementSigned, onPlaceQualified, onPlaceSuspended, onPlaceReinstated, onPlaceRevoked, onPlaceUpdated],
  };
}

export interface PassesStartOptions extends StartOptions {
  /** Brute-force brake; tests tighten it. */
  throttle?: ThrottlePolicy;
}

export async function startPassesService(config: PassesConfig, options: PassesStartOptions = {}) {
  const running = await startSubgraph(passesSubgraph(config, options), config, options);
  return running;
}
