// Thin: every resolver hands over to a loader or the service.
import { mayManageIntegrationsOf } from '../tenancy';
import { deliveryStatusOf } from './webhook.entity';
import type { Resolvers } from '../generated/resolvers-types';

export const webhookResolvers: Resolvers = {
  Query: {
    webhook: (_, args, ctx, info) => ctx.services.webhooks.findVisible(args.id, ctx.reach(info)),
  },
  Mutation: {
    registerWebhook: (_, args, ctx, info) => ctx.services.webhooks.register(args.input, ctx.reach(info)),
    rotateWebhookSecret: (_, args, ctx, info) => ctx.services.webhooks.rotateSecret(args.webhookId, ctx.reach(info)),
    disableWebhook: (_, args, ctx, info) => ctx.services.webhooks.disable(args.webhookId, ctx.reach(info)),
    enableWebhook: (_, args, ctx, info) => ctx.services.webhooks.enable(args.webhookId, ctx.reach(info)),
    deleteWebhook: (_, args, ctx, info) => ctx.services.webhooks.delete(args.webhookId, ctx.reach(info)),
    pingWebhook: (_, args, ctx, info) => ctx.services.webhooks.ping(args.webhookId, ctx.reach(info)),
    redeliverWebhook: (_, args, ctx, info) => ctx.services.webhooks.redeliver(args.deliveryId, ctx.reach(info)),
  },
  Organisation: {
    webhooks: (o, _, ctx, info) => mayManageIntegrationsOf(ctx.reach(info), o.id) ? ctx.loaders.webhooksByOrganisation.load(o.id) : null,
  },
  Webhook: {
    organisation: (w, _, ctx) => ctx.loaders.organisationById.load(w.organisationId),
    secretRotationEndsAt: (w, _, ctx) => ctx.services.webhooks.rotationEndsAt(w),
    deliveries: (w, args, ctx) => ctx.services.webhooks.deliveries(w, args),
  },
  WebhookDelivery: {
    event: (d) => d.eventType,
    status: (d) => deliveryStatusOf(d),
  },
};
