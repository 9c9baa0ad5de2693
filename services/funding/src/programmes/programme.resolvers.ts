// Thin: every resolver hands over to a loader or the service.
import { isUuid } from '@pass-numerique/kernel';
import { money, referenced } from '@pass-numerique/service-kit';
import type { FundingContext } from '../context';
import { programmeMoney } from '../programme-money';
import type { Resolvers, TerritoryLevel } from '../generated/resolvers-types';

const deliberationOf = (row: { deliberationId: string }, _: unknown, ctx: FundingContext) => referenced(ctx.loaders.deliberationById.load(row.deliberationId));

export const programmeResolvers: Resolvers = {
  Query: {
    programmes: (_, __, ctx) => ctx.services.programmeRepository.list(),
    programme: (_, args, ctx) => (isUuid(args.id) ? ctx.loaders.programmeById.load(args.id.toLowerCase()) : null),
    programmeByCode: (_, args, ctx) => ctx.services.programmeRepository.findByCode(args.code),
  },
  Mutation: {
    openProgramme: (_, args, ctx, info) => ctx.services.programmes.openProgramme(args.input, ctx.reach(info)),
    changeSettlementModel: (_, args, ctx, info) => ctx.services.programmes.changeSettlementModel(args.input.programmeId, args.input.settlementModel, ctx.reach(info)),
    amendProgramme: (_, args, ctx, info) => ctx.services.programmes.amendProgramme(args.input, ctx.reach(info)),
    closeProgramme: (_, args, ctx, info) => ctx.services.programmes.closeProgramme(args.input, ctx.reach(info)),
  },
  Programme: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.programmeById.load(ref.id) : null),
    owner: (p) => (p.ownerOrganisationId ? { id: p.ownerOrganisationId } : null),
    // checkPerimeter admitted only a TerritoryLevel when the programme was opened.
    perimeter: (p) => ({ level: p.perimeterLevel as TerritoryLevel, code: p.perimeterCode }),
    deliberations: (p, _, ctx) => ctx.loaders.deliberationsByProgramme.load(p.id),
    authorisations: (p, _, ctx) => ctx.loaders.authorisationsByProgramme.load(p.id),
    authorised: async (p, _, ctx) => money((await ctx.loaders.authorisationsByProgramme.load(p.id)).reduce((sum, a) => sum + a.amountCents, 0)),
    periods: (p, _, ctx) => ctx.loaders.periodsByProgramme.load(p.id),
    closing: programmeMoney(
      (p) => p.id,
      (p, _, ctx) => ctx.loaders.closingByProgramme.load(p.id),
    ),
  },
  ProgrammePeriod: {
    deliberation: deliberationOf,
    recordedAt: (p) => p.recordedAt,
  },
  ProgrammeClosing: {
    deliberation: (c, _, ctx) => (c.deliberationId ? ctx.loaders.deliberationById.load(c.deliberationId) : null),
    authorised: (c) => money(c.authorisedCents),
    committed: (c) => money(c.committedCents),
    payments: (c) => money(c.paymentsCents),
    receipts: (c) => money(c.receiptsCents),
    released: (c) => money(c.releasedCents),
  },
  Deliberation: {
    decidedOn: (d) => d.decidedOn,
  },
  CommitmentAuthorisation: {
    amount: (a) => money(a.amountCents),
    imputation: (a) => ({
      chapter: a.imputationChapter,
      function: a.imputationFunction,
      nature: a.imputationNature,
      programmeCode: a.imputationProgrammeCode,
      nomenclature: a.nomenclature,
      nomenclatureVersion: a.nomenclatureVersion,
      label: `${a.imputationChapter}/${a.imputationFunction}/${a.imputationNature}/${a.imputationProgrammeCode}`,
    }),
    schedule: (a, _, ctx) => ctx.loaders.scheduleByAuthorisation.load(a.id),
    deliberation: deliberationOf,
    versions: (a, _, ctx) => ctx.loaders.versionsByAuthorisation.load(a.id),
    released: async (a, _, ctx) => money((await ctx.loaders.releaseByAuthorisation.load(a.id))?.amountCents ?? 0),
  },
  AuthorisationVersion: {
    deliberation: deliberationOf,
    amount: (v) => money(v.amountCents),
    schedule: (v) => v.schedule,
  },
  ScheduleLine: {
    amount: (line) => money(line.amountCents),
  },
};
