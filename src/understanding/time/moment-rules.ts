import { clockComponent, makeClock, offsetComponent } from './build.js';
import { pattern, type GrammarRule, type Groups } from './grammar.js';
import type { Component, PartOfDay } from './spec.js';
import { weekdayNumber } from './lexicon.js';

/**
 * Moments of the day the contract names no time for, and counts it gives no number for (batch 18): dawn
 * 06:00, the middle of the morning 10:30, the end of the working day 17:00; late in the evening is the
 * night (22:00); "qualche", "alcuni", "a few" are two, as "qualche giorno prima" is two days; a four-digit
 * clock with a leading zero ("0930") is a time, as no year or amount is written so.
 */

const part = (name: PartOfDay) => (): Component => ({ kind: 'part', part: name, weak: false });

/** "stasera tardi", "late tonight", "late tomorrow night": the night of that day; "in tarda serata" the night */
const lateEvening = (g: Groups): Component => {
  const days = g.today !== undefined ? 0 : g.tomorrow !== undefined ? 1 : undefined;
  if (days === undefined) return { kind: 'part', part: 'night', weak: false };
  return { kind: 'dayPart', day: { kind: 'relative', days }, part: 'night' };
};

/** "tra qualche ora", "in a few minutes": two of the unit */
const fewOf = (g: Groups): Component | null => offsetComponent({ n: '2', u: g.u });

/** "0930", "h 0715": a 24-hour clock, not followed by more digits (a phone number) */
/** never a group of a phone number: no digits just before or after ("020 7946 0123") */
const LEADING_ZERO_CLOCK = String.raw`(?<!\d )(?<hh>0\d)(?<mm>[0-5]\d)(?! \d)`;
const compactClock = (g: Groups): Component => clockComponent(g.hh ?? '', g.mm);

/** an abbreviated weekday after the end of the day ("by eod thurs", "cob wed"), which alone would not read as one */
const WEEKDAY_ABBREVIATION = 'mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun';
const closeOfBusiness = (g: Groups): Component => {
  const weekday = g.w === undefined ? undefined : weekdayNumber(g.w, 'en');
  if (weekday === undefined) return { kind: 'part', part: 'closeOfBusiness', weak: false };
  return { kind: 'dayPart', day: { kind: 'weekday', weekday, nextWeek: false }, part: 'closeOfBusiness' };
};

/**
 * "party saturday from 9 till late", "festa dalle 9 fino a tardi": an event that runs on late starts in the
 * evening, a bare 5 to 11 is that evening's hour (leftovers 19); an am/pm said stays.
 */
const tillLate = (g: Groups): Component | null => {
  const evening = g.ap === undefined && Number(g.h) >= 5 && Number(g.h) <= 11;
  const clock = makeClock(g.h ?? '', g.m, {
    ...(g.ap !== undefined && { meridiem: g.ap === 'am' ? 'am' : 'pm' }),
    ...(evening && { period: 'evening' }),
  });
  return clock === undefined ? null : { kind: 'clock', clock, open: true };
};

export const italianMomentRules: readonly GrammarRule[] = [
  {
    name: 'from-till-late',
    re: pattern(String.raw`(?<p>dalle|dall') (?<h>\d{1,2})(?:[:.](?<m>[0-5]\d))? (?:fino a )?tardi`),
    build: tillLate,
  },
  // "alba" alone is a name: only after a preposition
  { name: 'dawn', re: pattern(String.raw`(?<p>all'|verso l'|prima dell'|dall') alba`), build: part('dawn') },
  {
    name: 'mid-morning',
    re: pattern(String.raw`(?:(?<p>a|verso|per|in) )?(?:la )?meta (?:mattina|mattinata)`),
    build: part('midMorning'),
  },
  {
    name: 'close-of-business',
    re: pattern(
      String.raw`(?:(?<p>a|entro|per|verso|in) )?(?:la )?fine (?:della )?giornata(?: lavorativa)?|(?:(?<p2>a|entro|per|verso|in) )?(?:l' )?orario di chiusura`,
    ),
    build: part('closeOfBusiness'),
  },
  {
    name: 'late-evening',
    re: pattern(
      String.raw`(?<today>stasera|questa sera|stanotte) (?:sul )?tardi|(?:sera|serata) (?:sul )?tardi|(?:(?<p>in|a|per|verso) )?tarda (?:serata|sera)`,
    ),
    build: lateEvening,
  },
  {
    name: 'few',
    re: pattern(
      String.raw`(?<p>tra|fra|entro) (?:qualche|alcuni|alcune|pochi|poche) (?<u>minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese)`,
    ),
    build: fewOf,
  },
  { name: 'clock-leading-zero', re: pattern(`(?:(?<p>h|ore|alle) )?${LEADING_ZERO_CLOCK}`), build: compactClock },
];

export const englishMomentRules: readonly GrammarRule[] = [
  {
    name: 'from-till-late',
    re: pattern(
      String.raw`(?<p>from) (?<h>\d{1,2})(?:[:.](?<m>[0-5]\d))?(?: (?<ap>am|pm))? (?:till|until|til|to) late`,
    ),
    build: tillLate,
  },
  // "dawn" alone is a name: only after a preposition
  {
    name: 'dawn',
    re: pattern(String.raw`(?<p>at|around|by|before|from) (?:the crack of dawn|dawn|daybreak|first light|sunrise)`),
    build: part('dawn'),
  },
  {
    name: 'mid-morning',
    re: pattern(String.raw`(?:(?<p>at|around|by|from|in the) )?(?:mid (?:- )?morning|midmorning)`),
    build: part('midMorning'),
  },
  {
    name: 'close-of-business',
    re: pattern(
      String.raw`(?:(?<p>at|by|before|around|until|till|for) )?(?:the )?(?:close of (?:play|business)|end of (?:the )?(?:business|working|work) day|end of business|end of (?:the )?day)(?: (?:on )?(?<w>${WEEKDAY_ABBREVIATION}))?(?![^ ])`,
    ),
    build: closeOfBusiness,
  },
  {
    name: 'late-evening',
    re: pattern(
      String.raw`late (?<today>tonight|this evening)|late (?<tomorrow>tomorrow) (?:night|evening)|late (?:in the evening|at night|evening)`,
    ),
    build: lateEvening,
  },
  {
    name: 'few',
    re: pattern(
      String.raw`(?<p>in|within) (?:a few|few) (?<u>minutes|mins|hours|hrs|days|weeks|months)|(?:a few) (?<u2>minutes|mins|hours|hrs|days|weeks|months) from now`,
    ),
    build: (g) => fewOf({ u: g.u ?? g.u2 }),
  },
  { name: 'clock-leading-zero', re: pattern(`(?:(?<p>at|@) )?${LEADING_ZERO_CLOCK}`), build: compactClock },
];
