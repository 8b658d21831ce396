import type { Button, Outbound } from '../channels/types.js';
import type { PrismaClient, Tx } from '../db/types.js';
import type { Logger } from '../logger.js';
import type { ReminderScheduler } from '../reminders/service.js';
import type { Lang, Understanding } from '../understanding/contract.js';
import type { Understand } from '../understanding/understand.js';

/** Told when a ticket is created or a client writes about one (the Slack desk listens). */
export interface TicketListener {
  ticketCreated(ticketId: string): Promise<void>;
}

export interface ConversationDeps {
  prisma: PrismaClient;
  understand: Understand;
  outbound: Outbound;
  scheduler: ReminderScheduler;
  tickets?: TicketListener;
  logger: Logger;
  clock: () => Date;
  defaults: { lang: Lang; tz: string };
  /** minutes a clarification question stays open */
  pendingTtlMin: number;
}

export interface Reply {
  text: string;
  buttons?: Button[][];
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
  pending?: { understanding: Understanding; missing: ('when' | 'target')[]; itemRef?: ItemRef; baseDay?: string } | null;
  afterCommit?: () => Promise<void>;
  /** true when the message was understood (resets the consecutive-miss counter) */
  understood: boolean;
}

export interface ItemRef {
  kind: 'reminder' | 'booking' | 'ticket';
  id: string;
}
