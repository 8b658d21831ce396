import type { App } from '@slack/bolt';
import type { Redis } from 'ioredis';
import type { Outbound } from '../kernel/messaging.js';
import type { TicketListener } from '../domain/delivery/desk.js';
import type { PrismaClient } from '../infra/db/types.js';
import { errorMessage } from '../kernel/errors.js';
import type { DeskNotifier } from '../domain/delivery/desk.js';
import type { Logger } from '../infra/logger.js';
import type { DomainEvent } from '../kernel/events.js';
import { deskTexts } from '../i18n/desk-catalog.js';
import type { Lang } from '../understanding/contract.js';
import { createCards } from './cards/desk-channel.js';
import { createDeskContext, type DeskContext, type DeskFiles } from './context.js';
import type { DeskMail } from './acts/mail-reply.js';
import { postSuggestion } from './acts/suggestion.js';
import { createDeskQueue, type DeskJob, type DeskJobHandlers } from './queue.js';
import { registerDeskListeners } from './slack/register.js';
import { createDeskNotifier } from './cards/nudges.js';
import {
  cardNotPosted,
  postCancellation,
  postClientBookingChange,
  postClientMessage,
  postRating,
} from './cards/client-events.js';

export interface DeskDeps {
  prisma: PrismaClient;
  /** the shared Bolt app (client DMs register on it too) */
  slack: { app: App };
  /** reaches clients on their own channel */
  outbound: Outbound;
  /** SLACK_DESK_CHANNEL: where cards are posted */
  channel: string;
  /** the agency's time zone: deadlines, SLA, the week of /delego stats */
  tz: string;
  /** DESK_LANG: the language the desk speaks to assistants */
  lang: Lang;
  /** for the desk's BullMQ queue */
  redis: Redis;
  queuePrefix?: string | undefined;
  logger: Logger;
  clock: () => Date;
  /** what the desk's acts changed: the follow-ups and booking reminders are subscribed (src/subscriptions.ts) */
  publish(events: readonly DomainEvent[]): Promise<void>;
  /** clients' files: kept bytes go into the cards' threads, assistants' files reach the client */
  files: DeskFiles;
  /** the clients' mailboxes, when on: an email ticket's answers go out by e-mail */
  mail?: DeskMail | undefined;
  /** where Delego is opened (PUBLIC_URL): cards link clients' files to the back-office */
  siteUrl?: string | undefined;
}

export interface Desk extends Required<TicketListener>, DeskNotifier {
  /** what the desk's acts run with: the back-office acts through it too, so the cards follow */
  context: DeskContext;
  /** an e-mail ticket's suggested reply goes into its thread, with Send and Edit */
  replySuggested(ticketId: string, mailMessageId: string): Promise<void>;
  /** starts the queue worker that posts cards and thread messages */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What each desk job does; a card goes out with the files the client already sent. */
function jobHandlers(ctx: DeskContext): DeskJobHandlers {
  const { cards } = ctx;
  return {
    card: async (ticketId) => {
      await cards.post(ticketId);
      await cards.files(ticketId);
    },
    files: async (ticketId) => {
      if (!(await cards.files(ticketId))) throw cardNotPosted(ticketId);
      await cards.refresh(ticketId);
    },
    clientMessage: (ticketId, messageId) => postClientMessage(ctx, ticketId, messageId),
    rating: (ticketId) => postRating(ctx, ticketId),
    cancelled: (ticketId) => postCancellation(ctx, ticketId),
    clientBooking: (ticketId, eventId) => postClientBookingChange(ctx, ticketId, eventId),
    refresh: (ticketId) => cards.refresh(ticketId),
    suggestion: (ticketId, mailMessageId) => postSuggestion(ctx, ticketId, mailMessageId),
  };
}

/**
 * The assistants' desk in Slack. It listens to the conversation pipeline (TicketListener: new
 * tickets, client messages, ratings, cancellations), which it turns into queued Slack posts;
 * registers the desk's listeners (buttons, modals, thread replies, /delego) on the shared Bolt
 * app; and is the follow-ups' DeskNotifier (nudges and escalations in the card's thread).
 */
export function createDesk(deps: DeskDeps): Desk {
  const log = deps.logger.child({ component: 'desk' });
  const cards = createCards({
    prisma: deps.prisma,
    client: deps.slack.app.client,
    channel: deps.channel,
    clock: deps.clock,
    tz: deps.tz,
    texts: deskTexts(deps.lang),
    logger: deps.logger,
    store: deps.files.store,
    siteUrl: deps.siteUrl,
  });
  const ctx = createDeskContext({ ...deps, cards });
  const queue = createDeskQueue({
    connection: deps.redis,
    prefix: deps.queuePrefix,
    prisma: deps.prisma,
    logger: deps.logger,
    clock: deps.clock,
    handlers: jobHandlers(ctx),
  });
  registerDeskListeners(deps.slack.app, { ctx, tz: deps.tz, logger: deps.logger });

  /**
   * The pipeline awaits its listener before answering the client, so nothing here waits on
   * Redis: with Redis away the job waits in the connection's offline queue and goes when it is
   * back (and the sweep finds cards that never went).
   */
  const inBackground = (ticketId: string, job: DeskJob): void => {
    void queue
      .add(job)
      .catch((err: unknown) => log.warn({ err: errorMessage(err), ticketId, kind: job.kind }, 'desk job not queued'));
  };

  return {
    context: ctx,
    ...createDeskNotifier(ctx),
    ticketCreated: async (ticketId) => inBackground(ticketId, { kind: 'card', ticketId }),
    clientWrote: async (ticketId, messageId) => {
      inBackground(ticketId, { kind: 'client_message', ticketId, messageId });
      inBackground(ticketId, { kind: 'files', ticketId, key: messageId });
    },
    ticketRated: async (ticketId) => inBackground(ticketId, { kind: 'rating', ticketId }),
    ticketCancelled: async (ticketId) => inBackground(ticketId, { kind: 'cancelled', ticketId }),
    clientChangedBooking: async (ticketId, eventId) =>
      inBackground(ticketId, { kind: 'client_booking', ticketId, eventId }),
    filesAdded: async (ticketId, key) => inBackground(ticketId, { kind: 'files', ticketId, key }),
    replySuggested: async (ticketId, mailMessageId) =>
      inBackground(ticketId, { kind: 'suggestion', ticketId, mailMessageId }),
    clientStatusChanged: async (clientId) => {
      const tickets = await deps.prisma.ticket.findMany({
        where: { clientId, status: { in: ['open', 'claimed', 'waiting_client'] }, slackTs: { not: null } },
        select: { id: true },
      });
      await Promise.all(tickets.map((ticket) => cards.refresh(ticket.id)));
    },
    start: () => queue.start(),
    stop: () => queue.stop(),
  };
}
