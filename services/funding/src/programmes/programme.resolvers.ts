// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import type { GraphQLResolveInfo } from 'graphql';
import { money } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { programmeMoney } from '../programme-money';
import type { ProgrammeClosingEntity, ProgrammeEntity, ProgrammePeriodEntity, SettlementModel } from './programme.entity';
import type { DeliberationEntity } from './deliberation.entity';
import type { AuthorisationVersionEntity, CommitmentAuthorisationEntity, PaymentScheduleLineEntity, ScheduleRecord } from './authorisation.entity';
import type { AmendProgrammeCommand, CloseProgrammeCommand, OpenProgrammeCommand } from './programme.service';

const deliberationOf = (row: { deliberationId: string | null }, _: unknown, ctx: FundingContext) => (row.deliberationId ? ctx.loaders.deliberationById.load(row.deliberationId) : null);

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
    amendProgramme: (_: unknown, args: { input: Omit<AmendProgrammeCommand, 'ids'> }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.programmes.amendProgramme(args.input, ctx.reach(info)),
    closeProgramme: (_: unknown, args: { input: Omit<CloseProgrammeCommand, 'ids'> }, ctx: FundingContext, info: GraphQLResolveInfo) =>
      ctx.services.programmes.closeProgramme(args.input, ctx.reach(info)),
  },
  Programme: {
    __resolveReference: (ref: { id: string }, ctx: FundingContext) => (isUuid(ref.id) ? ctx.loaders.programmeById.load(ref.id) : null),
    owner: (p: ProgrammeEntity) => (p.ownerOrganisationId ? { id: p.ownerOrganisationId } : null),
    perimeter: (p: ProgrammeEntity) => ({ level: p.perimeterLevel, code: p.perimeterCode }),
    deliberations: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => ctx.loaders.deliberationsByProgramme.load(p.id),
    authorisations: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => ctx.loaders.authorisationsByProgramme.load(p.id),
    authorised: async (p: ProgrammeEntity, _: unknown, ctx: FundingContext) =>
      money((await ctx.loaders.authorisationsByProgramme.load(p.id)).reduce((sum, a) => sum + a.amountCents, 0)),
    periods: (p: ProgrammeEntity, _: unknown, ctx: FundingContext) => ctx.loaders.periodsByProgramme.load(p.id),
    closing: programmeMoney(
      (p: ProgrammeEntity) => p.id,
      (p, _: unknown, ctx) => ctx.loaders.closingByProgramme.load(p.id),
    ),
  },
  ProgrammePeriod: {
    deliberation: deliberationOf,
    recordedAt: (p: ProgrammePeriodEntity) => p.recordedAt,
  },
  ProgrammeClosing: {
    deliberation: deliberationOf,
    authorised: (c: ProgrammeClosingEntity) => money(c.authorisedCents),
    committed: (c: ProgrammeClosingEntity) => money(c.committedCents),
    payments: (c: ProgrammeClosingEntity) => money(c.paymentsCents),
    receipts: (c: ProgrammeClosingEntity) => money(c.receiptsCents),
    released: (c: ProgrammeClosingEntity) => money(c.releasedCents),
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
    versions: (a: CommitmentAuthorisationEntity, _: unknown, ctx: FundingContext) => ctx.loaders.versionsByAuthorisation.load(a.id),
    released: async (a: CommitmentAuthorisationEntity, _: unknown, ctx: FundingContext) => money((await ctx.loaders.releaseByAuthorisation.load(a.id))?.amountCents ?? 0),
  },
  AuthorisationVersion: {
    deliberation: deliberationOf,
    amount: (v: AuthorisationVersionEntity) => money(v.amountCents),
    schedule: (v: AuthorisationVersionEntity) => v.schedule,
  },
  ScheduleLine: {
    amount: (line: PaymentScheduleLineEntity | ScheduleRecord) => money(line.amountCents),
  },
};
