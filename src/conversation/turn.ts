import type { Heard } from '../domain/segreteria/voice.js';
import { t, type TextKey, type TextParams } from '../i18n/catalog.js';
import type { InboundMessage } from '../kernel/messaging.js';
import type { Lang } from '../understanding/contract.js';
import type { Step } from './flow.js';
import type { Pending } from './pending.js';

/** What the pipeline knows when one message arrives: the client, their conversation and its open question. */
export interface Turn {
  clientId: string;
  conversationId: string;
  tz: string;
  /** the language of this answer: the one the client writes in */
  lang: Lang;
  now: Date;
  pending: Pending | null;
  /** messages in a row not understood */
  misses: number;
  llmAllowed: boolean;
  defaultMinutes: number;
  /** a voice note's transcript, or why there is none */
  heard: Heard | undefined;
  /** words that cannot stand alone may be held for the next ones (fragments.ts); never when answering held words */
  mayHold: boolean;
  /** the held words this message was joined with (fragments.ts): they go where it goes */
  joinedIds: string[];
  /** whether a mail draft of the client waits for new words (read with the client); undefined: not read */
  draftEditing?: boolean;
  /** false: no ticket of the client is in conversation with an assistant (read with the client); undefined: not read */
  mayBeInConversation?: boolean;
}

/**
 * One entry of the ordered route list: the step for this message, or undefined to let the next
 * route look. Routes decide outside any transaction (an LLM call may happen here); the step acts
 * inside the one that logs the message.
 */
export type Route = (msg: InboundMessage, turn: Turn) => Step | undefined | Promise<Step | undefined>;

/** Longer messages are understood on their beginning; the ticket keeps the whole text. */
export const UNDERSTAND_MAX_CHARS = 2000;

/** Texts of the client catalog that take no parameters. */
type PlainTextKey = { [K in TextKey]: TextParams<K> extends never ? K : never }[TextKey];

/** A fixed answer from the client catalog. */
export const say =
  (key: PlainTextKey, understood = true): Step =>
  async (ctx) => ({ reply: { text: t(ctx.lang, key) }, understood });
