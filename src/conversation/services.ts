import type { PrismaClient } from '../infra/db/types.js';
import type { Logger } from '../infra/logger.js';
import type { DomainEvent } from '../kernel/events.js';
import type { Outbound } from '../kernel/messaging.js';
import type { ClientFiles } from '../domain/files/receive.js';
import type { RateDecision } from '../domain/limits/rate-limit.js';
import type { VoiceReader } from '../domain/segreteria/voice.js';
import type { Lang } from '../understanding/contract.js';
import type { Understand } from '../understanding/understand.js';
import type { ChatMail } from './mail-port.js';

/** Input limits (src/domain/limits): a per-client message rate and a file size. */
export interface InputLimits {
  /** counts the message; 'first_refusal' is answered once, 'refused' is dropped unanswered */
  admit(clientId: string): Promise<RateDecision>;
  /** larger files are refused and nothing of the message is acted on */
  maxAttachmentBytes: number;
}

/**
 * What the conversation is built from (src/app.ts): infrastructure and ports, never handed to
 * flows whole. Flows see only their FlowContext; what they cause after commit is published.
 */
export interface ConversationServices {
  prisma: PrismaClient;
  understand: Understand;
  outbound: Outbound;
  /** after commit: the subscribers (desk, job schedulers, follow-ups) hear what happened */
  publish(events: readonly DomainEvent[]): Promise<void>;
  logger: Logger;
  clock: () => Date;
  defaults: { lang: Lang; tz: string };
  /** minutes a clarification question stays open */
  pendingTtlMin: number;
  /** how long words that cannot stand alone wait for the next ones; 0 or absent: never held */
  fragmentWindowMs?: number;
  /** checked before anything else is done with a client's message; none when absent */
  limits?: InputLimits;
  /** transcribes voice notes; without it they go to an assistant */
  voice?: VoiceReader;
  /** fetches and keeps the files clients send; without it only their names and sizes are recorded */
  files?: ClientFiles;
  /** the client's mailbox, when on: replies drafted and approved in chat go out through it */
  mail?: ChatMail | undefined;
}
