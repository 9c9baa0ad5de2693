// What every resolver of this service receives.
import type { ServiceDependencies, SubgraphContext } from '@pass-numerique/service-kit';
import { ProgrammeRepository } from './programmes/programme.repository';
import { ProgrammeService } from './programmes/programme.service';
import { createProgrammeLoaders, type ProgrammeLoaders } from './programmes/programme.loaders';

export function createFundingServices({ dataSource, clock }: ServiceDependencies) {
  const programmeRepository = new ProgrammeRepository(dataSource);
  return {
    programmeRepository,
    programmes: new ProgrammeService(dataSource, programmeRepository, clock),
  };
}
export type FundingServices = ReturnType<typeof createFundingServices>;

export function createFundingLoaders(services: FundingServices) {
  return createProgrammeLoaders(services.programmeRepository);
}
export type FundingLoaders = ProgrammeLoaders;

export type FundingContext = SubgraphContext<FundingServices, FundingLoaders>;
