import type { Lang } from '../contract.js';

/**
 * Words of the time grammar and of the normaliser, per language, in folded form (lowercase,
 * no accents). Kept apart from the grammar so the rules read as patterns, not as word lists.
 */

/** Words that seat people, after which "for 4" is a party rather than a time ("a table for 4"). */
export const englishSeatingWords: readonly string[] = [
  'table',
  'tables',
  'seats',
  'lunch',
  'dinner',
  'breakfast',
  'brunch',
  'drinks',
  'restaurant',
  'reservation',
  'pub',
];

/** Words counting people after a number ("6 persone", "4 people"): a head count, never an hour. */
export const headcountWords: ReadonlySet<string> = new Set([
  ...['persone', 'persona', 'coperti', 'ospiti'],
  ...['people', 'persons', 'guests', 'pax'],
]);

/** 0 = Sunday ... 6 = Saturday (JavaScript's numbering). */
export const weekdays: Record<Lang, Record<string, number>> = {
  it: {
    domenica: 0,
    lunedi: 1,
    martedi: 2,
    mercoledi: 3,
    giovedi: 4,
    venerdi: 5,
    sabato: 6,
    domeniche: 0,
    sabati: 6,
  },
  en: {
    sunday: 0,
    monday: 1,
    tuesday: 2,
    wednesday: 3,
    thursday: 4,
    friday: 5,
    saturday: 6,
    sundays: 0,
    mondays: 1,
    tuesdays: 2,
    wednesdays: 3,
    thursdays: 4,
    fridays: 5,
    saturdays: 6,
    sun: 0,
    mon: 1,
    tue: 2,
    tues: 2,
    wed: 3,
    weds: 3,
    thu: 4,
    thur: 4,
    thurs: 4,
    fri: 5,
    sat: 6,
  },
};

/** Abbreviations that are also ordinary words ("sat", "wed"): only read after a preposition. */
export const weekdayAbbreviations: Record<Lang, readonly string[]> = {
  it: [],
  en: ['sun', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat'],
};

export const months: Record<Lang, Record<string, number>> = {
  it: {
    gennaio: 1,
    febbraio: 2,
    marzo: 3,
    aprile: 4,
    maggio: 5,
    giugno: 6,
    luglio: 7,
    agosto: 8,
    settembre: 9,
    ottobre: 10,
    novembre: 11,
    dicembre: 12,
    gen: 1,
    genn: 1,
    feb: 2,
    febb: 2,
    mar: 3,
    apr: 4,
    mag: 5,
    giu: 6,
    giug: 6,
    lug: 7,
    lugl: 7,
    ago: 8,
    set: 9,
    sett: 9,
    ott: 10,
    nov: 11,
    dic: 12,
  },
  en: {
    january: 1,
    february: 2,
    march: 3,
    april: 4,
    may: 5,
    june: 6,
    july: 7,
    august: 8,
    september: 9,
    october: 10,
    november: 11,
    december: 12,
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    sept: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
};

/** Full month names: a month named alone ("a dicembre") must not be an abbreviation ("mar"). */
export const fullMonthNames: Record<Lang, readonly string[]> = {
  it: Object.keys(months.it).filter((m) => m.length > 4),
  en: Object.keys(months.en).filter((m) => m.length > 3 || m === 'may'),
};

export function weekdayNumber(word: string, lang: Lang): number | undefined {
  return weekdays[lang][word];
}

export function monthNumber(word: string, lang: Lang): number | undefined {
  return months[lang][word];
}

const italianNumbers = (): Map<string, string> => {
  const units: [string, number][] = [
    ['due', 2],
    ['tre', 3],
    ['quattro', 4],
    ['cinque', 5],
    ['sei', 6],
    ['sette', 7],
    ['otto', 8],
    ['nove', 9],
  ];
  const map = new Map<string, string>([
    ...units.map(([w, n]): [string, string] => [w, String(n)]),
    ['dieci', '10'],
    ['undici', '11'],
    ['dodici', '12'],
    ['tredici', '13'],
    ['quattordici', '14'],
    ['quindici', '15'],
    ['sedici', '16'],
    ['diciassette', '17'],
    ['diciotto', '18'],
    ['diciannove', '19'],
  ]);
  const tens: [string, number][] = [
    ['venti', 20],
    ['trenta', 30],
    ['quaranta', 40],
    ['cinquanta', 50],
  ];
  for (const [ten, t] of tens) {
    map.set(ten, String(t));
    for (const [unit, u] of [['uno', 1] as [string, number], ...units]) {
      // venti + otto -> ventotto, trenta + uno -> trentuno
      const word = /^[aeiou]/.test(unit) ? ten.slice(0, -1) + unit : ten + unit;
      map.set(word, String(t + u));
    }
  }
  // "duemilaventisette": a year said in words
  for (const [word, n] of [...map, ['', '0'], ['uno', '1']]) map.set(`duemila${word}`, String(2000 + Number(n)));
  return map;
};

const englishNumbers = (): Map<string, string> => {
  const words = [
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ];
  const map = new Map(words.map((w, i): [string, string] => [w, String(i + 1)]));
  map.set('thirty', '30');
  map.set('forty', '40');
  map.set('fifty', '50');
  return map;
};

export const numberWords: Record<Lang, Map<string, string>> = { it: italianNumbers(), en: englishNumbers() };

/** English ordinal words as the grammar reads numbered ones: "ninth" -> "9 th" ("first" stays a word). */
function englishOrdinals(): [string, string][] {
  const units = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'];
  const more = ['seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
  const suffix = (n: number): string =>
    n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  const out: [string, string][] = [];
  units.forEach((w, n) => {
    if (n >= 2) out.push([w, `${n} ${suffix(n)}`]);
  });
  [...teens, ...more].forEach((w, k) => out.push([w, `${k + 10} ${suffix(k + 10)}`]));
  out.push(['thirtieth', '30 th']);
  return out;
}

/** Chat shorthand and frequent misspellings, mapped to the word the grammar knows. */
export const typoFixes: Record<Lang, Map<string, string>> = {
  it: new Map([
    ['dmn', 'domani'],
    ['dopodmn', 'dopodomani'],
    ['x', 'per'],
    ['d', 'di'],
    ['k', 'che'],
    ['ke', 'che'],
    ['cn', 'con'],
    ['nn', 'non'],
    ['cs', 'cosa'],
    ['gg', 'giorni'],
    ['pom', 'pomeriggio'],
    ['pome', 'pomeriggio'],
    ['mezzora', "mezz' ora"],
    ['mezzoretta', "mezz' ora"],
    ['prox', 'prossimo'],
    ['all', 'alle'],
    ['ale', 'alle'],
    ['xke', 'perche'],
    ['xche', 'perche'],
    ['cmq', 'comunque'],
    ['qnd', 'quando'],
    ['promem', 'promemoria'],
    ['appuntam', 'appuntamento'],
    ['appunt', 'appuntamento'],
    ['stamani', 'stamattina'],
    ['stamane', 'stamattina'],
    ['mezzodi', 'mezzogiorno'],
    ['qlc', 'qualche'],
    ['qlcs', 'qualcosa'],
    ['qcs', 'qualcosa'],
    ['sn', 'sono'],
    ['tt', 'tutto'],
    ['xo', 'pero'],
    ['ki', 'chi'],
    ['cm', 'come'],
    ['dv', 'dove'],
    ['nnt', 'niente'],
    ['grz', 'grazie'],
    // a cancel verb typed with one consonant where Italian doubles it (play-test 7)
    ['anulla', 'annulla'],
    ['anullala', 'annullala'],
    ['anullalo', 'annullalo'],
    ['anullare', 'annullare'],
    ['cancela', 'cancella'],
    ['cancelala', 'cancellala'],
    ['cancelalo', 'cancellalo'],
    ['domatina', 'domattina'],
    ['stasra', 'stasera'],
    ['dopopranzo', 'dopo pranzo'],
    // "un'oretta", "mezz'oretta": about an hour, half an hour
    ['oretta', 'ora'],
    ['orette', 'ore'],
  ]),
  en: new Map([
    ['tmrw', 'tomorrow'],
    ['tmr', 'tomorrow'],
    ['tmw', 'tomorrow'],
    ['tmrrw', 'tomorrow'],
    ['tomoro', 'tomorrow'],
    ['tommorow', 'tomorrow'],
    ['tommorrow', 'tomorrow'],
    ['tomorrows', 'tomorrow'],
    ['tmrws', 'tomorrow'],
    ['tonite', 'tonight'],
    ['tonights', 'tonight'],
    ['todays', 'today'],
    ['pls', 'please'],
    ['plz', 'please'],
    ['plse', 'please'],
    ['u', 'you'],
    ['ye', 'you'],
    // Southern US "yall", Irish and Australian "youse": the office addressed
    ['yall', 'you'],
    ['youse', 'you'],
    ['ur', 'your'],
    ['thx', 'thanks'],
    ['thnx', 'thanks'],
    ['ty', 'thanks'],
    ['tnx', 'thanks'],
    ['thanx', 'thanks'],
    ['thks', 'thanks'],
    ['hrs', 'hours'],
    ['hr', 'hour'],
    ['mins', 'minutes'],
    ['wk', 'week'],
    // slips of the thumb on the words a request turns on (batch 21)
    ['wek', 'week'],
    ['cancle', 'cancel'],
    ['cancell', 'cancel'],
    ['calender', 'calendar'],
    ['remnd', 'remind'],
    ['tomrrow', 'tomorrow'],
    ['wks', 'weeks'],
    ['nxt', 'next'],
    ['wensday', 'wednesday'],
    ['wedensday', 'wednesday'],
    ['eod', 'end of day'],
    ['eow', 'end of week'],
    ['eom', 'end of month'],
    ['eoq', 'end of quarter'],
    ['cob', 'end of day'],
    ['midday', 'noon'],
    ['appt', 'appointment'],
    ['whats', "what 's"],
    ['thats', "that 's"],
    ['lunchtime', 'lunch time'],
    ['dinnertime', 'dinner time'],
    ['2morrow', 'tomorrow'],
    ['2moro', 'tomorrow'],
    ['2day', 'today'],
    ['2nite', 'tonight'],
    ['2night', 'tonight'],
    ['nite', 'night'],
    ['morn', 'morning'],
    ['arvo', 'afternoon'],
    ['brekkie', 'breakfast'],
    ['brekky', 'breakfast'],
    ['b4', 'before'],
    ['l8r', 'later'],
    ['r', 'are'],
    ['thru', 'through'],
    ['n', 'and'],
    ['til', 'till'],
    ['noonish', 'noon'],
    ...englishOrdinals(),
  ]),
};
