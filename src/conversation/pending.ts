import { z } from 'zod';
import { Prisma } from '../generated/prisma/client.js';
import { t } from '../i18n/catalog.js';
import { understandingSchema, type Lang, type Understanding } from '../understanding/contract.js';

const { DbNull } = Prisma;

/**
 * The question the bot asked, kept on the conversation until answered, dropped or expired. The
 * schema is its only type: what is stored is what is read back.
 */
const itemRefSchema = z.object({ kind: z.enum(['reminder', 'booking', 'ticket']), id: z.string() });

export const pendingSchema = z.object({
  understanding: understandingSchema,
  missing: z.array(z.enum(['when', 'target', 'text'])),
  itemRef: itemRefSchema.optional(),
  /** "Annullo «…»? Sì / No": an item matched by words, cancelled only on a yes */
  confirmCancel: itemRefSchema.optional(),
  /**
   * "Per Giulia, richiesta #1002 / È una nuova richiesta": messages (ids and words) that may be an
   * answer to an assistant or a new request, kept until the client chooses
   */
  held: z.object({ messageIds: z.array(z.string()).min(1), text: z.string() }).optional(),
  /** words held for a moment because they cannot stand alone (fragments.ts); the next words join them */
  fragment: z
    .object({ text: z.string(), messageId: z.uuid(), at: z.iso.datetime(), chatId: z.string().min(1) })
    .optional(),
  /** the day asked about (YYYY-MM-DD): an answer with a time only ("alle 15") stays on it */
  baseDay: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** after a clash: the offer "segnalo lo stesso" keeps (its key, as "Segna comunque" carries it) and the time asked for */
  clashOffer: z.object({ key: z.string().regex(/^[0-9a-f]{8}$/), startsAt: z.iso.datetime() }).optional(),
  /** a question the client may leave unanswered: an answer with no time ends it */
  optional: z.literal(true).optional(),
  /** the client's words so far: a ticket opened once the question is answered keeps the whole request */
  requestText: z.string().optional(),
});
export type Pending = z.infer<typeof pendingSchema>;

/** Reads the stored JSON defensively: anything malformed counts as no pending question. */
export function readPending(json: unknown, expiresAt: Date | null, now: Date): Pending | null {
  if (json === null || json === undefined || !expiresAt || expiresAt <= now) return null;
  const parsed = pendingSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The JSON stored on the conversation (undefined keys dropped, as JSON does). */
export function pendingJson(pending: Pending): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(pending)) as Prisma.InputJsonObject;
}

/** What the conversation row keeps of the question after a message: unchanged, a new one, or none. */
export function pendingUpdate(
  result: { pending?: Pending | null; understood: boolean },
  before: Pending | null,
  requestText: string,
  expiresAt: Date,
  /** held words answered at the end of their window: whatever the answer, they are held no more */
  heldAnswered = false,
): Prisma.ConversationUpdateInput {
  // a message that was not understood leaves an open question open
  if (result.pending === undefined && before !== null && !result.understood && !heldAnswered) return {};
  // "per la richiesta in corso o nuova?" stays open while the client asks the bot something else
  if (result.pending === undefined && before?.held) return {};
  if (!result.pending) return { pendingClarification: DbNull, pendingExpiresAt: null };
  return {
    pendingClarification: pendingJson({ ...result.pending, requestText: result.pending.requestText ?? requestText }),
    pendingExpiresAt: expiresAt,
  };
}

/** The question to ask for what is still missing. */
export function question(understanding: Understanding, missing: Pending['missing'], lang: Lang): string {
  if (missing.includes('target')) return t(lang, 'askTarget');
  if (missing.includes('text')) return t(lang, 'askReminderWhat');
  if (understanding.intent === 'reminder') return t(lang, 'askReminderWhen', { text: understanding.text ?? '' });
  if (understanding.intent === 'booking') return t(lang, 'askBookingWhen');
  return t(lang, 'askRescheduleWhen');
}

/**
 * Every question asked back says how to leave it; a question kept unchanged while the bot
 * answers something else (a file too large) was already asked with it, and an optional one
 * is left by any answer that is not a time.
 */
export function withWayOut<R extends { pending?: Pending | null; reply: { text: string } }>(
  result: R,
  before: Pending | null,
  lang: Lang,
): R {
  const asked = result.pending;
  if (!asked || asked === before || asked.missing.length === 0 || asked.optional) return result;
  return { ...result, reply: { ...result.reply, text: `${result.reply.text} ${t(lang, 'pendingWayOut')}` } };
}

/** Whether an answer changed nothing of the request (emoji, symbols, a word that is no time). */
export function sameUnderstanding(a: Understanding, b: Understanding): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(
    (key) => JSON.stringify(a[key as keyof Understanding]) === JSON.stringify(b[key as keyof Understanding]),
  );
}
