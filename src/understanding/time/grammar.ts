import type { Token } from '../normalize.js';
import type { Component, DayRef, TimeMatch } from './spec.js';
import { headcountWords, weekdays } from './lexicon.js';
import { partyChangeAt } from './party-change.js';
import { isHouseNumber } from './addresses.js';

/**
 * A small engine for the time grammars of time-it.ts and time-en.ts. The normalised tokens
 * are joined with single spaces; each rule is a regular expression over that text that must
 * start and end on token boundaries. Rules run in priority order (recurrences before dates,
 * ranges before single times...) and a rule never reads tokens an earlier rule consumed.
 */
export type Groups = Partial<Record<string, string>>;

export interface GrammarRule {
  name: string;
  re: RegExp;
  /** null when the match turns out not to be a time expression after all */
  build(groups: Groups): Component | null;
}

/** Compiles a rule pattern so it only matches whole tokens. */
export function pattern(source: string): RegExp {
  return new RegExp(`(?<![^ ])(?:${source})(?![^ ])`, 'g');
}

/** "a|b|c" from a list of words, longest first so alternatives do not shadow each other. */
export function alternatives(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

interface TokenText {
  text: string;
  /** token index of each character of `text`, -1 on the separating spaces */
  tokenAt: Int32Array;
}

/** The only punctuation a rule reads ("3/12", "9.15", "7-ott", "1 °", "@ 5", "sabato, 20"); brackets, quotes and symbols are skipped. */
const GRAMMAR_PUNCT = new Set([',', '.', '-', '/', ':', '°', '@', '&', "'", '?', '!', ';']);

/** "30%", "20 per cento": a share, never a day or an hour ("lo sconto del 30%" is no 30th). */
const isPercent = (tokens: readonly Token[], i: number): boolean => {
  const next = tokens[i + 1]?.norm;
  return (
    tokens[i]?.kind === 'number' &&
    (next === '%' || next === 'percento' || next === 'percent' || (next === 'per' && tokens[i + 2]?.norm === 'cento'))
  );
};

const RANGE_WORDS = new Set(['a', 'to', '-', 'e', 'and', 'o', 'or']);
/** "6 persone", "da 4 a 6 persone", "from 4 to 6 people": a head count (and the one it changes from), never an hour. */
const isHeadcount = (tokens: readonly Token[], i: number): boolean => {
  if (tokens[i]?.kind !== 'number') return false;
  if (headcountWords.has(tokens[i + 1]?.norm ?? '')) return true;
  // "there will be 6 of us"
  if (tokens[i + 1]?.norm === 'of' && tokens[i + 2]?.norm === 'us') return true;
  return (
    RANGE_WORDS.has(tokens[i + 1]?.norm ?? '') &&
    tokens[i + 2]?.kind === 'number' &&
    headcountWords.has(tokens[i + 3]?.norm ?? '')
  );
};

/** An indefinite article before a weekday of its language: "on a friday night", "un venerdì sera" is any such day. */
const GENERIC_ARTICLES: readonly [ReadonlySet<string>, Record<string, number>][] = [
  [new Set(['a', 'an']), weekdays.en],
  [new Set(['un']), weekdays.it],
];
const PARTS_AFTER_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'mattina', 'pomeriggio', 'sera', 'notte']);

const isGenericWeekday = (tokens: readonly Token[], i: number): boolean =>
  // "un martedì sì e uno no" is a recurrence, read by its own rule
  tokens[i + 1]?.norm !== 'si' &&
  GENERIC_ARTICLES.some(
    ([articles, days]) => articles.has(tokens[i - 1]?.norm ?? '') && Object.hasOwn(days, tokens[i]?.norm ?? ''),
  );

/** "a friday night", "un sabato mattina": a generic day and its part of day are no time to read. */
const isGenericDay = (tokens: readonly Token[], i: number): boolean =>
  isGenericWeekday(tokens, i) || (PARTS_AFTER_DAY.has(tokens[i]?.norm ?? '') && isGenericWeekday(tokens, i - 1));

function joinTokens(tokens: readonly Token[]): TokenText {
  const party = partyChangeAt(tokens);
  const isPartyChange = (i: number) => party !== undefined && (i === party || i === party + 2);
  const kept = tokens.flatMap((t, i) =>
    (t.kind !== 'punct' || GRAMMAR_PUNCT.has(t.norm)) &&
    !isPercent(tokens, i) &&
    !isHeadcount(tokens, i) &&
    !isPartyChange(i) &&
    !isGenericDay(tokens, i) &&
    !isHouseNumber(tokens, i)
      ? [i]
      : [],
  );
  const text = kept.map((i) => tokens[i]?.norm ?? '').join(' ');
  const tokenAt = new Int32Array(text.length).fill(-1);
  let pos = 0;
  for (const i of kept) {
    const length = tokens[i]?.norm.length ?? 0;
    tokenAt.fill(i, pos, pos + length);
    pos += length + 1;
  }
  return { text, tokenAt };
}

function isWeak(component: Component): boolean {
  return component.kind === 'part' && component.weak;
}

export interface TimeReading {
  matches: TimeMatch[];
  /** per token: read as part of a time expression */
  consumed: boolean[];
}

export function readTime(tokens: readonly Token[], rules: readonly GrammarRule[]): TimeReading {
  const { text, tokenAt } = joinTokens(tokens);
  const consumed = new Array<boolean>(tokens.length).fill(false);
  const matches: TimeMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const first = tokenAt[m.index] ?? -1;
      const last = tokenAt[m.index + m[0].length - 1] ?? -1;
      let free = first >= 0 && last >= first;
      for (let i = first; free && i <= last; i++) free = !consumed[i];
      const component = free ? rule.build(m.groups ?? {}) : null;
      if (component === null) {
        // let a shorter match starting later in this one be found
        rule.re.lastIndex = m.index + 1;
        continue;
      }
      const prep = m.groups?.p;
      matches.push(prep === undefined ? { component, first, last } : { component, first, last, prep });
      if (!isWeak(component)) consumed.fill(true, first, last + 1);
    }
  }
  matches.sort((a, b) => a.first - b.first);
  return { matches, consumed };
}

/**
 * The day a piece of already folded text names, read by the same grammar: a rule that counts
 * from a day ("tre giorni dopo Natale") reads its anchor with every day rule there is.
 */
export function dayOfText(text: string, rules: readonly GrammarRule[]): DayRef | undefined {
  let start = 0;
  const tokens: Token[] = text.split(' ').map((word) => {
    const token: Token = {
      raw: word,
      norm: word,
      kind: /^\d/.test(word) ? 'number' : 'word',
      start,
      end: start + word.length,
    };
    start += word.length + 1;
    return token;
  });
  const { matches } = readTime(tokens, rules);
  const found = matches.find((m) => m.component.kind === 'day' || m.component.kind === 'dayPart');
  if (found === undefined || found.first !== 0 || found.last !== tokens.length - 1) return undefined;
  return found.component.kind === 'day' || found.component.kind === 'dayPart' ? found.component.day : undefined;
}
