import type { Lang } from '../contract.js';
import { normalizeTokens, tokenize, type Token } from '../normalize.js';

/**
 * A booking said to take the whole day ("dmn nn ci sono, sto al corso tutto il giorno", "at a trade
 * fair all day"): it has no time to ask for, and its title is the event ("corso"), without the
 * words saying the client is away or where they stay. Pure.
 */
type Words = readonly (readonly string[])[];

const WHOLE_DAY: Record<Lang, Words> = {
  it: [
    ['tutto', 'il', 'giorno'],
    ['tutta', 'la', 'giornata'],
    ["l'intera", 'giornata'],
    ['intera', 'giornata'],
    ['per', 'tutto', 'il', 'giorno'],
    ['per', 'tutta', 'la', 'giornata'],
  ],
  en: [
    ['all', 'day', 'long'],
    ['all', 'day'],
    ['for', 'the', 'whole', 'day'],
    ['the', 'whole', 'day'],
    ['the', 'entire', 'day'],
  ],
};
/** "non ci sono, …", "I'm out, …": the client away, before what they do (after the subject, if said) */
const AWAY: Record<Lang, Words> = {
  it: [
    ['non', 'ci', 'sono'],
    ['non', 'ci', 'saro'],
    ['non', 'ci', 'sarò'],
    ['sono', 'via'],
    ['sono', 'fuori'],
  ],
  en: ["'m", 'am', 'im'].flatMap((be) => [
    [be, 'out'],
    [be, 'away'],
  ]),
};
/** "sto al corso", "sono in fiera", "I'm at a course": where the client stays, before the event */
const STAYING: Record<Lang, Words> = {
  it: ['sto', 'sono', 'saro', 'sarò'].flatMap((verb) =>
    ['al', 'alla', 'allo', "all'", 'ai', 'alle', 'in', 'a', 'dal', 'dalla', 'dai'].map((to) => [verb, to]),
  ),
  en: [
    ["'m", 'at'],
    ['am', 'at'],
    ['im', 'at'],
    ["'ll", 'be', 'at'],
    ['will', 'be', 'at'],
    ['ill', 'be', 'at'],
    ['at'],
  ],
};

const SUBJECTS: ReadonlySet<string> = new Set(['i', 'io']);

const wordsAt = (norms: readonly string[], at: number, words: readonly string[]) =>
  words.every((word, k) => norms[at + k] === word);

/** Where a whole-day phrase starts among the words, or -1. */
function wholeDayAt(norms: readonly string[], lang: Lang): { at: number; length: number } | undefined {
  for (let at = 0; at < norms.length; at++) {
    const words = WHOLE_DAY[lang].find((w) => wordsAt(norms, at, w));
    if (words) return { at, length: words.length };
  }
  return undefined;
}

/** Whether the client's words say the whole day ("tutto il giorno", "all day"). */
export function saysWholeDay(text: string, lang: Lang): boolean {
  const norms = normalizeTokens(tokenize(text), lang).map((t) => t.norm);
  return wholeDayAt(norms, lang) !== undefined;
}

/** A booking title's words without the whole day, the client's absence and where they stay: "corso". */
export function withoutWholeDayWords(tokens: readonly Token[], indices: readonly number[], lang: Lang): number[] {
  const norms = indices.map((i) => tokens[i]?.norm ?? '');
  const whole = wholeDayAt(norms, lang);
  if (whole === undefined) return [...indices];
  let kept = indices.filter((_, k) => k < whole.at || k >= whole.at + whole.length);
  const strip = (list: Words) => {
    if (SUBJECTS.has(tokens[kept[0]!]?.norm ?? '')) kept = kept.slice(1);
    const ns = kept.map((i) => tokens[i]?.norm ?? '');
    const words = list.find((w) => wordsAt(ns, 0, w));
    if (!words) return false;
    kept = kept.slice(words.length);
    while (kept.length && tokens[kept[0]!]?.kind === 'punct') kept = kept.slice(1);
    return true;
  };
  strip(AWAY[lang]);
  strip(STAYING[lang]);
  return kept;
}
