import type { InboundMessage } from '../kernel/messaging.js';
import { missingSlots } from '../understanding/clarify.js';
import type { Understanding } from '../understanding/contract.js';
import type { FlowContext, FlowResult } from './flow.js';
import type { Pending } from './pending.js';

/**
 * Messages typed as people type on a phone: "ricordarmi" / "di ordinare" / "le viti", three
 * messages in two seconds. A short message that cannot stand alone (not understood, or a request
 * that would be asked back) is held for a short window without an answer; the next words within
 * the window are understood together with it; when nothing follows, the held words get the
 * answer they would have had. A complete message is never held.
 */

/** More words than this are a message of their own, however incomplete. */
const FRAGMENT_MAX_WORDS = 6;

export type HeldFragment = NonNullable<Pending['fragment']>;

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Whether a message is plain words that may continue or be continued (no button, command or file). */
export function isPlainText(msg: InboundMessage): boolean {
  return !msg.action && !msg.command && msg.attachments.length === 0 && msg.text.trim().length > 0;
}

/** Short words that do not end a sentence: they may be the start of the next message. */
export function fragmentShaped(text: string): boolean {
  return wordCount(text) <= FRAGMENT_MAX_WORDS && !/[?.!…]\s*$/.test(text.trim());
}

/** A short message that would get "non ho capito" or a question back, and does not end a sentence. */
export function cannotStandAlone(understanding: Understanding, text: string): boolean {
  if (!fragmentShaped(text)) return false;
  return understanding.intent === 'other' ? !understanding.when : missingSlots(understanding).length > 0;
}

/** The words held so far and the new ones, when they came within the window; undefined otherwise. */
export function joinedText(held: HeldFragment | undefined, text: string, now: Date, windowMs: number) {
  if (!held || now.getTime() - Date.parse(held.at) > windowMs) return undefined;
  return `${held.text} ${text.trim()}`;
}

/** Holds the words without an answer: the conversation row keeps them until the window ends. */
export function holdStep(text: string, chatId: string) {
  return async (ctx: FlowContext): Promise<FlowResult> => ({
    reply: { text: '' },
    silent: true,
    pending: {
      understanding: { intent: 'other' },
      missing: [],
      fragment: { text, messageId: ctx.messageId, at: ctx.now.toISOString(), chatId },
    },
    understood: true,
  });
}
