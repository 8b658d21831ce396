import type { Understanding, UnderstandingContext } from '../contract.js';
import type { Token } from '../normalize.js';

type ReminderEvent = NonNullable<Understanding['event']>;

/** What ends the event's clause before the reminder verb: punctuation and a joining word ("…, e ricordamelo"). */
const CLAUSE_TAIL = /(?:[\s,;:.!–-]+(?:e|ed|ma|and|but|so|quindi|allora|please|pls)?)+\s*$/iu;

/**
 * "venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima": a reminder
 * with a lead comes before an appointment, and the clause before the reminder verb, read alone,
 * books it. The appointment is on the deadline's day at its own time; none when the clause is
 * no booking by itself ("devo rinnovare la firma entro il 20") or has no time of day.
 */
export function eventBeforeReminder(
  reminder: { text: string; tokens: readonly Token[]; headFirst: number | undefined; due: string | undefined },
  ctx: UnderstandingContext,
  understand: (text: string, ctx: UnderstandingContext) => Understanding,
): ReminderEvent | undefined {
  const { text, tokens, headFirst, due } = reminder;
  const head = headFirst === undefined ? undefined : tokens[headFirst];
  if (due === undefined || head === undefined || headFirst === 0) return undefined;
  const clause = text.slice(0, head.start).replace(CLAUSE_TAIL, '').trim();
  if (clause === '') return undefined;
  const booking = understand(clause, ctx);
  if (booking.intent !== 'booking' || !booking.when?.includes('T') || booking.when.slice(0, 10) !== due)
    return undefined;
  const event: ReminderEvent = { when: booking.when };
  if (booking.title !== undefined) event.title = booking.title;
  if (booking.with !== undefined) event.with = booking.with;
  return event;
}
