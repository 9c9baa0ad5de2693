// Thin: every resolver hands over to a loader or a service; private fields go through the tenancy rules.
import { isUuid } from '@pass-numerique/kernel';
import type { Resolvers } from '../generated/resolvers-types';
import { mayReadPrivateDetailsOf } from '../tenancy';
import type { BankDetailsVersionEntity, StatementPayeeEntity } from './bank-details.entity';
import { maskIban } from './bank-details.rules';

/** A version as the API shows it: the details given on application have no id until they are recorded. */
export type BankDetailsVersionModel = Omit<BankDetailsVersionEntity, 'id'> & { id: string | null };
/** A statement of the passes service, known by its id. */
export interface StatementRef {
  id: string;
}
export interface StatementPayeeModel {
  payee: StatementPayeeEntity;
  version: BankDetailsVersionEntity;
}

export const bankDetailsResolvers: Resolvers = {
  Query: {
    pendingBankDetailsChanges: (_, args, ctx, info) => ctx.services.bankDetails.pendingForProgramme(args.programmeId, ctx.reach(info)),
  },
  Mutation: {
    requestBankDetailsChange: (_, args, ctx, info) => ctx.services.bankDetails.request(args.input, ctx.reach(info)),
    approveBankDetailsChange: (_, args, ctx, info) => ctx.services.bankDetails.approve(args.requestId, ctx.reach(info)),
    rejectBankDetailsChange: (_, args, ctx, info) => ctx.services.bankDetails.reject(args.requestId, args.reason, ctx.reach(info)),
  },
  Place: {
    bankDetailsHistory: async (p, _, ctx, info) => {
      const applications = await ctx.loaders.qualificationsByPlace.load(p.id);
      if (!mayReadPrivateDetailsOf(ctx.reach(info), p, applications.map((q) => q.programmeId))) return null;
      const versions: BankDetailsVersionModel[] = await ctx.loaders.bankDetailsVersionsByPlace.load(p.id);
      if (versions.length > 0 || !p.iban) return versions.length > 0 ? versions : null;
      const firstApplication = applications.reduce<Date>((first, q) => (q.appliedAt < first ? q.appliedAt : first), p.createdAt);
      // Given on application and not recorded as a version yet (no change, no statement so far).
      return [
        { id: null, placeId: p.id, iban: p.iban, bic: null, holder: null, validFrom: applications.length > 0 ? firstApplication : p.createdAt, validTo: null, requestId: null, requestedBy: null, approvedBy: null, certificateDocumentId: null },
      ];
    },
    bankDetailsChangeRequests: async (p, _, ctx, info) => {
      const appliedTo = (await ctx.loaders.qualificationsByPlace.load(p.id)).map((q) => q.programmeId);
      return mayReadPrivateDetailsOf(ctx.reach(info), p, appliedTo) ? ctx.loaders.bankDetailsRequestsByPlace.load(p.id) : null;
    },
  },
  BankDetailsVersion: {
    ibanMasked: (v) => maskIban(v.iban),
  },
  BankDetailsChangeRequest: {
    place: (r, _, ctx) => ctx.loaders.placeById.load(r.placeId),
    ibanMasked: (r) => maskIban(r.iban),
    certificate: (r, _, ctx) => ctx.loaders.certificateById.load(r.certificateDocumentId),
    decidedInProgramme: (r) => (r.decidedInProgrammeId ? { id: r.decidedInProgrammeId } : null),
  },
  Statement: {
    __resolveReference: (ref) => ({ id: ref.id }),
    payeeBankDetails: async (s, _, ctx, info) => {
      if (!isUuid(s.id)) return null;
      const payee = ctx.services.bankDetails.visiblePayee(await ctx.loaders.statementPayeeById.load(s.id.toLowerCase()), ctx.reach(info));
      const version = payee && (await ctx.loaders.bankDetailsVersionById.load(payee.bankDetailsVersionId));
      return payee && version ? { payee, version } : null;
    },
  },
  StatementPayeeBankDetails: {
    versionId: (m) => m.version.id,
    ibanMasked: (m) => maskIban(m.version.iban),
    iban: (m) => m.version.iban,
    bic: (m) => m.version.bic,
    holder: (m) => m.version.holder,
    validFrom: (m) => m.version.validFrom,
    statementApprovedAt: (m) => m.payee.statementApprovedAt,
  },
};
