// Thin: every resolver hands over to a loader or a service; private fields go through the tenancy rules.
import type { GraphQLResolveInfo } from 'graphql';
import { isUuid } from '@pass-numerique/kernel';
import type { PartnersContext } from '../context';
import { mayReadPrivateDetailsOf, mayReadQualification } from '../tenancy';
import type { PlaceEntity } from './place.entity';
import type { PlaceDescriptionInput } from './place.rules';
import type { PlaceDescriptionInput as GraphPlaceDescriptionInput, Resolvers } from '../generated/resolvers-types';

/** The GraphQL input, nested the API's way, flattened into the rules' terms. */
export function fromGraphInput(input: GraphPlaceDescriptionInput): PlaceDescriptionInput {
  const { address, location, ...rest } = input;
  return { ...rest, ...address, latitude: location?.latitude ?? null, longitude: location?.longitude ?? null };
}

/** A private detail of a place: for whom tenancy.ts says, null for the others (as for a place without it). */
function privateDetail<T>(read: (p: PlaceEntity) => T) {
  return async (p: PlaceEntity, _: unknown, ctx: PartnersContext, info: GraphQLResolveInfo): Promise<T | null> => {
    const appliedTo = (await ctx.loaders.qualificationsByPlace.load(p.id)).map((q) => q.programmeId);
    return mayReadPrivateDetailsOf(ctx.reach(info), p, appliedTo) ? read(p) : null;
  };
}

export const placeResolvers: Resolvers = {
  Query: {
    place: (_, args, ctx) => (isUuid(args.id) ? ctx.loaders.placeById.load(args.id.toLowerCase()) : null),
    places: (_, args, ctx) => ctx.services.places.list(args),
    placesCsv: (_, args, ctx) => ctx.services.placeExport.exportCsv(ctx.services.places.filterOf(args)),
  },
  Mutation: {
    importPlaces: (_, args, ctx, info) => ctx.services.placeImport.importCsv(args.csv, args, ctx.reach(info)),
    registerPlace: (_, args, ctx, info) => ctx.services.places.registerPlace({ ...args.input, description: fromGraphInput(args.input.description) }, ctx.reach(info)),
    updatePlace: (_, args, ctx, info) => ctx.services.places.updatePlace(args.placeId, fromGraphInput(args.description), args.contactPeople, ctx.reach(info)),
    applyForQualification: (_, args, ctx, info) => ctx.services.qualification.apply(args.input, ctx.reach(info)),
    qualifyPlace: (_, args, ctx, info) => ctx.services.qualification.qualify(args.placeId, args.programmeId, args.note, ctx.reach(info)),
    suspendPlace: (_, args, ctx, info) => ctx.services.qualification.suspend(args.placeId, args.programmeId, args.reason, ctx.reach(info)),
    reinstatePlace: (_, args, ctx, info) => ctx.services.qualification.reinstate(args.placeId, args.programmeId, args.note, ctx.reach(info)),
    revokePlace: (_, args, ctx, info) => ctx.services.qualification.revoke(args.placeId, args.programmeId, args.reason, ctx.reach(info)),
  },
  Place: {
    __resolveReference: (ref, ctx) => (isUuid(ref.id) ? ctx.loaders.placeById.load(ref.id.toLowerCase()) : null),
    organisation: (p, _, ctx) => ctx.loaders.organisationById.load(p.organisationId),
    address: (p) => ({ street: p.street, complement: p.complement, postalCode: p.postalCode, inseeCode: p.inseeCode }),
    location: (p) => (p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null),
    acceptsPasses: async (p, args, ctx) => {
      if (args.programmeId === undefined || args.programmeId === null) return p.acceptsPasses;
      const programmeId = args.programmeId.toLowerCase();
      return (await ctx.loaders.qualificationsByPlace.load(p.id)).some((q) => q.programmeId === programmeId && q.status === 'QUALIFIED');
    },
    contactPeople: privateDetail((p) => p.contactPeople),
    iban: privateDetail((p) => p.iban),
    cashesThroughRegie: privateDetail((p) => p.cashesThroughRegie),
    qualifications: async (p, _, ctx, info) => {
      const reach = ctx.reach(info);
      const visible = (await ctx.loaders.qualificationsByPlace.load(p.id)).filter((q) => mayReadQualification(reach, p, q));
      // Nothing to show reads as for a reader who may see none: null, not an empty list that says "reachable".
      return visible.length > 0 ? visible : null;
    },
    qualification: async (p, args, ctx, info) => {
      const programmeId = args.programmeId.toLowerCase();
      const qualification = (await ctx.loaders.qualificationsByPlace.load(p.id)).find((q) => q.programmeId === programmeId);
      // Another programme's record answers as one that does not exist.
      return qualification && mayReadQualification(ctx.reach(info), p, qualification) ? qualification : null;
    },
  },
  Qualification: {
    programme: (q) => ({ id: q.programmeId }),
    history: async (q, _, ctx) => (await ctx.loaders.qualificationHistoryByPlace.load(q.placeId)).filter((s) => s.programmeId === q.programmeId),
  },
  ImportRow: {
    place: (r, _, ctx) => (r.placeId ? ctx.loaders.placeById.load(r.placeId) : null),
  },
  QualificationStep: {
    from: (s) => s.fromStatus,
    to: (s) => s.toStatus,
  },
};
