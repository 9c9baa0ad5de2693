// Thin: a person's own notifications, through the service.
import type { Resolvers } from '../generated/resolvers-types';

export const notificationResolvers: Resolvers = {
  Query: {
    myNotifications: (_, args, ctx, info) => ctx.services.notifications.mine(ctx.reach(info), args),
  },
  Mutation: {
    markNotificationRead: (_, args, ctx, info) => ctx.services.notifications.markRead(args.notificationId, ctx.reach(info)),
  },
  Notification: {
    organisation: (n, _, ctx) => ctx.loaders.organisationById.load(n.organisationId),
    place: (n, _, ctx) => ctx.loaders.placeById.load(n.payload.placeId),
    ibanMasked: (n) => n.payload.ibanMasked,
  },
};
