import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { PUNCT_EDGE, words } from './slots-words.js';
import { lookupVerb, type Verb } from './verbs.js';
import { CLOSING_VERBS } from './closing-clause.js';

/** Words that may stand around a booking verb in its own clause: pronouns, the addressee, asking. */
const COMPANIONS: ReadonlySet<string> = new Set([
  ...['me', 'mi', 'lo', 'la', 'ce', 'ci', 'te', 'ti', 'melo', 'tu', 'voi', 'pure', 'puoi', 'potresti', 'x', 'per'],
  ...['favore', 'piacere', 'gentilmente', 'it', 'that', 'you', 'u', 'please', 'pls', 'can', 'could', 'for', '?'],
]);

/** "…, prenota tu che io non ho tempo", "…, book it as I'm swamped": a reason given for asking. */
const REASONS: ReadonlySet<string> = new Set([
  ...['che', 'perché', 'perche', 'xké', 'xke', 'xché', 'xche', 'siccome', 'visto', 'tanto', 'dato'],
  ...['since', 'as', 'because', 'cause', 'cos', 'coz', 'cuz'],
]);

/** A clause after the first: its first and last token, and the booking verb in it. */
export interface AsideBooking {
  first: number;
  last: number;
  verb: Verb;
}

/** The end of the clause starting at `from`, when it is only asking, a booking verb and a reason; else undefined. */
function asideClauseEnd(tokens: readonly Token[], lang: Lang, from: number): { last: number; verb: Verb } | undefined {
  let verb: Verb | undefined;
  let reason = false;
  let last = from - 1;
  for (let i = from; i < tokens.length && !PUNCT_EDGE.has(tokens[i]?.norm ?? ''); i++, last++) {
    const norm = tokens[i]?.norm ?? '';
    if (reason) continue;
    const found = verb === undefined ? lookupVerb(norm, lang) : undefined;
    if (found !== undefined && CLOSING_VERBS.has(found.cls)) verb = found;
    else if (verb !== undefined && REASONS.has(norm)) reason = true;
    else if (!COMPANIONS.has(norm) && !words[lang].objectPronouns.has(norm)) return undefined;
  }
  return verb === undefined ? undefined : { last, verb };
}

/**
 * "dentista giovedì 10 e mezza, prenota tu che io non ho tempo, studio dr Palmisano": a clause
 * after the first that is only a booking verb, its pronouns, asking and a reason is the request,
 * not the event. A verb followed by its object ("…, prenota la sala grande") is not one.
 */
export function asideBooking(tokens: readonly Token[], lang: Lang): AsideBooking | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!PUNCT_EDGE.has(tokens[i - 1]?.norm ?? '') || PUNCT_EDGE.has(tokens[i]?.norm ?? '')) continue;
    const clause = asideClauseEnd(tokens, lang, i);
    if (clause !== undefined) return { first: i, ...clause };
  }
  return undefined;
}

/** The title's words without the aside request and the comma before it. */
export function withoutAsideRequest(tokens: readonly Token[], lang: Lang, indices: number[]): number[] {
  const aside = asideBooking(tokens, lang);
  return aside === undefined ? indices : indices.filter((i) => i < aside.first - 1 || i > aside.last);
}

/** Words opening a fallback for the office: "se non c'è posto…", "if they're full…", "altrimenti…". */
const CONDITIONALS: ReadonlySet<string> = new Set([
  ...['se', 'altrimenti', 'sennò', 'senno', 'semmai', 'casomai'],
  ...['if', 'otherwise', 'else', 'failing', 'unless'],
]);

/**
 * "tavolo da Gino venerdì alle 21 x 6, se non c'è posto va bene anche alle 21.30": a clause with a
 * fallback is a note for whoever books, not the event's name; the title ends before it.
 */
export function beforeFallback(tokens: readonly Token[], indices: number[]): number[] {
  const cut = indices.findIndex(
    (i, k) => k > 0 && CONDITIONALS.has(tokens[i]?.norm ?? '') && PUNCT_EDGE.has(tokens[i - 1]?.norm ?? ''),
  );
  return cut < 0 ? indices : indices.slice(0, cut);
}
