import { DomainError } from '@pass-numerique/kernel';
import { PLACE_COUNT_LEVELS, placeCountsCsv, type PlaceCountLevel } from './place-count.service';
import type { Resolvers } from '../generated/resolvers-types';

export const placeCountResolvers: Resolvers = {
  PlaceCountColumns: {
    csv: (columns) => placeCountsCsv(columns),
  },
  Query: {
    placeCountColumns: (_, args, ctx) => {
      if (!(PLACE_COUNT_LEVELS as readonly string[]).includes(args.level)) {
        throw new DomainError('BAD_USER_INPUT', 'places are counted by région, département, EPCI or commune (zones are the territory service’s)', { field: 'level' });
      }
      return ctx.services.placeCounts.columns(args.level as PlaceCountLevel, args.qualifiedOnly ?? true);
    },
  },
};
