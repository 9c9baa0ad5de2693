// Thin: every resolver hands over to a loader or the service.
import type { GraphQLResolveInfo } from 'graphql';
import type { PartnersContext } from '../context';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { mayManageIntegrationsOf } from '../tenancy';
import { deliveryStatusOf, type WebhookDeliveryEntity, type WebhookDeliveryStatus, type WebhookEntity } from './webhook.entity';
import type { RegisterWebhookCommand } from './webhook.service';

export const webhookResolvers = {
  Query: {
    webhook: (_: unknown, args: { id: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.findVisible(args.id, ctx.reach(info)),
  },
  Mutation: {
    registerWebhook: (_: unknown, args: { input: RegisterWebhookCommand }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.register(args.input, ctx.reach(info)),
    rotateWebhookSecret: (_: unknown, args: { webhookId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.rotateSecret(args.webhookId, ctx.reach(info)),
    disableWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.disable(args.webhookId, ctx.reach(info)),
    enableWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.enable(args.webhookId, ctx.reach(info)),
    deleteWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.delete(args.webhookId, ctx.reach(info)),
    pingWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.ping(args.webhookId, ctx.reach(info)),
    redeliverWebhook: (_: unknown, args: { deliveryId: string }, ctx: PartnersContext, info: GraphQLResolveInfo) => ctx.services.webhooks.redeliver(args.deliveryId, ctx.reach(info)),
  },
  Organisation: {
    webhooks: (o: OrganisationEntity, _: unknown, ctx: PartnersContext, info: GraphQLResolveInfo) =>
      mayManageIntegrationsOf(ctx.reach(info), o.id) ? ctx.loaders.webhooksByOrganisation.load(o.id) : null,
  },
  Webhook: {
    organisation: (w: WebhookEntity, _: unknown, ctx: PartnersContext) => ctx.loaders.organisationById.load(w.organisationId),
    secretRotationEndsAt: (w: WebhookEntity, _: unknown, ctx: PartnersContext) => ctx.services.webhooks.rotationEndsAt(w),
    deliveries: (w: WebhookEntity, args: { first?: number | null; after?: string | null; status?: WebhookDeliveryStatus | null }, ctx: PartnersContext) =>
      ctx.services.webhooks.deliveries(w, args),
  },
  WebhookDelivery: {
    event: (d: WebhookDeliveryEntity) => d.eventType,
    status: (d: WebhookDeliveryEntity) => deliveryStatusOf(d),
  },
};
