import type { Tx } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { DomainEvent } from '../kernel/events.js';
import type { Button, OutboundFile } from '../kernel/messaging.js';
import type { Lang } from '../understanding/contract.js';
import type { Pending } from './pending.js';

export interface Reply {
  text: string;
  buttons?: Button[][];
  file?: OutboundFile;
}

/**
 * What a flow knows about the client and the message it acts on, and its ports. Everything a
 * flow changes goes through `db` (the transaction that logs the message); what must happen once
 * it has committed is returned as events.
 */
export interface FlowContext {
  db: Tx;
  clientId: string;
  conversationId: string;
  lang: Lang;
  tz: string;
  /** the agency's zone (DEFAULT_TZ): its business hours are there */
  agencyTz: string;
  now: Date;
  /** the inbound message row, for tickets that quote it */
  messageId: string;
  text: string;
  /** the words are a voice note's transcript: one misheard word could name another item, so a cancel is asked first */
  spoken?: boolean;
  logger: Logger;
}

/** A flow's answer, the question it leaves open, and what happened for the subscribers to hear after commit. */
export interface FlowResult {
  reply: Reply;
  /** a question asked back: the pending understanding the next message completes; null ends the one open */
  pending?: Pending | null;
  events?: DomainEvent[];
  /** true when the message was understood (resets the consecutive-miss counter) */
  understood: boolean;
  /** no answer now: the words are held for the next ones (fragments.ts), or the same answer was just given */
  silent?: true;
}

/** What the pipeline runs for one message, inside the transaction that logs it. */
export type Step = (ctx: FlowContext) => Promise<FlowResult>;

/** Every flow has this one shape: the context with its ports, and what it acts on. */
export type Flow<Input> = (ctx: FlowContext, input: Input) => Promise<FlowResult>;
