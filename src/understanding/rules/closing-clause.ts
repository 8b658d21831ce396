import type { Intent, Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb, type Verb } from './verbs.js';

const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '.', '!', ';']);
/** the verbs of filing in the calendar ("note it", "put it in my diary"), and the words joining two days */
export const FILING: ReadonlySet<string> = new Set(['put', 'note']);
export const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'e', 'o', '&']);
/** "…, me lo segni?", "…, add it", "…, prenoti tu?": verbs that file or book what was described */
export const CLOSING_VERBS: ReadonlySet<string> = new Set(['put', 'note', 'book', 'fix']);
/** words that may stand with a filing verb in a closing clause: pronouns, the addressee, politeness */
const FILING_COMPANIONS: ReadonlySet<string> = new Set([
  ...[
    'mi',
    'me',
    'lo',
    'la',
    'li',
    'le',
    'ce',
    'ci',
    'te',
    'ti',
    'tu',
    'voi',
    'puoi',
    'potresti',
    'gentilmente',
    'pure',
    // "…, riesci a prenotare x le 9?"
    ...['riesci', 'riuscite', 'riusciresti', 'a', 'potete', 'potreste'],
  ],
  ...['it', 'that', 'this', 'can', 'could', 'you', 'u', 'please', 'pls', 'just', 'in', 'down'],
  '?',
]);

/** "…domani alle 3, segnala": "segna" and its pronoun closing a clause, not "segnalare" (to report) */
const NOTE_IT: Verb = { lemma: 'segnare', cls: 'note' };
const closingVerb = (norm: string, lang: Lang): Verb | undefined =>
  lang === 'it' && /^segnal[ai]$/.test(norm) ? NOTE_IT : lookupVerb(norm, lang);

/** "me lo prepari", "do it": the pronoun that makes a closing work verb take up what was described */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['lo', 'la', 'li', 'le', 'it']);

/**
 * "…, mercoledì alle 4 ho il dentista, me lo segni?", "…, can you add it?", "…, prenoti tu?": a closing
 * clause that is only a filing or booking verb and its pronouns files the dated event before it, question or not.
 * With `work`, "devo mandare il preventivo entro giovedì, me lo prepari tu?": a work verb taking it up hands the
 * obligation to the office.
 */
export function closingFiling(
  tokens: readonly Token[],
  lang: Lang,
  consumed: readonly boolean[] = [],
  work = false,
): { intent: Intent; head: { first: number; last: number; verb: Verb } } | undefined {
  let verbAt: number | undefined;
  let object = false;
  for (let i = tokens.length - 1; i > 0; i--) {
    const norm = tokens[i]?.norm ?? '';
    if (CLAUSE_BREAKS.has(norm)) {
      const verb = verbAt === undefined ? undefined : closingVerb(tokens[verbAt]?.norm ?? '', lang);
      if (verb === undefined || (verb.cls === 'task' && !object)) return undefined;
      return { intent: verb.cls === 'task' ? 'task' : 'booking', head: { first: verbAt!, last: verbAt!, verb } };
    }
    const verb = closingVerb(norm, lang);
    object ||= OBJECT_PRONOUNS.has(norm);
    if (verbAt === undefined && verb !== undefined && (CLOSING_VERBS.has(verb.cls) || (work && verb.cls === 'task')))
      verbAt = i;
    // the time may close the clause too ("…, riesci a prenotare x le 9?")
    else if (!FILING_COMPANIONS.has(norm) && consumed[i] !== true) return unbrokenFiling(tokens, lang, verbAt);
  }
  return undefined;
}

/**
 * "…dmn alle 10 segnamelo", "…la caldaia dei Tosi segnalo": a voice note has no comma, but a filing verb with its
 * pronoun attached closing the message files what it describes all the same.
 */
function unbrokenFiling(tokens: readonly Token[], lang: Lang, at: number | undefined) {
  const verb = at === undefined ? undefined : closingVerb(tokens[at]!.norm, lang);
  if (verb === undefined || !FILING.has(verb.cls) || !ENCLITIC.test(tokens[at!]!.norm)) return undefined;
  return { intent: 'booking' as const, head: { first: at!, last: at!, verb } };
}
const ENCLITIC = /.{3}(?:[mtcv]e)?(?:lo|la|li|le)$/;

const CALENDAR_REACH = 4;

/**
 * "…, mettila in agenda", "put it in my calendar", "pop it in my diary": a filing verb with a word for the
 * calendar close after it files what the message describes as an event on the client's agenda.
 */
export function calendarFiling(
  tokens: readonly Token[],
  lang: Lang,
  start: number,
  calendarWords: ReadonlySet<string>,
): { intent: Intent; head: { first: number; last: number; verb: Verb } } | undefined {
  for (let i = start + 1; i < tokens.length; i++) {
    const verb = lookupVerb(tokens[i]?.norm ?? '', lang);
    if (
      verb === undefined ||
      (!['put', 'note'].includes(verb.cls) && verb.lemma !== 'segnalare' && !writesItIn(tokens, i))
    )
      continue;
    for (let j = i + 1; j <= i + CALENDAR_REACH && j < tokens.length; j++) {
      if (calendarWords.has(tokens[j]?.norm ?? '')) return { intent: 'booking', head: { first: i, last: i, verb } };
    }
  }
  return undefined;
}

/** "…, write it in the calendar" (Italian "scrivilo in agenda" said in English): writing what was said down is filing it */
const writesItIn = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.norm === 'write' && ['it', 'that', 'this'].includes(tokens[i + 1]?.norm ?? '');

const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', '!', ';', '-']);

/**
 * "clocks went back last night, so just checking, what's on today": the first word of the clause closing the
 * message when it opens a question whose day is in it ("oggi piove, che noia" asks nothing); -1 otherwise.
 */
export function closingQuestion(
  tokens: readonly Token[],
  consumed: readonly boolean[],
  start: number,
  questionWords: ReadonlySet<string>,
): number {
  let last = -1;
  // "…. anything on saturday?": the question's own closing mark opens nothing
  const end = tokens.findLastIndex((t) => t.kind !== 'punct');
  for (let i = start; i < end; i++) if (CLAUSE_ENDS.has(tokens[i]?.norm ?? '')) last = i + 1;
  while (last >= 0 && last < tokens.length && (consumed[last] || tokens[last]?.kind === 'punct')) last++;
  if (last < 0 || !questionWords.has(tokens[last]?.norm ?? '')) return -1;
  return tokens.some((t, i) => i > last && consumed[i] && t.kind !== 'punct') ? last : -1;
}

/** "oggi hanno cambiato l'ora vero? cmq ricordami…": token i sits in a question followed by more words. */
export function askedBeforeMore(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && !['?', '.', '!'].includes(tokens[j]!.norm)) j++;
  return tokens[j]?.norm === '?' && j < tokens.length - 1;
}
