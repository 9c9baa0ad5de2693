// Thin: every resolver hands over to a loader or a service; private fields go through place-visibility.
import { isUuid } from '@pass-numerique/kernel';
import type { PartnersContext } from '../context';
import type { PlaceEntity, QualificationStepEntity } from './place.entity';
import type { ContactPerson, PlaceDescriptionInput } from './place.rules';
import type { PlaceListArgs } from './place.service';
import type { ApplyCommand } from './qualification.service';
import type { ImportOptions } from './place-import.service';
import { canSeePrivateFields, canSeeQualification } from './place-visibility';

/** The GraphQL input, nested the API's way, flattened into the rules' terms. */
export interface PlaceDescriptionGraphInput extends Omit<PlaceDescriptionInput, 'street' | 'complement' | 'postalCode' | 'inseeCode' | 'latitude' | 'longitude'> {
  address: { street: string; complement?: string | null; postalCode: string; inseeCode: string };
  location?: { latitude: number; longitude: number } | null;
}

export function fromGraphInput(input: PlaceDescriptionGraphInput): PlaceDescriptionInput {
  const { address, location, ...rest } = input;
  return { ...rest, ...address, latitude: location?.latitude ?? null, longitude: location?.longitude ?? null };
}

export const placeResolvers = {
  Query: {
    place: (_: unknown, args: { id: string }, ctx: PartnersContext) => (isUuid(args.id) ? ctx.loaders.placeById.load(args.id.toLowerCase()) : null),
    places: (_: unknown, args: PlaceListArgs, ctx: PartnersContext) => ctx.services.places.list(args),
    placesCsv: (_: unknown, args: Omit<PlaceListArgs, 'first' | 'after'>, ctx: PartnersContext) => ctx.services.placeExport.exportCsv(ctx.services.places.filterOf(args)),
  },
  Mutation: {
    importPlaces: (_: unknown, args: { csv: string } & ImportOptions, ctx: PartnersContext) => ctx.services.placeImport.importCsv(args.csv, args, ctx.identity),
    registerPlace: (_: unknown, args: { input: { organisationId: string; description: PlaceDescriptionGraphInput; contactPeople?: ContactPerson[] } }, ctx: PartnersContext) =>
      ctx.services.places.registerPlace({ ...args.input, description: fromGraphInput(args.input.description) }, ctx.identity),
    updatePlace: (_: unknown, args: { placeId: string; description: PlaceDescriptionGraphInput; contactPeople?: ContactPerson[] | null }, ctx: PartnersContext) =>
      ctx.services.places.updatePlace(args.placeId, fromGraphInput(args.description), args.contactPeople, ctx.identity),
    applyForQualification: (_: unknown, args: { input: ApplyCommand }, ctx: PartnersContext) => ctx.services.qualification.apply(args.input, ctx.identity),
    qualifyPlace: (_: unknown, args: { placeId: string; note?: string }, ctx: PartnersContext) => ctx.services.qualification.qualify(args.placeId, args.note, ctx.identity),
    suspendPlace: (_: unknown, args: { placeId: string; reason: string }, ctx: PartnersContext) => ctx.services.qualification.suspend(args.placeId, args.reason, ctx.identity),
    reinstatePlace: (_: unknown, args: { placeId: string; note?: string }, ctx: PartnersContext) => ctx.services.qualification.reinstate(args.placeId, args.note, ctx.identity),
    revokePlace: (_: unknown, args: { placeId: string; reason: string }, ctx: PartnersContext) => ctx.services.qualification.revoke(args.placeId, args.reason, ctx.identity),
  },
  Place: {
    __resolveReference: (ref: { id: string }, ctx: PartnersContext) => (isUuid(ref.id) ? ctx.loaders.placeById.load(ref.id.toLowerCase()) : null),
    organisation: (p: PlaceEntity, _: unknown, ctx: PartnersContext) => ctx.loaders.organisationById.load(p.organisationId),
    address: (p: PlaceEntity) => ({ street: p.street, complement: p.complement, postalCode: p.postalCode, inseeCode: p.inseeCode }),
    location: (p: PlaceEntity) => (p.latitude !== null && p.longitude !== null ? { latitude: p.latitude, longitude: p.longitude } : null),
    acceptsPasses: (p: PlaceEntity) => p.qualificationStatus === 'QUALIFIED',
    contactPeople: (p: PlaceEntity, _: unknown, ctx: PartnersContext) => (canSeePrivateFields(ctx.identity, p) ? p.contactPeople : null),
    iban: (p: PlaceEntity, _: unknown, ctx: PartnersContext) => (canSeePrivateFields(ctx.identity, p) ? p.iban : null),
    cashesThroughRegie: (p: PlaceEntity, _: unknown, ctx: PartnersContext) => (ctx.identity.role === 'public' ? null : p.cashesThroughRegie),
    qualification: (p: PlaceEntity, _: unknown, ctx: PartnersContext) => (canSeeQualification(ctx.identity, p) ? { place: p } : null),
  },
  Qualification: {
    status: ({ place }: { place: PlaceEntity }) => place.qualificationStatus,
    history: ({ place }: { place: PlaceEntity }, _: unknown, ctx: PartnersContext) => ctx.loaders.qualificationHistoryByPlace.load(place.id),
  },
  ImportRow: {
    place: (r: { placeId: string | null }, _: unknown, ctx: PartnersContext) => (r.placeId ? ctx.loaders.placeById.load(r.placeId) : null),
  },
  QualificationStep: {
    from: (s: QualificationStepEntity) => s.fromStatus,
    to: (s: QualificationStepEntity) => s.toStatus,
  },
};
