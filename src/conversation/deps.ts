import type { ItemRef } from '../kernel/actions.js';
import type { BookingReminderScheduler } from '../domain/bookings/booking-reminders.js';
import type { Button, Outbound, OutboundFile } from '../kernel/messaging.js';
import type { PrismaClient, Tx } from '../infra/db/types.js';
import type { RateDecision } from '../domain/limits/rate-limit.js';
import type { Logger } from '../infra/logger.js';
import type { ReminderScheduler } from '../domain/reminders/service.js';
import type { SegreteriaPort } from '../domain/segreteria/ports.js';
import type { VoiceReader } from '../domain/segreteria/voice.js';
import type { Lang, Understanding } from '../understanding/contract.js';
import type { Understand } from '../understanding/understand.js';

/** Told when a ticket is created or a client writes about one (the Slack desk listens). */
export interface TicketListener {
  ticketCreated(ticketId: string): Promise<void>;
  /** the client wrote about an active ticket; the message row already carries its ticketId */
  clientWrote?(ticketId: string, messageId: string): Promise<void>;
  /** the client rated a done ticket */
  ticketRated?(ticketId: string): Promise<void>;
  /** the client cancelled the ticket */
  ticketCancelled?(ticketId: string): Promise<void>;
  /** the client answered the desk's proposal for the ticket's booking, or moved or cancelled it (the ticket event says which) */
  clientChangedBooking?(ticketId: string, eventId: string): Promise<void>;
}

export interface ConversationDeps {
  prisma: PrismaClient;
  understand: Understand;
  outbound: Outbound;
  scheduler: ReminderScheduler;
  /** told when a booking is created, moved or cancelled, so its reminders follow; none when absent */
  bookingReminders?: BookingReminderScheduler;
  /** puts a client's next morning briefing on the clock after they switch it (optional: the reconciler catches up) */
  briefingChanged?: (clientId: string) => Promise<void>;
  tickets?: TicketListener;
  logger: Logger;
  clock: () => Date;
  defaults: { lang: Lang; tz: string };
  /** minutes a clarification question stays open */
  pendingTtlMin: number;
  /** checked before anything else is done with a client's message; none when absent */
  limits?: InputLimits;
  /** the secretary: status changes release held messages and redraw the desk cards; none when absent */
  segreteria?: SegreteriaPort;
  /** transcribes voice notes; without it they go to an assistant */
  voice?: VoiceReader;
}

/** Input limits (src/domain/limits): a per-client message rate and a file size. */
export interface InputLimits {
  /** counts the message; 'first_refusal' is answered once, 'refused' is dropped unanswered */
  admit(clientId: string): Promise<RateDecision>;
  /** larger files are refused and nothing of the message is acted on */
  maxAttachmentBytes: number;
}

export interface Reply {
  text: string;
  buttons?: Button[][];
  file?: OutboundFile;
}

/** What a flow knows about the client and the message it is acting on. */
export interface FlowContext {
  db: Tx;
  clientId: string;
  conversationId: string;
  lang: Lang;
  tz: string;
  now: Date;
  /** the inbound message row, for tickets that quote it */
  messageId: string;
  text: string;
}

/** A flow's answer plus the work to do once its transaction has committed. */
export interface FlowResult {
  reply: Reply;
  /** a question asked back: the pending understanding the next message completes */
  pending?: {
    understanding: Understanding;
    missing: ('when' | 'target')[];
    itemRef?: ItemRef;
    baseDay?: string;
    optional?: true;
    requestText?: string | undefined;
  } | null;
  afterCommit?: () => Promise<void>;
  /** true when the message was understood (resets the consecutive-miss counter) */
  understood: boolean;
}

/** What the pipeline runs for one message, inside the transaction that logs it. */
export type Step = (ctx: FlowContext) => Promise<FlowResult>;
