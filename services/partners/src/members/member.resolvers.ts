// Thin: every resolver hands over to a loader or the service.
import type { Resolvers } from '../generated/resolvers-types';
import type { OrganisationEntity } from '../organisations/organisation.entity';

/** An organisation's verification, with the organisation it belongs to (for who may read the reason). */
export interface VerificationView {
  organisation: OrganisationEntity;
}

export const memberResolvers: Resolvers = {
  Query: {
    personMemberships: (_, args, ctx) => ctx.services.members.personMemberships(args.subject),
    myMemberships: (_, __, ctx, info) => ctx.services.members.myMemberships(ctx.reach(info)),
    organisationsAwaitingVerification: (_, args, ctx) => ctx.services.members.awaitingVerification(args),
  },
  Mutation: {
    registerMyOrganisation: (_, args, ctx, info) => ctx.services.members.registerMyOrganisation(args.input, ctx.reach(info)),
    inviteMember: (_, args, ctx, info) => ctx.services.members.inviteMember(args.organisationId, args.email, args.role, ctx.reach(info)),
    acceptInvitation: (_, args, ctx, info) => ctx.services.members.acceptInvitation(args.code, ctx.reach(info)),
    changeMemberRole: (_, args, ctx, info) => ctx.services.members.changeMemberRole(args.organisationId, args.subject, args.role, ctx.reach(info)),
    removeMember: (_, args, ctx, info) => ctx.services.members.removeMember(args.organisationId, args.subject, ctx.reach(info)),
    verifyOrganisation: (_, args, ctx, info) => ctx.services.members.verifyOrganisation(args.id, ctx.reach(info)),
    rejectOrganisation: (_, args, ctx, info) => ctx.services.members.rejectOrganisation(args.id, args.reason, ctx.reach(info)),
  },
  Organisation: {
    activities: (o) => o.activities,
    verification: (o) => ({ organisation: o }),
    members: (o, _, ctx, info) => ctx.services.members.membersOf(o.id, ctx.reach(info)),
    invitations: (o, _, ctx, info) => ctx.services.members.invitationsOf(o.id, ctx.reach(info)),
  },
  OrganisationVerification: {
    status: (v) => v.organisation.verificationStatus,
    decidedAt: (v) => v.organisation.verificationDecidedAt,
    reason: (v, _, ctx, info) => ctx.services.members.rejectionReasonOf(v.organisation, ctx.reach(info)),
  },
  Membership: {
    organisation: (m, _, ctx) => ctx.services.members.organisationOf(m.organisationId, ctx.loaders.organisationById),
  },
  Invitation: {
    organisation: (i, _, ctx) => ctx.services.members.organisationOf(i.organisationId, ctx.loaders.organisationById),
    expired: (i, _, ctx) => ctx.services.members.hasExpired(i),
  },
};
