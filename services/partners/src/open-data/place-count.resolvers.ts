import { DomainError } from '@pass-numerique/kernel';
import type { PartnersContext } from '../context';
import { PLACE_COUNT_LEVELS, placeCountsCsv, type PlaceCountColumns, type PlaceCountLevel } from './place-count.service';

export const placeCountResolvers = {
  PlaceCountColumns: {
    csv: (columns: PlaceCountColumns) => placeCountsCsv(columns),
  },
  Query: {
    placeCountColumns: (_: unknown, args: { level: string; qualifiedOnly?: boolean | null }, ctx: PartnersContext) => {
      if (!(PLACE_COUNT_LEVELS as readonly string[]).includes(args.level)) {
        throw new DomainError('BAD_USER_INPUT', 'places are counted by région, département, EPCI or commune (zones are the territory service’s)', { field: 'level' });
      }
      return ctx.services.placeCounts.columns(args.level as PlaceCountLevel, args.qualifiedOnly ?? true);
    },
  },
};
