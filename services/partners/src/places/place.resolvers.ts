// Thin: every resolver hands over to a loader or a service; private fields go through the tenancy rules.
import type { GraphQLResolveInfo } from 'graphql';
import { isUuid } from '@pass-numerique/kernel';
import type { PartnersContext } from '../context';
import { mayReadPrivateDetailsOf, mayReadQualification } from '../tenancy';
import type { PlaceEntity, PlaceQualificationEntity, QualificationStepEntity } from './place.entity';
import type { ContactPerson, PlaceDescriptionInput } from './place.rules';
import type { PlaceListArgs } from './place.service';
import type { ApplyCommand } from './qualification.service';
import type { ImportOptions } from './place-import.service';

/** The GraphQL input, nested the API's way, flattened into the rules' terms. */
export interface PlaceDescriptionGraphInput extends Omit<PlaceDescriptionInput, 'street' | 'complement' | 'postalCode' | 'inseeCode' | 'latitude' | 'longitude'> {
  address: { street: string; complement?: string | null; postalCode: string; inseeCode: string };
  location?: { latitude: number; longitude: number } | null;
}

export function fromGraphInput(input: PlaceDescriptionGraphInput): PlaceDescriptionInput {
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

export const placeResolvers = {
  Query: {
    place: (_: unknown, args: { id: string }, ctx: PartnersContext) => (isUuid(args.id) ? ctx.loaders.placeById.load(args.id.toLowerCase()) : null),
    places: (_: unknown, args: PlaceListArgs, ctx: PartnersContext) => ctx.services.places.list(args),
    placesCsv: (_: unknown, args: Omit<PlaceListArgs, 'first' | 'after'>, ctx: PartnersContext) => ctx.services.placeExport.exportCsv(ctx.services.places.filterOf(args)),
  },
  Mutation: {
    importPlaces: (_: unknown, args: { csv: string } & ImportOptions, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.placeImport.importCsv(args.csv, args, ctx.reach(info)),
    registerPlace: (_: unknown, args: { input: { organisationId: string; description: PlaceDescriptionGraphInput; contactPeople?: ContactPerson[] } }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.places.registerPlace({ ...args.input, description: fromGraphInput(args.input.description) }, ctx.reach(info)),
    updatePlace: (_: unknown, args: { placeId: string; description: PlaceDescriptionGraphInput; contactPeople?: ContactPerson[] | null }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.places.updatePlace(args.placeId, fromGraphInput(args.description), args.contactPeople, ctx.reach(info)),
    applyForQualification: (_: unknown, args: { input: ApplyCommand }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.qualification.apply(args.input, ctx.reach(info)),
    qualifyPlace: (_: unknown, args: { placeId: string; programmeId: string; note?: string }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.qualification.qualify(args.placeId, args.programmeId, args.note, ctx.reach(info)),
    suspendPlace: (_: unknown, args: { placeId: string; programmeId: string; reason: string }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.qualification.suspend(args.placeId, args.programmeId, args.reason, ctx.reach(info)),
    reinstatePlace: (_: unknown, args: { placeId: string; programmeId: string; note?: string }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.qualification.reinstate(args.placeId, args.programmeId, args.note, ctx.reach(info)),
    revokePlace: (_: unknown, args: { placeId: string; programmeId: string; reason: string }, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      ctx.services.qualification.revoke(args.placeId, args.programmeId, args.reason, ctx.reach(info)),
  },
  Place: {
    __resolveReference: (ref: { id: string }, ctx: PartnersContext) => (isUuid(ref.id) ? ctx.loaders.placeById.load(ref.id.toLowerCase()) : null),
    organisation: (p: PlaceEntity, _: unknown, ctx: PartnersContext) => ctx.loaders.organisationById.load(p.organisationId),
    address: (p: PlaceEntity) => ({ street: p.street, complement: p.complement, postalCode: p.postalCode, inseeCode: p.inseeCode }),
    location: (p: PlaceEntity) => (p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null),
    acceptsPasses: async (p: PlaceEntity, args: { programmeId?: string | null }, ctx: PartnersContext) => {
      if (args.programmeId === undefined || args.programmeId === null) return p.acceptsPasses;
      const programmeId = args.programmeId.toLowerCase();
      return (await ctx.loaders.qualificationsByPlace.load(p.id)).some((q) => q.programmeId === programmeId && q.status === 'QUALIFIED');
    },
    contactPeople: privateDetail((p) => p.contactPeople),
    iban: privateDetail((p) => p.iban),
    cashesThroughRegie: privateDetail((p) => p.cashesThroughRegie),
    qualifications: async (p: PlaceEntity, _: unknown, ctx: PartnersContext, info: GraphQLResolveInfo) => {
      const reach = ctx.reach(info);
      const visible = (await ctx.loaders.qualificationsByPlace.load(p.id)).filter((q) => mayReadQualification(reach, p, q));
      // Nothing to show reads as for a reader who may see none: null, not an empty list that says "reachable".
      return visible.length > 0 ? visible : null;
    },
    qualification: async (p: PlaceEntity, args: { programmeId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => {
      const programmeId = args.programmeId.toLowerCase();
      const qualification = (await ctx.loaders.qualificationsByPlace.load(p.id)).find((q) => q.programmeId === programmeId);
      // Another programme's record answers as one that does not exist.
      return qualification && mayReadQualification(ctx.reach(info), p, qualification) ? qualification : null;
    },
  },
  Qualification: {
    programme: (q: PlaceQualificationEntity) => ({ id: q.programmeId }),
    history: async (q: PlaceQualificationEntity, _: unknown, ctx: PartnersContext) =>
      (await ctx.loaders.qualificationHistoryByPlace.load(q.placeId)).filter((s) => s.programmeId === q.programmeId),
  },
  ImportRow: {
    place: (r: { placeId: string | null }, _: unknown, ctx: PartnersContext) => (r.placeId ? ctx.loaders.placeById.load(r.placeId) : null),
  },
  QualificationStep: {
    from: (s: QualificationStepEntity) => s.fromStatus,
    to: (s: QualificationStepEntity) => s.toStatus,
  },
};
