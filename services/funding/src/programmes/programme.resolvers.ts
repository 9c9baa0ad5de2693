// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import type { GraphQLResolveInfo } from 'graphql';
import { money } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import type { ProgrammeEntity, SettlementModel } from './programme.entity';
import type { DeliberationEntity } from './deliberation.entity';
import type { CommitmentAuthorisationEntity, PaymentScheduleLineEntity } from './authorisation.entity';
import type { OpenProgrammeCommand } from './programme.service';

export const programmeResolvers = {
  Query: {
    programmes: (_: unknown, __: unknown, ctx: FundingContext) => ctx.services.programmeRepository.list(),
    programme: (_: unknown, args: { id: string }, ctx: FundingContext) => (isUuid(args.id) ? ctx.loaders.programmeById.load(args.id.toLowerCase()) : null),
    programmeByCode: (_: unknown, args: { code: string }, ctx: FundingContext) => ctx.services.programmeRepository.findByCode(args.code),
  },
  Mutation: {
    openProgramme: (_: unknown, args: { input: Omit<OpenProgrammeCommand, 'ids'> }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.programmes.openProgramme(args.input, ctx.reach(info)),
    changeSettlementModel: (_: unknown, args: { input: { programmeId: string; settlementModel: SettlementModel } }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.programmes.changeSettlementModel(args.input.programmeId, args.input.settlementModel, ctx.reach(info)),
  },
  Programme: {
    __resolveReference: (ref: { id: string }, ctx: FundingContext) => (isUuid(ref.id) ? ctx.loaders.programmeById.load(ref.id) : null),
    owner: (p: ProgrammeEntity) => (p.ownerOrganisationId ? { id: p.ownerOrganisationId } : null),
    perimeter: (p: ProgrammeEntity) => ({ level: p.perimeterLevel, code: p.perimeterCode }),
    deliberations: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => ctx.loaders.deliberationsByProgramme.load(p.id),
    authorisations: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => ctx.loaders.authorisationsByProgramme.load(p.id),
    authorised: async (p: ProgrammeEntity, _: unknown, ctx: FundingContext) =>
      money((await ctx.loaders.authorisationsByProgramme.load(p.id)).reduce((sum, a) => sum + a.amountCents, 0)),
  },
  Deliberation: {
    decidedOn: (d: DeliberationEntity) => d.decidedOn,
  },
  CommitmentAuthorisation: {
    amount: (a: CommitmentAuthorisationEntity) => money(a.amountCents),
    imputation: (a: CommitmentAuthorisationEntity) => ({
      chapter: a.imputationChapter,
      function: a.imputationFunction,
      nature: a.imputationNature,
      programmeCode: a.imputationProgrammeCode,
      nomenclature: a.nomenclature,
      nomenclatureVersion: a.nomenclatureVersion,
      label: `${a.imputationChapter}/${a.imputationFunction}/${a.imputationNature}/${a.imputationProgrammeCode}`,
    }),
    schedule: (a: CommitmentAuthorisationEntity, _: unknown, ctx: FundingContext) => ctx.loaders.scheduleByAuthorisation.load(a.id),
    deliberation: (a: CommitmentAuthorisationEntity, _: unknown, ctx: FundingContext) => ctx.loaders.deliberationById.load(a.deliberationId),
  },
  ScheduleLine: {
    amount: (line: PaymentScheduleLineEntity) => money(line.amountCents),
  },
};
