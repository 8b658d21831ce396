import { addDays, compareDates, easterSunday, nthWeekdayOfMonth, type CalendarDate } from '../../kernel/time.js';
import type { Lang } from '../contract.js';

/**
 * Named days: fixed dates, days counted from Easter (computed each year) and nth weekdays of a
 * month. Each language's words (folded, as the grammar reads them) point at one entry.
 */
type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'nth'; month: number; weekday: number; n: number; offset?: number };

const fixed = (month: number, day: number): HolidayRule => ({ kind: 'fixed', month, day });
const easter = (offset: number): HolidayRule => ({ kind: 'easter', offset });
const nth = (month: number, weekday: number, n: number, offset = 0): HolidayRule => ({
  kind: 'nth',
  month,
  weekday,
  n,
  offset,
});

const HOLIDAYS: Record<string, HolidayRule> = {
  newYear: fixed(1, 1),
  epiphany: fixed(1, 6),
  groundhog: fixed(2, 2),
  valentine: fixed(2, 14),
  womensDay: fixed(3, 8),
  aprilFools: fixed(4, 1),
  earthDay: fixed(4, 22),
  stGeorge: fixed(4, 23),
  cincoDeMayo: fixed(5, 5),
  juneteenth: fixed(6, 19),
  stJohn: fixed(6, 24),
  stsPeterPaul: fixed(6, 29),
  stJanuarius: fixed(9, 19),
  stAndrew: fixed(11, 30),
  remembrance: fixed(11, 11),
  stAmbrose: fixed(12, 7),
  stPatrick: fixed(3, 17),
  fathersDayIt: fixed(3, 19),
  liberation: fixed(4, 25),
  labour: fixed(5, 1),
  republic: fixed(6, 2),
  independence: fixed(7, 4),
  ferragosto: fixed(8, 15),
  halloween: fixed(10, 31),
  allSaints: fixed(11, 1),
  allSouls: fixed(11, 2),
  guyFawkes: fixed(11, 5),
  immaculate: fixed(12, 8),
  christmasEve: fixed(12, 24),
  christmas: fixed(12, 25),
  boxingDay: fixed(12, 26),
  newYearsEve: fixed(12, 31),
  carnivalThursday: easter(-52),
  carnivalTuesday: easter(-47),
  ashWednesday: easter(-46),
  palmSunday: easter(-7),
  goodFriday: easter(-2),
  holySaturday: easter(-1),
  easter: easter(0),
  easterMonday: easter(1),
  ascension: easter(39),
  pentecost: easter(49),
  whitMonday: easter(50),
  corpusDomini: easter(60),
  mothersDay: nth(5, 0, 2),
  memorialDay: nth(5, 1, -1),
  fathersDayEn: nth(6, 0, 3),
  labourDayUs: nth(9, 1, 1),
  thanksgiving: nth(11, 4, 4),
  blackFriday: nth(11, 4, 4, 1),
  cyberMonday: nth(11, 4, 4, 4),
  mlkDay: nth(1, 1, 3),
  presidentsDay: nth(2, 1, 3),
  columbusDay: nth(10, 1, 2),
  earlyMayBankHoliday: nth(5, 1, 1),
  springBankHoliday: nth(5, 1, -1),
  summerBankHoliday: nth(8, 1, -1),
  remembranceSunday: nth(11, 0, 2),
};

/** Words per language, folded as the grammar reads them ("festa del papa", "valentine 's day"). */
export const holidayWords: Record<Lang, Record<string, string>> = {
  it: {
    capodanno: 'newYear',
    "primo dell' anno": 'newYear',
    "primo giorno dell' anno": 'newYear',
    epifania: 'epiphany',
    befana: 'epiphany',
    'san valentino': 'valentine',
    'festa degli innamorati': 'valentine',
    'san patrizio': 'stPatrick',
    'festa del papa': 'fathersDayIt',
    'san giuseppe': 'fathersDayIt',
    liberazione: 'liberation',
    'festa della liberazione': 'liberation',
    'festa del lavoro': 'labour',
    'festa dei lavoratori': 'labour',
    'primo maggio': 'labour',
    'festa della repubblica': 'republic',
    ferragosto: 'ferragosto',
    halloween: 'halloween',
    // Italians in North America: "il giorno del ringraziamento", or the English name
    'giorno del ringraziamento': 'thanksgiving',
    'il ringraziamento': 'thanksgiving',
    'festa del ringraziamento': 'thanksgiving',
    thanksgiving: 'thanksgiving',
    ognissanti: 'allSaints',
    'tutti i santi': 'allSaints',
    'giorno dei morti': 'allSouls',
    'commemorazione dei defunti': 'allSouls',
    'festa dei morti': 'allSouls',
    immacolata: 'immaculate',
    "festa dell' immacolata": 'immaculate',
    'vigilia di natale': 'christmasEve',
    vigilia: 'christmasEve',
    natale: 'christmas',
    'giorno di natale': 'christmas',
    'santo stefano': 'boxingDay',
    'san silvestro': 'newYearsEve',
    'vigilia di capodanno': 'newYearsEve',
    "ultimo dell' anno": 'newYearsEve',
    'giovedi grasso': 'carnivalThursday',
    'martedi grasso': 'carnivalTuesday',
    carnevale: 'carnivalTuesday',
    'mercoledi delle ceneri': 'ashWednesday',
    'domenica delle palme': 'palmSunday',
    'venerdi santo': 'goodFriday',
    'sabato santo': 'holySaturday',
    pasqua: 'easter',
    'domenica di pasqua': 'easter',
    pasquetta: 'easterMonday',
    "lunedi dell' angelo": 'easterMonday',
    'lunedi di pasqua': 'easterMonday',
    pentecoste: 'pentecost',
    'festa della mamma': 'mothersDay',
    'festa della donna': 'womensDay',
    'giornata della donna': 'womensDay',
    'giornata internazionale della donna': 'womensDay',
    'san giovanni': 'stJohn',
    'santi pietro e paolo': 'stsPeterPaul',
    'san pietro e paolo': 'stsPeterPaul',
    'san gennaro': 'stJanuarius',
    "sant' ambrogio": 'stAmbrose',
    ascensione: 'ascension',
    'corpus domini': 'corpusDomini',
    "pesce d' aprile": 'aprilFools',
  },
  en: {
    "new year 's day": 'newYear',
    'new years day': 'newYear',
    'new year day': 'newYear',
    "new year 's": 'newYear',
    epiphany: 'epiphany',
    "valentine 's day": 'valentine',
    'valentines day': 'valentine',
    'valentine day': 'valentine',
    "valentine 's": 'valentine',
    "st patrick 's day": 'stPatrick',
    "saint patrick 's day": 'stPatrick',
    'independence day': 'independence',
    'fourth of july': 'independence',
    halloween: 'halloween',
    "all saints ' day": 'allSaints',
    'all saints day': 'allSaints',
    'bonfire night': 'guyFawkes',
    'guy fawkes night': 'guyFawkes',
    'christmas eve': 'christmasEve',
    'xmas eve': 'christmasEve',
    christmas: 'christmas',
    'christmas day': 'christmas',
    xmas: 'christmas',
    'boxing day': 'boxingDay',
    // Ireland's name for it
    "st stephen 's day": 'boxingDay',
    'st stephens day': 'boxingDay',
    "saint stephen 's day": 'boxingDay',
    "new year 's eve": 'newYearsEve',
    'new years eve': 'newYearsEve',
    'new year eve': 'newYearsEve',
    'shrove tuesday': 'carnivalTuesday',
    'pancake day': 'carnivalTuesday',
    'mardi gras': 'carnivalTuesday',
    'ash wednesday': 'ashWednesday',
    'palm sunday': 'palmSunday',
    'good friday': 'goodFriday',
    easter: 'easter',
    'easter sunday': 'easter',
    'easter day': 'easter',
    'easter monday': 'easterMonday',
    pentecost: 'pentecost',
    "mother 's day": 'mothersDay',
    'mothers day': 'mothersDay',
    'memorial day': 'memorialDay',
    "father 's day": 'fathersDayEn',
    'fathers day': 'fathersDayEn',
    'labor day': 'labourDayUs',
    thanksgiving: 'thanksgiving',
    'thanksgiving day': 'thanksgiving',
    'black friday': 'blackFriday',
    'cyber monday': 'cyberMonday',
    "women 's day": 'womensDay',
    "international women 's day": 'womensDay',
    'womens day': 'womensDay',
    "april fools ' day": 'aprilFools',
    "april fool 's day": 'aprilFools',
    'april fools day': 'aprilFools',
    'groundhog day': 'groundhog',
    'earth day': 'earthDay',
    "st george 's day": 'stGeorge',
    "saint george 's day": 'stGeorge',
    "st andrew 's day": 'stAndrew',
    "saint andrew 's day": 'stAndrew',
    'cinco de mayo': 'cincoDeMayo',
    juneteenth: 'juneteenth',
    'remembrance day': 'remembrance',
    'veterans day': 'remembrance',
    "veterans ' day": 'remembrance',
    'armistice day': 'remembrance',
    'remembrance sunday': 'remembranceSunday',
    'ascension day': 'ascension',
    'whit monday': 'whitMonday',
    whitsun: 'pentecost',
    'martin luther king day': 'mlkDay',
    'mlk day': 'mlkDay',
    "presidents ' day": 'presidentsDay',
    'presidents day': 'presidentsDay',
    "president 's day": 'presidentsDay',
    'columbus day': 'columbusDay',
    'may day': 'earlyMayBankHoliday',
    'early may bank holiday': 'earlyMayBankHoliday',
    'spring bank holiday': 'springBankHoliday',
    'august bank holiday': 'summerBankHoliday',
    'summer bank holiday': 'summerBankHoliday',
  },
};

export function isHoliday(name: string): boolean {
  return HOLIDAYS[name] !== undefined;
}

/** The holiday's date in a given year. */
export function holidayIn(name: string, year: number): CalendarDate | undefined {
  const rule = HOLIDAYS[name];
  if (rule === undefined) return undefined;
  switch (rule.kind) {
    case 'fixed':
      return { year, month: rule.month, day: rule.day };
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
    case 'nth': {
      const date = nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.n);
      return date === undefined ? undefined : addDays(date, rule.offset ?? 0);
    }
  }
}

/** The next occurrence: this year's, or next year's once past (today counts). */
export function nextHoliday(name: string, today: CalendarDate): CalendarDate | undefined {
  const thisYear = holidayIn(name, today.year);
  if (thisYear !== undefined && compareDates(thisYear, today) >= 0) return thisYear;
  return holidayIn(name, today.year + 1);
}
