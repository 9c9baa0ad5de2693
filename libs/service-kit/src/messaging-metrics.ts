// What every service's messaging looks like to Prometheus: its outbox backlog, its consumers'
// position in the streams, its dead letters. Read at scrape time from PostgreSQL and JetStream,
// so every replica of a service reports the same figures (aggregate them with max, not sum).
import type { DataSource } from 'typeorm';
import { countDeadLetters, outboxBacklog, type EventBus, type EventConsumer } from '@pass-numerique/messaging';
import type { ServiceMetrics } from './metrics';

export function observeMessaging(
  metrics: ServiceMetrics,
  { dataSource, bus, consumer, consumerName }: { dataSource: DataSource; bus: EventBus; consumer: EventConsumer; consumerName: string },
): void {
  // One read of the outbox per scrape, shared by its two gauges.
  let backlog: ReturnType<typeof outboxBacklog> | undefined;
  const readBacklog = () => {
    backlog ??= outboxBacklog(dataSource).finally(() => setTimeout(() => (backlog = undefined), 1_000).unref());
    return backlog;
  };
  metrics.observe('pn_outbox_backlog_events', 'Events committed and not yet published to JetStream', [], async () => (await readBacklog()).events);
  metrics.observe('pn_outbox_oldest_event_age_seconds', 'Age of the oldest event not yet published (0 when none)', [], async () => (await readBacklog()).oldestAgeSeconds);

  let states: ReturnType<EventConsumer['state']> | undefined;
  const readStates = () => {
    states ??= consumer.state().finally(() => setTimeout(() => (states = undefined), 1_000).unref());
    return states;
  };
  const perConsumer = (pick: (s: Awaited<ReturnType<EventConsumer['state']>>[number]) => number) => async () =>
    (await readStates()).map((state) => ({ labels: { event_type: state.eventType }, value: pick(state) }));
  metrics.observe('pn_jetstream_consumer_pending_events', 'Events in the stream not yet delivered to this service’s consumer, by event type', ['event_type'], perConsumer((s) => s.pending));
  metrics.observe('pn_jetstream_consumer_ack_pending_events', 'Events delivered to this service’s consumer and not yet acknowledged, by event type', ['event_type'], perConsumer((s) => s.ackPending));
  metrics.observe('pn_jetstream_consumer_redelivered_events', 'Events delivered more than once and not yet acknowledged, by event type', ['event_type'], perConsumer((s) => s.redelivered));
  metrics.observe('pn_dead_letters', 'Events this service could not apply, parked in the dead-letter stream for an operator', [], async () => (await countDeadLetters(bus))[consumerName] ?? 0);
}
