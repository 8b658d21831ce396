import type { Lang } from '../contract.js';
import { alternatives } from './grammar.js';
import { holidayWords } from './holidays.js';
import { fullMonthNames, months, weekdayAbbreviations, weekdays } from './lexicon.js';

/** Pattern pieces the rules of one language share: weekdays, months, ordinals, named days. */
export interface Fragments {
  /** weekday names (full forms only in English: "sat" is also a word) */
  WD: string;
  /** weekday abbreviations that need a neighbour to be read as days ("mer 20 gen", "thu 7pm") */
  WD_ABBR: string;
  MONTH: string;
  FULL_MONTH: string;
  /** a weekday's rank in a month: primo, ultimo, third, 2 nd, last */
  ORD: string;
  HOLIDAY: string;
}

const ITALIAN_WEEKDAY_ABBREVIATIONS = ['lun', 'mar', 'mer', 'gio', 'ven', 'sab', 'dom'];

export const fragments: Record<Lang, Fragments> = {
  it: {
    WD: alternatives(Object.keys(weekdays.it)),
    WD_ABBR: alternatives(ITALIAN_WEEKDAY_ABBREVIATIONS),
    MONTH: alternatives(Object.keys(months.it)),
    FULL_MONTH: alternatives(fullMonthNames.it),
    ORD: String.raw`primo|prima|primi|secondo|seconda|terzo|terza|quarto|quarta|quinto|quinta|ultimo|ultima|ultimi|penultimo|penultima|[1-5] °`,
    HOLIDAY: alternatives(Object.keys(holidayWords.it)),
  },
  en: {
    WD: alternatives(Object.keys(weekdays.en).filter((w) => !weekdayAbbreviations.en.includes(w))),
    WD_ABBR: alternatives(weekdayAbbreviations.en),
    MONTH: alternatives(Object.keys(months.en)),
    FULL_MONTH: alternatives(fullMonthNames.en),
    ORD: String.raw`first|last|second to last|[1-5] (?:st|nd|rd|th)`,
    HOLIDAY: alternatives(Object.keys(holidayWords.en)),
  },
};

/** Italian weekday abbreviations, for reading them as numbers. */
export function italianAbbreviatedWeekday(word: string): number | undefined {
  const i = ITALIAN_WEEKDAY_ABBREVIATIONS.indexOf(word);
  return i < 0 ? undefined : (i + 1) % 7;
}
