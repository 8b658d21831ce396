import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { lookupVerb } from './verbs.js';

/**
 * A request number in the client's words: "richiesta 1011", "la #1011", "rif. 4410", "request
 * 1011", "ref 6620"; matched exactly, never a prefix.
 */

/** Words that name a request, before its number. */
export const REF_WORDS: Record<Lang, ReadonlySet<string>> = {
  it: new Set('richiesta rich pratica ticket numero rif riferimento n nr num # n° nº'.split(' ')),
  // "job 1187" (a builder's), "case 2210", "the practice 4471" (Italian "pratica" said in English)
  en: new Set('request req ref reference ticket number no nr num # n° nº job case practice'.split(' ')),
};

/** The office's work items, named by a number of three digits or more: "il preventivo 3307", "order 4410". */
const ITEM_WORDS: Record<Lang, ReadonlySet<string>> = {
  it: new Set('preventivo ordine incarico commessa prenotazione'.split(' ')),
  en: new Set('quote order booking'.split(' ')),
};
const isItemRef = (before: Token, t: Token, lang: Lang): boolean =>
  ITEM_WORDS[lang].has(before.norm) && /^\d{3,9}$/.test(t.norm);

const IS_WORDS: ReadonlySet<string> = new Set(['is', 'è', 'e']);

/** Words that may follow a request number named by its article alone ("annulla la 5521 x favore, …"). */
const AFTER_ARTICLE_REF = new Set(['per', 'grazie', 'pls', 'please', 'thanks']);
const REF_ARTICLES: Record<Lang, ReadonlySet<string>> = { it: new Set(['la', 'il']), en: new Set() };

/** "la 3321 l'avete chiusa?", "la 3321 è chiusa?", "la 4471 annullala": what takes up a request named first. */
const RESUMING_PRONOUNS = new Set(['l', "l'", 'lo', 'la', 'è', 'e']);

/**
 * "la 5521" closing a clause, or opening one taken up by a pronoun ("la 3321 l'avete chiusa?"): a number
 * of three digits or more after an article names the request.
 */
function isArticleRef(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const next = tokens[i + 1];
  if (!/^\d{3,9}$/.test(tokens[i]!.norm) || !REF_ARTICLES[lang].has(tokens[i - 1]!.norm)) return false;
  if (next === undefined || next.kind === 'punct' || AFTER_ARTICLE_REF.has(next.norm)) return true;
  const opens = i === 1 || tokens[i - 2]!.kind === 'punct';
  return opens && (RESUMING_PRONOUNS.has(next.norm) || lookupVerb(next.norm, lang) !== undefined || asksHow(tokens, i));
}

/** "la 6630 a che punto è?", "la 9021 com'è messa?": a question about how it goes takes up the request */
const asksHow = (tokens: readonly Token[], i: number): boolean =>
  ASKS_HOW.has(tokens[i + 1]!.norm) || (tokens[i + 1]!.norm === 'a' && tokens[i + 2]?.norm === 'che');
const ASKS_HOW: ReadonlySet<string> = new Set(["com'", 'come', 'quando']);

/** A request number said: "richiesta 1011", "la #1011", "request 1011"; exactly the number, never a prefix. */
export function refOf(tokens: readonly Token[], lang: Lang): number | undefined {
  const words = REF_WORDS[lang];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "n. 1188", "nr: 1188", "n° 1188": the abbreviation's dot, a colon or a degree sign sits between
    // "the number is 5518", "il numero è 5518": the word and its number joined by "is"
    const joined = /^[.:°º]$/.test(tokens[i - 1]!.norm) || IS_WORDS.has(tokens[i - 1]!.norm);
    const before = joined && i > 1 ? tokens[i - 2]! : tokens[i - 1]!;
    if (t.kind !== 'number' || !/^\d{1,9}$/.test(t.norm)) continue;
    if (!words.has(before.norm) && !isItemRef(before, t, lang) && !isArticleRef(tokens, i, lang)) continue;
    const n = Number(t.norm);
    if (n > 0) return n;
  }
  return undefined;
}

/** Words opening a question about the request whose number was said just before them. */
const ASKS_ABOUT_REF: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['come', 'quando']),
  en: new Set(['how', 'hows', 'where', 'what', 'whats', 'when', 'any']),
};

/** "ref 6620, hows it going", "request 2250: where are we?": a request number opens the message and a question follows. */
export function asksAfterLeadingRef(tokens: readonly Token[], lang: Lang): boolean {
  const words = tokens.filter((t) => t.kind !== 'punct').map((t) => t.norm);
  if (!REF_WORDS[lang].has(words[0] ?? '') || !/^\d{1,9}$/.test(words[1] ?? '')) return false;
  return ASKS_ABOUT_REF[lang].has(words[2] ?? '');
}

/**
 * "annulla l'iscrizione alla fiera, richiesta 3390", "cancel the expo registration (ref 3390)": a request number
 * closing the words for an item, after a break, names it again and is no part of them.
 */
export function beforeRefTail(tokens: readonly Token[], indices: readonly number[], lang: Lang): number[] {
  const at = indices.findIndex((i, k) => {
    if (k === 0 || tokens[i]?.kind !== 'punct') return false;
    const rest = indices.slice(k + 1).filter((j) => tokens[j]?.kind !== 'punct');
    const [word, number] = rest.map((j) => tokens[j]!);
    return rest.length === 2 && REF_WORDS[lang].has(word!.norm) && /^\d{3,9}$/u.test(number!.norm);
  });
  return at < 0 ? [...indices] : indices.slice(0, at);
}

/** "status of 7730?", "any update on #5120": a number of three digits or more right after the question names the request */
export function refAt(tokens: readonly Token[], at: number): number | undefined {
  const i = tokens[at]?.norm === '#' ? at + 1 : at;
  const t = tokens[i];
  const alone = tokens.slice(i + 1).every((next) => next.kind === 'punct' || AFTER_ARTICLE_REF.has(next.norm));
  return t?.kind === 'number' && /^\d{3,9}$/u.test(t.norm) && alone ? Number(t.norm) : undefined;
}
