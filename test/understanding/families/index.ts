import { examplesOf, type Family } from './calendar.js';
import { fresh1 } from './fresh-1.js';
import { fresh2 } from './fresh-2.js';
import { fresh3 } from './fresh-3.js';
import { fresh4 } from './fresh-4.js';
import { fresh5 } from './fresh-5.js';
import { fresh6 } from './fresh-6.js';
import { fresh7En } from './fresh-7-en.js';
import { fresh7It } from './fresh-7-it.js';
import { fresh7Probe } from './fresh-7-probe.js';
import { fresh7Round3 } from './fresh-7-round3.js';
import { fresh7Round4 } from './fresh-7-round4.js';
import { fresh7Round5 } from './fresh-7-round5.js';
import { fresh8Round1 } from './fresh-8-round1.js';
import { fresh8Round2 } from './fresh-8-round2.js';
import { fresh8Round3 } from './fresh-8-round3.js';
import { fresh8Round4 } from './fresh-8-round4.js';
import { corpus10Round1 } from './corpus-10-round1.js';
import { corpus10Round2 } from './corpus-10-round2.js';
import { corpus10Round3 } from './corpus-10-round3.js';
import { corpus10Round4 } from './corpus-10-round4.js';
import { corpus10Round5 } from './corpus-10-round5.js';
import { corpus10Round6 } from './corpus-10-round6.js';
import { corpus10Round7 } from './corpus-10-round7.js';
import { corpus14Round1 } from './corpus-14-round1.js';
import { corpus14Round2 } from './corpus-14-round2.js';
import { corpus14Round3 } from './corpus-14-round3.js';
import { corpus14Round4 } from './corpus-14-round4.js';
import { corpus14Round5 } from './corpus-14-round5.js';
import { corpus14Round6 } from './corpus-14-round6.js';
import { corpus14Round7 } from './corpus-14-round7.js';
import { corpus16Round1 } from './corpus-16-round1.js';
import { corpus16Round2 } from './corpus-16-round2.js';
import { corpus16Round3 } from './corpus-16-round3.js';
import { corpus16Round4 } from './corpus-16-round4.js';
import { corpus16Round5 } from './corpus-16-round5.js';
import { corpus16Round6 } from './corpus-16-round6.js';
import { corpus17Round1 } from './corpus-17-round1.js';
import { corpus17Round2 } from './corpus-17-round2.js';
import { corpus17Round3 } from './corpus-17-round3.js';
import { corpus18Round1 } from './corpus-18-round1.js';
import { corpus18Round2 } from './corpus-18-round2.js';
import { corpus18Round3 } from './corpus-18-round3.js';
import { corpus18Round4 } from './corpus-18-round4.js';
import { corpus22Round1 } from './corpus-22-round1.js';
import { corpus22Round2 } from './corpus-22-round2.js';
import { corpus22Round3 } from './corpus-22-round3.js';
import { corpus22Round4 } from './corpus-22-round4.js';
import { corpus22Round5 } from './corpus-22-round5.js';
import { corpus22Round6 } from './corpus-22-round6.js';
import { corpus22Round7 } from './corpus-22-round7.js';
import { corpus22Round8 } from './corpus-22-round8.js';
import { corpus22Round9 } from './corpus-22-round9.js';
import { corpus22Round10 } from './corpus-22-round10.js';
import { corpus22Round11 } from './corpus-22-round11.js';
import { requestGrammar } from './request-grammar.js';
import { requestGrammar2 } from './request-grammar-2.js';
import { fresh9Round1 } from './fresh-9-round1.js';
import { fresh9Round2 } from './fresh-9-round2.js';
import { fresh9Round3 } from './fresh-9-round3.js';
import { fresh9Round4 } from './fresh-9-round4.js';
import { fresh9Round5 } from './fresh-9-round5.js';
import { fresh12EnRound1 } from './fresh-12-en-round1.js';
import { fresh12EnRound2 } from './fresh-12-en-round2.js';
import { fresh12EnRound3 } from './fresh-12-en-round3.js';
import { fresh12EnRound4 } from './fresh-12-en-round4.js';
import { fresh12EnRound5 } from './fresh-12-en-round5.js';
import { fresh12EnRound6 } from './fresh-12-en-round6.js';
import { fresh12 } from './fresh-12.js';
import { fresh15Round1 } from './fresh-15-round1.js';
import { fresh15Round2 } from './fresh-15-round2.js';
import { fresh15Round3 } from './fresh-15-round3.js';
import { convFollow } from './conv-follow.js';
import { refsAndWindows } from './refs-and-windows.js';
import { fresh16It } from './fresh-16-it.js';
import { fresh18It } from './fresh-18-it.js';
import { fresh17EnRound1 } from './fresh-17-en-round1.js';
import { fresh17EnRound2 } from './fresh-17-en-round2.js';
import { fresh17EnRound3 } from './fresh-17-en-round3.js';
import { fresh17EnRound4 } from './fresh-17-en-round4.js';
import { fresh18En } from './fresh-18-en.js';
import { fresh20It } from './fresh-20-it.js';
import { fresh21It } from './fresh-21-it.js';
import { fresh21En } from './fresh-21-en.js';
import { leftovers18, leftovers18Round2 } from './leftovers-18.js';
import { leftovers19, leftovers19Round2 } from './leftovers-19.js';
import { texts21 } from './texts-21.js';
import { fresh22It } from './fresh-22-it.js';
import { officeAppointments } from './office-appointments.js';
import { fresh22Noisy } from './fresh-22-noisy.js';
import { fresh19 } from './fresh-19.js';
import { clockNotations } from './clock-notations.js';
import { corpusStyle } from './corpus-style.js';
import { corpusStyle2 } from './corpus-style-2.js';
import { corpusStyle3 } from './corpus-style-3.js';
import { datesInWords } from './dates-in-words.js';
import { deadlines } from './deadlines.js';
import { namedDays } from './named-days.js';
import { offsets } from './offsets.js';
import { ordinalWeekdays } from './ordinal-weekdays.js';
import { partOfDay } from './part-of-day.js';
import { phoneKeyboard } from './phone-keyboard.js';
import { realisticEvening } from './realistic-evening.js';
import { holdoutEn, holdoutIt } from './realistic-holdout.js';
import { realisticEn } from './realistic-en.js';
import { realisticIt } from './realistic-it.js';
import { selfCorrection } from './self-correction.js';
import { weekdayAbbreviations } from './weekday-abbreviations.js';
import { fresh22En } from './fresh-22-en.js';

/**
 * The project's own test sets, scored by `npm run eval`: one per family of time expressions (issue 17),
 * realistic client messages in each language, and bare time expressions wrapped in reminders.
 */
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
  realisticIt,
  realisticEn,
  realisticEvening,
  corpusStyle,
  corpusStyle2,
  corpusStyle3,
  holdoutIt,
  holdoutEn,
  ...fresh1,
  ...fresh2,
  ...fresh3,
  ...fresh4,
  ...fresh5,
  ...fresh6,
  ...fresh7It,
  ...fresh7En,
  ...fresh7Probe,
  ...fresh7Round3,
  ...fresh7Round4,
  ...fresh7Round5,
  ...fresh8Round1,
  ...fresh8Round2,
  ...fresh8Round3,
  ...fresh8Round4,
  ...corpus10Round1,
  ...corpus10Round2,
  ...corpus10Round3,
  ...corpus10Round4,
  ...corpus10Round5,
  ...corpus10Round6,
  ...corpus10Round7,
  ...corpus14Round1,
  ...corpus14Round2,
  ...corpus14Round3,
  ...corpus14Round4,
  ...corpus14Round5,
  ...corpus14Round6,
  ...corpus14Round7,
  ...corpus16Round1,
  ...corpus16Round2,
  ...corpus16Round3,
  ...corpus16Round4,
  ...corpus16Round5,
  ...corpus16Round6,
  ...corpus17Round1,
  ...corpus17Round2,
  ...corpus17Round3,
  ...corpus18Round1,
  ...corpus18Round2,
  ...corpus18Round3,
  ...corpus18Round4,
  ...corpus22Round1,
  ...corpus22Round2,
  ...corpus22Round3,
  ...corpus22Round4,
  ...corpus22Round5,
  ...corpus22Round6,
  ...corpus22Round7,
  ...corpus22Round8,
  ...corpus22Round9,
  ...corpus22Round10,
  ...corpus22Round11,
  ...requestGrammar,
  ...requestGrammar2,
  ...fresh9Round1,
  ...fresh9Round2,
  ...fresh9Round3,
  ...fresh9Round4,
  ...fresh9Round5,
  ...fresh12EnRound1,
  ...fresh12EnRound2,
  ...fresh12EnRound3,
  ...fresh12EnRound4,
  ...fresh12EnRound5,
  ...fresh12EnRound6,
  ...fresh12,
  ...fresh15Round1,
  ...fresh15Round2,
  ...fresh15Round3,
  ...refsAndWindows,
  ...fresh16It,
  ...convFollow,
  ...fresh17EnRound1,
  ...fresh17EnRound2,
  ...fresh17EnRound3,
  ...fresh17EnRound4,
  ...fresh18En,
  ...fresh20It,
  ...fresh21En,
  ...leftovers18,
  ...leftovers18Round2,
  ...fresh18It,
  ...leftovers19,
  ...leftovers19Round2,
  ...fresh19,
  ...fresh21It,
  ...texts21,
  ...fresh22It,
  ...fresh22En,
  ...officeAppointments,
  ...fresh22Noisy,
];

export const familyExamples = () => families.flatMap(examplesOf);
