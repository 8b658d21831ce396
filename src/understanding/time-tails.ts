import type { Lang } from './contract.js';
import { months, numberWords } from './time/lexicon.js';

/**
 * Words the normalizer drops or folds around a time before the grammars read it (batch 22): the tail of a clock
 * ("sharp", "on the dot", the hyphen of "nine-thirty") and the quote of a two-digit year ("May '27").
 */
interface Said {
  norm: string;
  kind: string;
}

/** a clock's tail: "9am sharp", "at 6 on the dot", the hyphen of "nine-thirty": only the clock matters */
const CLOCK_ENDS = /^(?:\d{1,2}|am|pm|oclock|\.)$/;
export function clockTail(tokens: readonly Said[], i: number): boolean {
  const at = (k: number) => tokens[k]?.norm ?? '';
  if (at(i) === 'sharp') return CLOCK_ENDS.test(at(i - 1));
  if (at(i) === '-') {
    const [hour, minutes] = [numberWords.en.get(at(i - 1)), numberWords.en.get(at(i + 1))];
    return Number(hour) <= 12 && /^[1-5][05]$/.test(minutes ?? '');
  }
  const dot = ['on', 'the', 'dot'];
  return dot.some((w, k) => at(i) === w && dot.every((x, j) => at(i - k + j) === x) && CLOCK_ENDS.test(at(i - k - 1)));
}

/** the quote of "gennaio '27", "May '27", "Aug 3rd '28": a month name just before, two digits after */
export function yearQuoteAt(tokens: readonly Said[], i: number, lang: Lang): boolean {
  const next = tokens[i + 1];
  if (tokens[i]?.norm !== "'" || next?.kind !== 'number' || !/^\d{2}$/.test(next.norm)) return false;
  return tokens.slice(Math.max(0, i - 3), i).some((t) => Object.hasOwn(months[lang], t.norm));
}
