import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import type { TimeMatch } from './spec.js';

/**
 * "martedì mattina presto", "stasera tardi", "early tomorrow morning", "late tonight": a word that only
 * says how early or late in the day, next to a day or a part of it, belongs to the time (its hour stays
 * the part's, the contract has none of its own) and never to a reminder's text or a title. Italian says it
 * after the time, English before it ("tuesday early morning": before the part). Marks `consumed` and widens the match.
 */
const WORDS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['presto', 'tardi', 'prestissimo']),
  en: new Set(['early', 'late', 'very early']),
};
const DAY_KINDS: ReadonlySet<string> = new Set(['day', 'dayPart', 'part']);
const BEING_LATE: ReadonlySet<string> = new Set(['running', 'be', "'m", 'am', 'is', 'are', "'re", 'was', 'were', 'im']);

export function withIntensifiers(
  tokens: readonly Token[],
  lang: Lang,
  matches: readonly TimeMatch[],
  consumed: boolean[],
): TimeMatch[] {
  return matches.map((m) => {
    if (!DAY_KINDS.has(m.component.kind)) return m;
    const at = lang === 'it' ? m.last + 1 : m.first - 1;
    if (consumed[at] === true || !WORDS[lang].has(tokens[at]?.norm ?? '')) return m;
    // "running late today", "I'm late today": the client is late, no time of the day (leftovers 19)
    if (lang === 'en' && BEING_LATE.has(tokens[at - 1]?.norm ?? '')) return m;
    consumed[at] = true;
    return lang === 'it' ? { ...m, last: at } : { ...m, first: at };
  });
}
