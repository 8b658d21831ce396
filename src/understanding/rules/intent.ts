import { statesEvent } from './states-event.js';
import type { Intent, Lang } from '../contract.js';
import { isFreeSlotsRequest } from './free-slots.js';
import type { Token } from '../normalize.js';
import type { Cues } from './cues.js';
import { englishCues } from './cues-en.js';
import { italianCues } from './cues-it.js';
import { bookingJoined, GETTING_LEMMAS, lookupVerb, opensCompoundNoun, type Verb, type VerbClass } from './verbs.js';
import { RIDE_VERBS, bareNeedLength, handedOver, namesWork, objectIsRide, preambleLength } from './requests.js';
import { namesHeadcount } from '../time/party-change.js';
import { delegationLength } from './delegation.js';
import { FILING, JOINS, askedBeforeMore, calendarFiling, closingFiling, closingQuestion } from './closing-clause.js';
import { BLOCKS_TIME, objectIsReminder, putIn } from './put-in.js';
import { onlyAssents } from './assent.js';
import { asksForList } from './agenda-items.js';
import { laterOrders } from './later-order.js';
import { announcesVisit } from './visit.js';
import { findPhrase, isContent, nextContent, phraseAt, questionBefore, restHas, type Scan } from './intent-scan.js';
import { laterOwnReminder } from './own-reminder.js';
import { isAThing } from './help-thing.js';
import { dropsNamedItem } from './drop-phrase.js';
import { dropsOff } from './drop-off.js';

/**
 * Intent classification. The request usually opens with a verb addressed to the office
 * ("ricordami", "prenota", "traduci", "sposta"), after greetings and politeness and after a
 * time expression ("entro venerdì traducete..."); that head verb decides, checked against
 * what follows (a "prenota" of a flight is a task for a human, a "metti" with "in agenda" a
 * booking). With no head verb, phrase cues decide: questions about the agenda, help, reminder
 * nouns, a table to book, an event at a time.
 */

const cues: Record<Lang, Cues> = { it: italianCues, en: englishCues };

const PARTICLES = new Set(['up', 'off', 'back', 'out', 'forward', 'down', 'giu']);
const EARLIER_WORDS = new Set(['forward', 'earlier', 'sooner']);

export interface Head {
  first: number;
  last: number;
  verb?: Verb;
}

export interface Classification {
  intent: Intent;
  /** the tokens that carry the request (head verb or cue phrase), left out of slots */
  head?: Head;
  /** index of the first token after greetings and politeness */
  start: number;
  /** the client said they need it ("mi serve", "I need"): for the office to arrange */
  needed?: boolean;
  /** a reminder of what the message also files ("segnamelo in agenda e ricordamelo lunedì") */
  filed?: boolean;
}

/** "drinks with Sam on Friday", "aperitivo con Gianni": a message opening with something done with someone. */
function opensWithCompany(s: Scan, start: number): boolean {
  const first = nextContent(s, start);
  const second = nextContent(s, first + 1);
  return [second, nextContent(s, second + 1)].some((i) => s.cues.withWords.has(s.tokens[i]?.norm ?? ''));
}

/** "get me a haircut", "trovami un tavolo": after the pronoun and article, something to book. */
function objectIsEvent(s: Scan, after: number): boolean {
  let i = nextContent(s, after);
  if (s.cues.objectPronouns.has(s.tokens[i]?.norm ?? '')) i = nextContent(s, i + 1);
  if (!s.cues.determiners.has(s.tokens[i]?.norm ?? '')) return false;
  const isEvent = (noun: string) => s.cues.eventNouns.has(noun) || s.cues.reservationNouns.has(noun);
  const first = nextContent(s, i + 1);
  // "a dermatologist appointment": English names whose event before the event noun
  return isEvent(s.tokens[first]?.norm ?? '') || (s.lang === 'en' && isEvent(s.tokens[first + 1]?.norm ?? ''));
}

function isQuestion(s: Scan, start: number): boolean {
  if (s.tokens.some((t) => t.norm === '?')) return true;
  // "let's do lunch with Marco", "have dinner with Sam": an auxiliary before an event is the verb doing it
  const event = s.cues.eventNouns.has(s.tokens[nextContent(s, start + 1)]?.norm ?? '');
  return s.cues.questionWords.has(s.tokens[start]?.norm ?? '') && !event;
}

/** What a task verb asks for: "call with Marco at 3" is an event, "mandami un promemoria" a reminder. */
function taskVerbIntent(s: Scan, verb: Verb, after: number): Intent | undefined {
  const c = s.cues;
  // "call off ticket 9020": the phrasal verb cancels
  if (verb.lemma === 'call' && s.tokens[after]?.norm === 'off') return 'cancel';
  // "chiama tu la pizzeria e prenota x 4": the call is how the office books
  if (verb.category === 'call' && bookingJoined(s.tokens, after, s.lang)) return 'booking';
  // "mandami un promemoria", "send me a reminder": the reminder is the request
  if (restHas(s, after, c.reminderNouns) && verb.category !== 'writing') return 'reminder';
  // "call with Marco at 3": a noun, the event to put in the agenda
  if (s.lang === 'en' && s.tokens[nextContent(s, after)]?.norm === 'with') return s.dated ? 'booking' : undefined;
  // "get me an appointment with the dentist", "get me a haircut": a booking the office arranges
  if (GETTING_LEMMAS.has(verb.lemma) && (restHas(s, after, c.reservationNouns) || objectIsEvent(s, after)))
    return 'booking';
  if (verb.lemma === 'prendere') return undefined; // "prendi nota", "prendo il treno": only an appointment is asked
  // "chiamami un taxi per le 7", "order me a cab": a ride the office books
  if (RIDE_VERBS.has(verb.lemma) && objectIsRide(s.tokens, nextContent(s, after), s.lang)) return 'booking';
  // "mandami l'elenco degli appuntamenti di domani": the bot answers from the agenda
  if (asksForList(s.tokens, s.lang, s.cues)) return 'agenda';
  // "bring the meeting forward": moving an item, not fetching something
  if (verb.lemma === 'bring' && restHas(s, after, EARLIER_WORDS)) return 'reschedule';
  // "tell me what I have tomorrow" asks the bot; "tell Bianchi that..." is a task
  if (verb.lemma === 'tell' && c.objectPronouns.has(s.tokens[nextContent(s, after)]?.norm ?? '')) {
    return findPhrase(s, c.agendaPhrases) !== undefined || s.dated ? 'agenda' : undefined;
  }
  return 'task';
}

/** The intent a head verb asks for, given what follows it; undefined when it is no request after all. */
function intentOfVerb(
  s: Scan,
  verb: Verb,
  at: number,
  depth = 0,
): { intent: Intent; verb: Verb; last: number } | undefined {
  const after = at + 1;
  const c = s.cues;
  // "set up", "push back", "call off", "metti giù": the particle belongs to the verb
  const particle = PARTICLES.has(s.tokens[after]?.norm ?? '') ? after : at;
  const result = (intent: Intent): { intent: Intent; verb: Verb; last: number } => ({ intent, verb, last: particle });
  const byClass: Record<VerbClass, () => Intent | undefined> = {
    reminder: () => 'reminder',
    // travel with no fixed time ("un volo per Londra") is work for the desk; "il treno delle 07:40" a booking
    book: () => (restHas(s, after, c.travelNouns) && !s.clocked ? 'task' : 'booking'),
    fix: () => (restHas(s, after, c.travelNouns) && !s.clocked ? 'task' : 'booking'),
    put: () =>
      objectIsReminder(s, after, PARTICLES)
        ? 'reminder'
        : restHas(s, after, c.calendarWords) ||
            (s.timed && (restHas(s, after, c.eventNouns) || putIn(s.tokens, s.consumed, after))) ||
            (s.timed && BLOCKS_TIME.has(verb.lemma))
          ? 'booking'
          : restHas(s, after, c.reminderNouns)
            ? 'reminder'
            : 'task',
    note: () =>
      restHas(s, after, c.calendarWords)
        ? 'booking'
        : restHas(s, after, c.reminderNouns)
          ? 'reminder'
          : s.dated
            ? 'booking'
            : 'task',
    schedule: () =>
      restHas(s, after, c.travelNouns) ? 'task' : restHas(s, after, c.eventNouns) || s.timed ? 'booking' : 'task',
    task: () => taskVerbIntent(s, verb, after),
    cancel: () => (dropsOff(s.tokens, s.consumed, verb.lemma, after) ? 'task' : 'cancel'),
    // "cambia la prenotazione da 4 a 6 persone": a new head count is for the office to arrange, not a move
    reschedule: () => (namesHeadcount(s.tokens) ? 'task' : 'reschedule'),
    agenda: () => 'agenda',
    set: () => {
      const next = s.tokens[nextContent(s, after)]?.norm;
      if (next === 'up')
        return restHas(s, after, c.travelNouns)
          ? 'task'
          : restHas(s, after, c.eventNouns) || s.timed
            ? 'booking'
            : 'task';
      return restHas(s, after, c.reminderNouns) ? 'reminder' : objectIsEvent(s, after) && s.dated ? 'booking' : 'task';
    },
    make: () => (restHas(s, after, c.reservationNouns) ? 'booking' : 'task'),
    causative: () => undefined,
  };
  if (verb.cls !== 'causative') {
    const intent = byClass[verb.cls]();
    return intent === undefined ? undefined : result(intent);
  }
  // "fammi vedere", "help me write", "fai una ricerca": the next verb decides
  let j = nextContent(s, after);
  if (c.objectPronouns.has(s.tokens[j]?.norm ?? '')) j = nextContent(s, j + 1);
  const next = s.tokens[j];
  const nextVerb = next === undefined ? undefined : lookupVerb(next.norm, s.lang);
  if (nextVerb !== undefined && depth === 0) {
    const inner = intentOfVerb(s, nextVerb, j, depth + 1);
    if (inner !== undefined) return { ...inner, last: inner.last };
  }
  // "fammi l'elenco dei promemoria": a question about the agenda
  if (findPhrase(s, c.agendaPhrases) !== undefined || asksForList(s.tokens, s.lang, s.cues)) return result('agenda');
  if (verb.lemma === 'fare') return result('task');
  if ((verb.lemma === 'help' || verb.lemma === 'aiutare') && next === undefined) return result('help');
  return undefined;
}

/** "promemoria per lunedì?", "reminders for friday?": a question that is only the noun and a time asks the agenda. */
function asksAboutNoun(s: Scan, at: number, length: number): boolean {
  if (length !== 1 || !s.cues.reminderNouns.has(s.tokens[at]?.norm ?? '') || !isQuestion(s, at)) return false;
  for (let i = at + 1; i < s.tokens.length; i++) if (isContent(s, i)) return false;
  return s.dated;
}

function classifyHead(s: Scan, start: number): { intent: Intent; head: Head } | undefined {
  const i = nextContent(s, start);
  const token = s.tokens[i];
  if (token === undefined) return undefined;
  const cancelPhrase = phraseAt(s, i, s.cues.cancelPhrases) || dropsNamedItem(s, i);
  if (cancelPhrase > 0) return { intent: 'cancel', head: { first: i, last: i + cancelPhrase - 1 } };
  const reminderPhrase = phraseAt(s, i, s.cues.reminderPhrases);
  if (reminderPhrase > 0) {
    if (findPhrase(s, s.cues.agendaPhrases) !== undefined || asksAboutNoun(s, i, reminderPhrase))
      return { intent: 'agenda', head: { first: i, last: i + reminderPhrase - 1 } };
    return { intent: 'reminder', head: { first: i, last: i + reminderPhrase - 1 } };
  }
  const verb = lookupVerb(token.norm, s.lang);
  if (verb === undefined || opensCompoundNoun(s.tokens, i, s.lang)) return undefined;
  const found = intentOfVerb(s, verb, i);
  if (found === undefined) return undefined;
  return { intent: found.intent, head: { first: i, last: found.last, verb: found.verb } };
}

/** "…, mettila in agenda", "put it in my calendar": a clause that files the described event (not in a question). */
function calendarClause(s: Scan, start: number): { intent: Intent; head: Head } | undefined {
  return isQuestion(s, nextContent(s, start))
    ? undefined
    : calendarFiling(s.tokens, s.lang, start, s.cues.calendarWords);
}

/** A reminder, cancel or reschedule verb later in the message: "la riunione di domani annullala". */
function classifyAnywhere(s: Scan, start: number): { intent: Intent; head: Head } | undefined {
  for (let i = start; i < s.tokens.length; i++) {
    if (!isContent(s, i)) continue;
    const cancelPhrase = phraseAt(s, i, s.cues.cancelPhrases);
    if (cancelPhrase > 0) return { intent: 'cancel', head: { first: i, last: i + cancelPhrase - 1 } };
    const phrase = phraseAt(s, i, s.cues.reminderPhrases);
    // "ho messo dei promemoria per …?" asks about the client's reminders; "can you remember me to…?" for one
    const forMe = s.tokens.slice(i, i + phrase).some((t) => s.cues.objectPronouns.has(t.norm));
    if (phrase > 0)
      return {
        intent: isQuestion(s, start) && !questionBefore(s, i) && !forMe ? 'agenda' : 'reminder',
        head: { first: i, last: i + phrase - 1 },
      };
    const verb = lookupVerb(s.tokens[i]?.norm ?? '', s.lang);
    if (verb === undefined || !['reminder', 'cancel', 'reschedule'].includes(verb.cls)) continue;
    if (verb.reported === true && askedBeforeMore(s.tokens, i)) continue;
    // "c'è la caldaia da cambiare": what is to be done to a thing, no order
    if (s.tokens[i - 1]?.norm === 'da' && s.tokens[i]!.norm.endsWith('re')) continue;
    // "stanotte hanno cambiato l'ora quindi ricordami…": what happened is context, an order after it is the request
    const later = verb.reported === true ? classifyAnywhere(s, i + 1) : undefined;
    if (later !== undefined && later.head.verb?.reported !== true) return later;
    // "la prenotazione da Mario cambiala da 3 a 5": a new head count is for the office, as with the verb first
    const intent = verb.cls === 'reschedule' && namesHeadcount(s.tokens) ? 'task' : (verb.cls as Intent);
    return { intent, head: { first: i, last: i, verb } };
  }
  return undefined;
}

/** "ho la saracinesca rotta mi chiami un fabbro x dmn?": an order after the client's context (later-order.ts). */
function askedAfterContext(s: Scan, start: number): { intent: Intent; head: Head } | undefined {
  for (const i of laterOrders(s.tokens, start, s.lang)) {
    const at = pastPoliteness(s, i);
    const found = isContent(s, at) ? classifyHead(s, at) : undefined;
    // "physio friday at 9:15, book it for me": an order about what was said is read with the event (aside-request.ts)
    const pointsBack = POINTING_BACK.has(s.tokens[(found?.head.last ?? 0) + 1]?.norm ?? '');
    if (found !== undefined && ['task', 'booking'].includes(found.intent) && !pointsBack) return found;
  }
  return undefined;
}

const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them']);

/** "…, can someone call the technician", "…, please call": the politeness and who does it, before the order. */
function pastPoliteness(s: Scan, i: number): number {
  let at = i;
  for (;;) {
    const n = Math.max(phraseAt(s, at, s.cues.fillers), delegationLength(s.tokens, at, s.lang));
    if (n === 0) return at;
    at += n;
  }
}

/**
 * A dated question is about the agenda when it is about the client ("domani sono libero?") or
 * is nothing but the date ("e giovedì?"); "che tempo fa domani?" is not.
 */
function isAgendaQuestion(s: Scan, start: number): boolean {
  let words = 0;
  for (let i = start; i < s.tokens.length; i++) {
    if (!isContent(s, i)) continue;
    const norm = s.tokens[i]?.norm ?? '';
    if (s.cues.personalWords.has(norm)) return true;
    if (!s.cues.questionWords.has(norm) && !JOINS.has(norm) && !VAGUE.has(norm)) words++; // "e giovedì e venerdì?"
  }
  return words <= 1;
}

/** "is there anything on tmrw", "c'è qualcosa domani?": asking whether the day holds anything names nothing */
// "what does next week look like", "how's tmrw looking": how the days look asks what they hold
const VAGUE: ReadonlySet<string> = new Set([
  'there',
  'anything',
  'qualcosa',
  'look',
  'looks',
  'looking',
  'like',
  'does',
]);

function fallback(s: Scan, start: number, greeted: boolean, needed: boolean): Intent {
  const c = s.cues;
  const help = findPhrase(s, c.helpPhrases);
  if (help !== undefined && !isAThing(s.tokens, help.first, help.last)) return 'help';
  if (findPhrase(s, c.agendaPhrases) !== undefined) return 'agenda';
  const question = isQuestion(s, nextContent(s, start));
  const cq = closingQuestion(s.tokens, s.consumed, start, s.cues.questionWords); // "…, whats on today"
  if (s.dated && ((question && isAgendaQuestion(s, start)) || (cq >= 0 && isAgendaQuestion(s, cq)))) return 'agenda';
  // "any reminders set for tomorrow?", "promemoria per lunedì?": a question about the client's items
  if (question && restHas(s, start, c.agendaNouns)) return 'agenda';
  const hasContent = nextContent(s, start) < s.tokens.length;
  if (asksForList(s.tokens, s.lang, s.cues)) return 'agenda';
  // "trascrivi il verbale della riunione entro domani sera": a deadline is work to get done
  if (!question && s.deadline && hasContent) return 'task';
  // "mi serve un interprete per la riunione di mercoledì": what is needed is for the office to find, not the event
  if (
    !question &&
    needed &&
    hasContent &&
    !objectIsEvent(s, start) &&
    s.cues.determiners.has(s.tokens[start]?.norm ?? '')
  )
    return 'task';
  // "ho la cena del 30 da organizzare: entro il 20 mi servono tre preventivi": a need with a deadline is work
  if (!question && hasContent && s.due === true && (needed || findPhrase(s, c.needs) !== undefined)) return 'task';
  if (!question && restHas(s, start, c.bookingNouns)) return 'booking';
  if (!question && s.dated && restHas(s, start, c.eventNouns)) return 'booking';
  if (!question && s.dated && (statesEvent(s, start) || (s.timed && opensWithCompany(s, start)))) return 'booking';
  // "dmn alle 3 viene il rappresentante", "the plumber is coming at 9": someone comes to the client
  if (!question && s.dated && announcesVisit(s.tokens, s.consumed, s.lang, start)) return 'booking';
  if (needed && hasContent) return 'task';
  // "sì va bene, alle 6 allora": agreeing to a time is an answer, nothing to remind of;
  // "yoga thurs 6-7", "wine tasting on thursday from 6 to 8pm": what runs from one hour to another is an appointment
  if (!question && s.timed && hasContent && !onlyAssents(s.tokens, s.consumed, s.lang, start))
    return s.ranged === true ? 'booking' : 'reminder';
  if (greeted && !hasContent) return 'help';
  return 'other';
}

export function classifyIntent(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  lang: Lang,
  time: { timed: boolean; dated: boolean; deadline: boolean; clocked: boolean; ranged?: boolean; due?: boolean },
): Classification {
  // the words before the request (who writes, a "no" to the last reading) are read as used up
  const s: Scan = { tokens, consumed: [...consumed], lang, cues: cues[lang], ...time };
  let i = nextContent(s, 0);
  let greeted = false;
  let obliged = false;
  let needed = false;
  // greetings, politeness and "I need to" before the request
  for (;;) {
    const greeting = phraseAt(s, i, s.cues.greetings);
    const obligation = phraseAt(s, i, s.cues.obligations);
    const need = Math.max(phraseAt(s, i, s.cues.needs), s.consumed[i] ? 0 : bareNeedLength(s.tokens, i, s.lang));
    // "have someone write…", "qualcuno può chiamare…": who does the work opens the request, like politeness
    const delegation = s.consumed[i] ? 0 : delegationLength(tokens, i, lang);
    const preamble = s.consumed[i] ? 0 : Math.max(preambleLength(tokens, i, lang), delegation);
    const filler = phraseAt(s, i, s.cues.fillers);
    const n = Math.max(greeting, obligation, need, filler, preamble);
    if (preamble === n) s.consumed.fill(true, i, i + n);
    if (n === 0) break;
    greeted ||= greeting > 0;
    obliged ||= obligation > 0 && obligation >= filler;
    // work handed to someone ("c'è qualcuno che può passare in posta…") is for the desk, like a need
    needed ||= (need > 0 && need >= obligation) || delegation > 0;
    i = nextContent(s, i + n);
  }
  const start = i;
  const commands = s.cues.helpPhrases.filter((p) => p[0] === '/');
  if (findPhrase(s, commands) !== undefined) return { intent: 'help', start };
  // "mi serve una lettera con il riepilogo di dicembre", "mi serve la lista dei…, la cercate voi?": work for the desk
  if (needed && (namesWork(tokens, start, lang, s.cues.determiners) || handedOver(s))) return { intent: 'task', start };
  // "i miei promemoria": a question about the agenda, though it names reminders
  const found =
    classifyHead(s, start) ??
    calendarClause(s, start) ??
    (s.dated ? closingFiling(s.tokens, s.lang, s.consumed) : undefined) ??
    (findPhrase(s, s.cues.agendaPhrases) === undefined ? classifyAnywhere(s, start) : undefined) ??
    askedAfterContext(s, start);
  // "trovami un'ora libera giovedì", "when am I free tomorrow?": free time in the client's own agenda
  if (!['reminder', 'cancel', 'reschedule'].includes(found?.intent ?? '') && isFreeSlotsRequest(tokens, lang))
    return { intent: 'free_slots', start };
  if (found === undefined) {
    const intent = fallback(s, start, greeted, needed);
    const obligation = obliged && intent === 'other' && s.timed;
    return { intent: obligation ? 'reminder' : intent, start, ...(needed ? { needed } : {}) };
  }
  // "devo mandare il preventivo entro giovedì, me lo prepari tu?": the obligation handed to the office
  if (obliged && handedOver(s)) return { intent: 'task', start };
  if (obliged && found.intent !== 'reminder' && !FILING.has(found.head.verb?.cls ?? '')) {
    // "devo pagare l'F24 venerdì": a reminder of all of it; "I must go to …, note it in my calendar" is filed,
    // with a verb of its own too ("I must bring the car to the mechanic at 9, write it in the calendar")
    const filed = calendarClause(s, start);
    if (filed !== undefined) return { ...filed, start };
    return { intent: s.dated ? 'reminder' : 'other', start };
  }
  const own = laterOwnReminder(tokens, lang, found.intent, found.head);
  if (own !== undefined) return { intent: 'reminder', head: own, start: own.first };
  return { intent: found.intent, head: found.head, start };
}
