import type { Lang } from '../contract.js';
import { pattern, type GrammarRule } from './grammar.js';
import { fragments, italianAbbreviatedWeekday } from './fragments.js';
import { weekdayNumber } from './lexicon.js';

/**
 * Time said around a word for free, read before every other rule of the language. Pure.
 * - "1h free", "2h libere": "N h" right before it is a length, never the clock it is elsewhere ("alle 15h");
 * - "90 min free tue", "un'ora libera gio": an abbreviated weekday right after it is the day (alone,
 *   "tue" or "gio" needs a time next to it).
 */
const FREE: Record<Lang, string> = { it: 'libera|libere|libero|liberi', en: 'free' };

export const freeTimeRules: Record<Lang, readonly GrammarRule[]> = {
  it: [lengthBeforeFree('it'), weekdayAfterFree('it')],
  en: [lengthBeforeFree('en'), weekdayAfterFree('en')],
};

function lengthBeforeFree(lang: Lang): GrammarRule {
  return {
    name: 'length-before-free',
    re: pattern(String.raw`(?<n>\d{1,2}) (?:h|hr|hrs)(?= (?:${FREE[lang]})(?![^ ]))`),
    build: (g) => {
      const hours = Number(g.n);
      return hours > 0 && hours <= 24 ? { kind: 'amount', minutes: hours * 60 } : null;
    },
  };
}

function weekdayAfterFree(lang: Lang): GrammarRule {
  return {
    name: 'weekday-after-free',
    re: pattern(String.raw`(?<=(?:^| )(?:${FREE[lang]}) )(?<wd>${fragments[lang].WD_ABBR})(?: \.)?`),
    build: (g) => {
      const wd = g.wd ?? '';
      const weekday = lang === 'it' ? italianAbbreviatedWeekday(wd) : weekdayNumber(wd, lang);
      return weekday === undefined ? null : { kind: 'day', day: { kind: 'weekday', weekday, nextWeek: false } };
    },
  };
}
