import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import type { TimeMatch } from './spec.js';

/** "have a good sunday", "enjoy your weekend": the words that make a day a wish */
const WISH: Partial<Record<Lang, RegExp>> = {
  en: /(?:^| )(?:have a (?:good|nice|great|lovely|wonderful|fab|fantastic|relaxing)|enjoy (?:your|the)) $/,
};
const WISH_REACH = 4;

/**
 * "thx a mil! have a good sunday": a day wished to the office, closing its clause, names no time of a
 * request; its match is dropped and its words are left as words.
 */
export function withoutWishes(
  tokens: readonly Token[],
  lang: Lang,
  matches: TimeMatch[],
  consumed: boolean[],
): TimeMatch[] {
  const wish = WISH[lang];
  if (wish === undefined) return matches;
  return matches.filter((m) => {
    const before = tokens.slice(Math.max(0, m.first - WISH_REACH), m.first).map((t) => `${t.norm} `);
    const next = tokens[m.last + 1];
    if (m.prep !== undefined || (next !== undefined && next.kind !== 'punct')) return true;
    if (!wish.test(before.join('')) && !ownNight(tokens, m)) return true;
    consumed.fill(false, m.first, m.last + 1);
    return false;
  });
}

/**
 * "do not disturb till 7am, early night": an early night the client is having, its own clause after a stop (or
 * "an early night"), says why, never when; as a wish, its words are left as words (batch 21).
 */
function ownNight(tokens: readonly Token[], m: TimeMatch): boolean {
  if (m.first !== m.last || tokens[m.first]?.norm !== 'night' || tokens[m.first - 1]?.norm !== 'early') return false;
  const before = tokens[m.first - 2];
  return before === undefined || before.kind === 'punct' || before.norm === 'an';
}
