export * from './nats-connection';
export * from './streams';
export * from './messaging-tables';
export * from './outbox';
export * from './outbox-relay';
export * from './event-consumer';
export * from './dead-letters';
export { markFailed } from './event-tracing';
