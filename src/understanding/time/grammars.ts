import type { Lang } from '../contract.js';
import type { GrammarRule } from './grammar.js';
import { englishRules } from './english.js';
import { italianRules } from './italian.js';
import { freeTimeRules } from './free-time.js';
import { englishPartClockRules } from './english-part-clock.js';

/** Each language's time grammar, in the order its rules are tried: the words about free time first. */
export const GRAMMARS: Record<Lang, readonly GrammarRule[]> = {
  it: [...freeTimeRules.it, ...italianRules],
  en: [...freeTimeRules.en, ...englishRules, ...englishPartClockRules],
};
