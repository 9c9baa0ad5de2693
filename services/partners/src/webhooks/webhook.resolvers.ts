// Thin: every resolver hands over to a loader or the service.
import type { PartnersContext } from '../context';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { deliveryStatusOf, type WebhookDeliveryEntity, type WebhookDeliveryStatus, type WebhookEntity } from './webhook.entity';
import { mayManageWebhooks, type RegisterWebhookCommand } from './webhook.service';

export const webhookResolvers = {
  Query: {
    webhook: (_: unknown, args: { id: string }, ctx: PartnersContext) => ctx.services.webhooks.findVisible(args.id, ctx.identity),
  },
  Mutation: {
    registerWebhook: (_: unknown, args: { input: RegisterWebhookCommand }, ctx: PartnersContext) => ctx.services.webhooks.register(args.input, ctx.identity),
    rotateWebhookSecret: (_: unknown, args: { webhookId: string }, ctx: PartnersContext) => ctx.services.webhooks.rotateSecret(args.webhookId, ctx.identity),
    disableWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext) => ctx.services.webhooks.disable(args.webhookId, ctx.identity),
    enableWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext) => ctx.services.webhooks.enable(args.webhookId, ctx.identity),
    deleteWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext) => ctx.services.webhooks.delete(args.webhookId, ctx.identity),
    pingWebhook: (_: unknown, args: { webhookId: string }, ctx: PartnersContext) => ctx.services.webhooks.ping(args.webhookId, ctx.identity),
    redeliverWebhook: (_: unknown, args: { deliveryId: string }, ctx: PartnersContext) => ctx.services.webhooks.redeliver(args.deliveryId, ctx.identity),
  },
  Organisation: {
    webhooks: (o: OrganisationEntity, _: unknown, ctx: PartnersContext) => (mayManageWebhooks(ctx.identity, o.id) ? ctx.loaders.webhooksByOrganisation.load(o.id) : null),
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
