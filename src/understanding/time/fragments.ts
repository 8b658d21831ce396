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

/** Italian weekday abbreviations and their numbers (0 = Sunday): three letters, or four as some write them. */
const ITALIAN_ABBREVIATED: Record<string, number> = {
  lun: 1,
  mar: 2,
  mart: 2,
  mer: 3,
  merc: 3,
  gio: 4,
  giov: 4,
  ven: 5,
  sab: 6,
  dom: 0,
};
const ITALIAN_WEEKDAY_ABBREVIATIONS = Object.keys(ITALIAN_ABBREVIATED);

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
    ORD: String.raw`first|last|second to last|penultimate|2 nd (?:- )?to (?:- )?last|2 nd last|next (?:- )?to (?:- )?last|[1-5] (?:st|nd|rd|th)`,
    HOLIDAY: alternatives(Object.keys(holidayWords.en)),
  },
};

/** Italian weekday abbreviations, for reading them as numbers. */
export function italianAbbreviatedWeekday(word: string): number | undefined {
  return Object.hasOwn(ITALIAN_ABBREVIATED, word) ? ITALIAN_ABBREVIATED[word] : undefined;
}
