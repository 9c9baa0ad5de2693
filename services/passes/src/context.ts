// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { ProgrammeRepository } from './programmes/programme.repository';
import { createProgrammeLoaders, type ProgrammeLoaders } from './programmes/programme.loaders';
import { FunnelRepository } from './funnel/funnel.repository';

export interface PassesServiceOptions {
  /** Key of the HMAC under which verification codes are stored. */
  passCodeKey: Buffer;
}

export function createPassesServices({ dataSource, clock, logger }: ServiceDependencies, options: PassesServiceOptions) {
  void options;
  return {
    dataSource,
    clock,
    logger,
    programmeRepository: new ProgrammeRepository(dataSource),
    funnelRepository: new FunnelRepository(dataSource),
  };
}
export type PassesServices = ReturnType<typeof createPassesServices>;

export function createPassesLoaders(services: PassesServices) {
  return createProgrammeLoaders(services.programmeRepository, services.funnelRepository);
}
export type PassesLoaders = ProgrammeLoaders;

export type PassesContext = SubgraphContext<PassesServices, PassesLoaders>;
