// Thin: the finder is the service's; FoundPlace.place is a Place as the places module resolves it.
import type { Resolvers } from '../generated/resolvers-types';

export const placeFinderResolvers: Resolvers = {
  Query: {
    findPlaces: (_, args, ctx) => ctx.services.placeFinder.find(args),
  },
  FinderOrigin: {
    communes: (origin) => origin.communes,
  },
  FoundPlace: {
    openNow: (found) => found.openingHours.openNow,
    openingStatus: (found) => found.openingHours.status,
    openingHoursText: (found) => found.openingHours.week,
  },
};
