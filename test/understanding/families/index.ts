import { examplesOf, type Family } from './calendar.js';
import { clockNotations } from './clock-notations.js';
import { datesInWords } from './dates-in-words.js';
import { deadlines } from './deadlines.js';
import { namedDays } from './named-days.js';
import { offsets } from './offsets.js';
import { ordinalWeekdays } from './ordinal-weekdays.js';
import { partOfDay } from './part-of-day.js';
import { phoneKeyboard } from './phone-keyboard.js';
import { selfCorrection } from './self-correction.js';
import { weekdayAbbreviations } from './weekday-abbreviations.js';

/** The project's own test sets, one per family of time expressions (issue 17), scored by `npm run eval`. */
export const families: readonly Family[] = [
  namedDays,
  partOfDay,
  clockNotations,
  offsets,
  ordinalWeekdays,
  datesInWords,
  phoneKeyboard,
  weekdayAbbreviations,
  selfCorrection,
  deadlines,
];

export const familyExamples = () => families.flatMap(examplesOf);
