// Thin: the finder is the service's; FoundPlace.place is a Place as the places module resolves it.
import type { PartnersContext } from '../context';
import type { FinderArgs, FinderOrigin, FoundPlace } from './place-finder.service';

export const placeFinderResolvers = {
  Query: {
    findPlaces: (_: unknown, args: FinderArgs, ctx: PartnersContext) => ctx.services.placeFinder.find(args),
  },
  FinderOrigin: {
    communes: (origin: FinderOrigin) => origin.communes,
  },
  FoundPlace: {
    openNow: (found: FoundPlace) => found.openingHours.openNow,
    openingStatus: (found: FoundPlace) => found.openingHours.status,
    openingHoursText: (found: FoundPlace) => found.openingHours.week,
  },
};
