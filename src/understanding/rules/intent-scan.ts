import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { phrasesStartingWith, type Cues, type Phrase } from './cues.js';

/** What intent classification reads: the message's tokens, those already taken by the time, and what the time said. */
export interface Scan {
  tokens: readonly Token[];
  consumed: boolean[];
  lang: Lang;
  cues: Cues;
  /** a time of day (or an elapsed amount) was read, not only a date */
  timed: boolean;
  /** any time expression was read */
  dated: boolean;
  /** every time read is a deadline ("entro domani sera"): work to get done, not an event */
  deadline: boolean;
  /** a clock time was read ("alle 10"): a fixed slot */
  clocked: boolean;
  /** some time read is a deadline ("entro il 20") */
  due?: boolean;
  /** an hour range was read ("6-7", "dalle 3 alle 5"): an event that lasts, not a moment to be reminded at */
  ranged?: boolean;
}

export function isContent(s: Scan, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && t.kind !== 'punct' && !s.consumed[i];
}

export function nextContent(s: Scan, i: number): number {
  let j = i;
  while (j < s.tokens.length && !isContent(s, j)) j++;
  return j;
}

/** Length of the phrase that starts at token i (over content tokens only), or 0. */
export function phraseAt(s: Scan, i: number, list: readonly Phrase[]): number {
  const first = s.tokens[i];
  if (first === undefined || s.consumed[i]) return 0;
  for (const phrase of phrasesStartingWith(list, first.norm)) {
    let k = 1;
    while (k < phrase.length && s.tokens[i + k]?.norm === phrase[k] && !s.consumed[i + k]) k++;
    if (k === phrase.length) return k;
  }
  return 0;
}

export function findPhrase(s: Scan, list: readonly Phrase[]): { first: number; last: number } | undefined {
  for (let i = 0; i < s.tokens.length; i++) {
    const n = phraseAt(s, i, list);
    if (n > 0) return { first: i, last: i + n - 1 };
  }
  return undefined;
}

export function restHas(s: Scan, from: number, words: ReadonlySet<string>): boolean {
  for (let i = from; i < s.tokens.length; i++) if (words.has(s.tokens[i]?.norm ?? '')) return true;
  return false;
}

/** "l'Immacolata chiudiamo? mittimi 'n promemoria…": a question answered before token i is not the request's */
export const questionBefore = (s: Scan, i: number): boolean => s.tokens.slice(0, i).some((t) => t.norm === '?');
