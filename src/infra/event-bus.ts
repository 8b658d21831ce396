import type { DomainEvent, DomainEventOf, DomainEventType } from '../kernel/events.js';
import { errorMessage } from '../kernel/errors.js';
import type { Logger } from './logger.js';

export type EventHandler<T extends DomainEventType> = (event: DomainEventOf<T>) => Promise<void>;

/**
 * Publishes domain events after commit to the handlers subscribed once at start-up. Events go
 * in order (a reminder dropped before its replacement is planned); the handlers of one event run
 * side by side and a failing one is logged, never thrown: the work is already committed and the
 * reconciler catches up.
 */
export interface EventBus {
  on<T extends DomainEventType>(type: T, handler: EventHandler<T>): void;
  publish(events: readonly DomainEvent[]): Promise<void>;
}

export function createEventBus(logger: Logger): EventBus {
  const handlers = new Map<DomainEventType, EventHandler<DomainEventType>[]>();
  return {
    on(type, handler) {
      handlers.set(type, [...(handlers.get(type) ?? []), handler as unknown as EventHandler<DomainEventType>]);
    },
    async publish(events) {
      for (const event of events) {
        const settled = await Promise.allSettled((handlers.get(event.type) ?? []).map((handle) => handle(event)));
        for (const outcome of settled)
          if (outcome.status === 'rejected')
            logger.error({ err: errorMessage(outcome.reason), event: event.type }, 'a follow-up of an event failed');
      }
    },
  };
}
