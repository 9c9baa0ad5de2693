// Per-request batching: a list of organisations asking for each one's webhooks costs one query.
import DataLoader from 'dataloader';
import type { WebhookEntity } from './webhook.entity';
import type { WebhookRepository } from './webhook.repository';

export function createWebhookLoaders(repository: WebhookRepository) {
  return {
    webhooksByOrganisation: new DataLoader(async (ids: readonly string[]) => {
      const groups = new Map<string, WebhookEntity[]>();
      for (const w of await repository.ofOrganisations(ids)) groups.set(w.organisationId, [...(groups.get(w.organisationId) ?? []), w]);
      return ids.map((id) => groups.get(id) ?? []);
    }),
  };
}
