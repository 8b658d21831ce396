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
 * A reminder some minutes before an event ("domani alle 15 ho il controllo, me lo ricordi un'ora prima",
 * "ricordami mezz'ora prima della call, che è giovedì alle 16") comes with the event at `eventAt`: titled by
 * the clause before the verb when that books it, else by the reminder's own words.
 */
export function eventBeforeReminder(
  reminder: {
    text: string;
    tokens: readonly Token[];
    headFirst: number | undefined;
    due: string | undefined;
    eventAt?: string | undefined;
    /** the message files what the reminder is about ("segnamelo in agenda e ricordamelo lunedì") */
    filed?: boolean | undefined;
  },
  ctx: UnderstandingContext,
  understand: (text: string, ctx: UnderstandingContext) => Understanding,
  said?: string,
): ReminderEvent | undefined {
  const { text, tokens, headFirst, due, eventAt } = reminder;
  const head = headFirst === undefined ? undefined : tokens[headFirst];
  const clause = head === undefined ? '' : text.slice(0, head.start).replace(CLAUSE_TAIL, '').trim();
  const booking = clause === '' || headFirst === 0 ? undefined : understand(clause, ctx);
  const booked = booking?.intent === 'booking' && booking.when?.includes('T') === true ? booking : undefined;
  if (eventAt !== undefined) {
    if (booked !== undefined && booked.when === eventAt) return titled({ when: eventAt }, booked);
    const title = leadEventWords(text, tokens) ?? (said === undefined ? '' : eventWords(said));
    return title === '' ? { when: eventAt } : { when: eventAt, title };
  }
  if (reminder.filed === true && booked?.when !== undefined) return titled({ when: booked.when }, booked);
  if (due === undefined || booked?.when?.slice(0, 10) !== due) return undefined;
  return titled({ when: booked.when }, booked);
}

function titled(event: ReminderEvent, booking: Understanding): ReminderEvent {
  if (booking.title !== undefined) event.title = booking.title;
  if (booking.with !== undefined) event.with = booking.with;
  // "prenotami un tavolo da Gino venerdì alle 20 e ricordamelo il giorno prima": the office books it
  if (booking.viaOffice === true) event.viaOffice = true;
  return event;
}

/** The event in a reminder's words: "the client call to print the proposal" → "client call". */
const eventWords = (said: string): string =>
  said
    .split(/\s+(?:to|per)\s+/iu)[0]!
    .replace(/^(?:the|my|our|il|lo|la|l'|i|gli|le)\s*/iu, '')
    .trim();

/**
 * "remind me 30 mins before the call at 4 to print the deck": the event named right after the lead, its article,
 * time and action left out ("call"); undefined when no lead opens it.
 */
function leadEventWords(text: string, tokens: readonly Token[]): string | undefined {
  const lead = tokens.findIndex((t) => LEAD_WORDS.has(t.norm));
  if (lead < 0) return undefined;
  let first = lead + 1;
  // "before the 3pm call with Marco": its clock is no part of its name
  const skipped = (t: Token | undefined) =>
    t !== undefined && (EVENT_ARTICLES.has(t.norm) || t.kind === 'number' || AMPM.has(t.norm));
  while (skipped(tokens[first])) first++;
  let last = first;
  while (last < tokens.length && tokens[last]!.kind === 'word' && !EVENT_STOPS.has(tokens[last]!.norm)) last++;
  return last === first ? undefined : text.slice(tokens[first]!.start, tokens[last - 1]!.end);
}
const LEAD_WORDS: ReadonlySet<string> = new Set(['before', 'prima']);
const EVENT_ARTICLES: ReadonlySet<string> = new Set(
  "the my our il lo la l' i gli le del della dello dei degli delle di".split(' '),
);
const EVENT_STOPS: ReadonlySet<string> = new Set('to at on di alle a that che'.split(' '));
const AMPM: ReadonlySet<string> = new Set(['am', 'pm']);
