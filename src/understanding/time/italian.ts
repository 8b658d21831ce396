import { italianPeriodRules } from './period-rules.js';
import { italianMomentRules } from './moment-rules.js';
import { alternatives, pattern, type GrammarRule, type Groups } from './grammar.js';
import { italianRecurrenceRules } from './italian-recurrence.js';
import { italianWeekRules } from './weeks.js';
import { italianRangeRules } from './italian-ranges.js';
import { italianBareMinutes } from './bare-minutes.js';
import {
  italianClockRules,
  italianCountRules,
  italianMonthEdgeRules,
  italianNthRecurrence,
  italianUnreadRecurrence,
  setItalianAnchorRules,
} from './italian-days.js';
import { fragments, italianAbbreviatedWeekday } from './fragments.js';
import { monthNumber, weekdayNumber } from './lexicon.js';
import {
  partComponent,
  INVALID,
  INVALID_TIME,
  invalid,
  amountComponent,
  beforeComponent,
  clockComponent,
  dayOfMonth,
  fullYear,
  minuteModifier,
  offsetComponent,
  periodOf,
  sameTimeNext,
  compoundOffset,
} from './build.js';
import type { Component, PartOfDay } from './spec.js';

/** The Italian time grammar. Patterns read the folded text: "lunedi", "l' una", "mezz' ora". */

const { WD, WD_ABBR, MONTH, FULL_MONTH } = fragments.it;
/** words after an abbreviated weekday that make it one ("mer alle 10", "ven pomeriggio"): "mar" is also March */
const ABBR_NEXT = String.raw`(?= (?:alle|all'|per le|ore|h|verso|mattina|pomeriggio|sera|notte|prossimo|prossima|a pranzo|a cena|,|\d{1,2}(?:[:.]\d{2})?-\d{1,2}(?:[:.]\d{2})?)(?![^ ]))`;
const DAY_NUM = String.raw`\d{1,2}|primo`;
/** "ho il primo paziente alle 8": "primo" before a noun is an ordinal, no day (a time word or a month may follow) */
const NOT_ORDINAL = String.raw`(?! (?!(?:alle|ore|verso|dopo|prima|entro|mattina|mattino|pomeriggio|sera|notte|mese|${MONTH})(?![^ ]))[a-z]{3,}[oe](?![^ ]))`;

const MOD = (s = ''): string =>
  String.raw`(?: (?<mod${s}>e mezza|e mezzo|e un quarto|e 3 quarti|meno un quarto)| e (?<emin${s}>\d{1,2})(?: minuti)?| meno (?<mmin${s}>\d{1,2})(?: minuti)?)?`;
/** "15:30", "9.15", "16,30" (after a clock word), "16:30:00" (seconds dropped), "15h30" */
const CLOCK = (s = ''): string =>
  String.raw`(?<h${s}>\d{1,2})(?:[:.,](?<m${s}>\d{2})(?:[:.]\d{2})?| h (?<hm${s}>\d{2}))?${MOD(s)}`;
const PERIOD = String.raw`del mattino presto|di mattina|del mattino|della mattina|di mattino|la mattina|in mattinata|di pomeriggio|del pomeriggio|nel pomeriggio|il pomeriggio|di sera|della sera|la sera|in serata|di notte|della notte|la notte`;
const CLOCK_PREP = String.raw`alle ore|alle|all'|verso le|per le|intorno alle|entro le|dopo le|prima delle|delle|dalle|a partire dalle|fino alle|ore|(?<!(?:^| )\d{1,2} )h(?: \.)?`;
/** "scade il 5", "la scadenza è il 20": the day a duty is due, a deadline as "entro il 5" is */
const DUE_PREP = String.raw`scade il|scade l'|scadono il|scadono l'|scadenza il|scadenza è il|scadenza e il`;
const DATE_PREP = String.raw`${DUE_PREP}|il giorno|il|l'|al|all'|per il|per l'|entro il|entro l'|dal|dall'|del|dell'|di|per|a|entro|fino al|fino all'|a partire dal|a partire dall'|prima del|dopo il`;
const DAY_PREP = String.raw`per|da|entro|fino a|di|a|a partire da|dopo|prima di|entro e non oltre`;
/** a deadline or start before an abbreviated weekday makes it one: "entro ven", "fino a gio" */
const ABBR_PREP = String.raw`entro|entro e non oltre|fino a|fino al|a partire da|prima di`;
const WD_PREP = String.raw`di|il|per|entro|a|al|da|dal|per il|entro il|fino a|fino al|entro e non oltre|a partire da|prima di|dopo`;
const QTY = String.raw`(?:(?<n>\d+(?:[.,]\d+)?|un|una|uno|un'|un paio di|un paio d'|una (?:decina|dozzina|quindicina|ventina|trentina|quarantina) di) (?<u>minuti|minuto|min|ore|ora|h|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)(?: e (?<half>mezza|mezzo|1/2)| e (?<quarter>un quarto|3 quarti)| e (?<extra>\d{1,2})(?: (?:minuti|min)|(?= [^ ]+)(?! (?:ore|ora|h|giorni|giorno|settimane|settimana|mesi|mese|anni|anno|secondi|persone)(?![^ ]))|$))?|(?<sp>(?:una )?mezz' ora|mezza ora|(?:un )?quarto d' ora|(?:un )?quarto di ora|1/4 d' ora|1/4 di ora|1/4 h|1/4 ora|3 quarti d' ora|3 quarti di ora|3/4 d' ora|3/4 h))`;
/** after "tra"/"fra" a number before "sett" counts weeks ("tra 2 sett"), never 2 September */
const OFFSET_QTY = QTY.replace('settimana|', 'settimana|sett|');

const PARTS: Record<string, PartOfDay> = {
  mattina: 'morning',
  mattino: 'morning',
  mattinata: 'morning',
  mezzogiorno: 'noon',
  pranzo: 'lunch',
  pomeriggio: 'afternoon',
  'tardo pomeriggio': 'lateAfternoon',
  'tarda mattinata': 'lateMorning',
  'tarda mattina': 'lateMorning',
  'primo pomeriggio': 'afterLunch',
  sera: 'evening',
  serata: 'evening',
  notte: 'night',
  nottata: 'night',
  mezzanotte: 'midnight',
  cena: 'dinner',
  colazione: 'breakfast',
};
const MEALS = new Set(['pranzo', 'cena', 'colazione']);
/** A meal is a time only after these ("a cena", "per pranzo"); otherwise it is a noun that colours a bare hour. */
const MEAL_TIME_PREPS = new Set(['a', 'per', "all' ora di", "verso l' ora di", "per l' ora di", 'verso', 'in']);

function dateComponent(g: Groups, month: number | undefined): Component | null {
  const day = dayOfMonth(g.d);
  if (month === undefined || month < 1 || month > 12) return null;
  if (day === undefined) return INVALID;
  const year = fullYear(g.y);
  return { kind: 'day', day: year === undefined ? { kind: 'date', day, month } : { kind: 'date', day, month, year } };
}

export const italianRules: readonly GrammarRule[] = [
  ...italianPeriodRules,
  ...italianMomentRules,
  italianNthRecurrence,
  ...italianRecurrenceRules,
  ...italianCountRules,
  ...italianMonthEdgeRules,
  ...italianWeekRules,
  {
    // a day already gone: the conversation says so instead of moving it forward
    name: 'past-day',
    re: pattern(
      String.raw`(?:(?<p>di|da|per|a partire da) )?(?:l' altro ieri|altro ieri|ieri l' altro|ieri|(?:la )?(?:settimana scorsa|scorsa settimana)|(?:il |lo )?(?:mese scorso|scorso mese)|(?:l' )?anno scorso|(?:lo )?scorso anno|(?:il |la )?(?:${WD}) scors[oa]|(?:lo |la )?scors[oa] (?:${WD}))`,
    ),
    build: () => invalid('past'),
  },
  {
    // "tra 1 settimana e 2 giorni", "fra 2 giorni e 3 ore"
    name: 'offset-compound',
    re: pattern(
      String.raw`(?<p>tra|fra|entro|in) (?<n1>\d+|una|un) (?<u1>settimane|settimana|giorni|giorno) e (?<n2>\d+|una|un) (?<u2>giorni|giorno|ore|ora)`,
    ),
    build: compoundOffset,
  },
  italianBareMinutes,
  {
    name: 'offset',
    re: pattern(
      String.raw`(?<p>tra|fra|entro|in|dopo|nel giro di|tra circa|fra circa|entro circa) ${OFFSET_QTY}(?: esatt[aeio]| precis[aeio])?`,
    ),
    build: offsetComponent,
  },
  {
    // "la settimana prossima a quest'ora", "a quest'ora il mese prossimo": the clock time it is now, a whole week or month on
    name: 'same-time-next',
    re: pattern(
      String.raw`(?:(?:a|alla) )?(?:quest' ora|questa ora|(?:la )?stessa ora) (?:(?:del|della|il|la|l') )?(?:(?<u>settimana|mese|anno) prossim[oa]|prossim[oa] (?<u2>settimana|mese|anno))|(?:(?:il|la|l') )?(?:(?<u3>settimana|mese|anno) prossim[oa]|prossim[oa] (?<u4>settimana|mese|anno)) (?:(?:a|alla) )?(?:quest' ora|questa ora|(?:la )?stessa ora)`,
    ),
    build: (g) => sameTimeNext(g.u ?? g.u2 ?? g.u3 ?? g.u4),
  },
  // "2 ore fa", "tre giorni fa": an amount counted back from now is gone, said so instead of read as a time
  { name: 'ago', re: pattern(String.raw`${QTY} fa`), build: () => invalid('past') },
  ...italianRangeRules,
  {
    // "dal 3 al 5 febbraio": the event starts on the first day
    name: 'date-range',
    re: pattern(
      String.raw`(?<p>dal|dall'|tra il|fra il) (?<d>${DAY_NUM})(?: °)? (?:al|all'|e il|fino al|fino all') (?<e>${DAY_NUM})(?: °)?(?: di)? (?<mon>${MONTH})(?: (?<y>\d{4}))?|(?<d2>\d{1,2})-(?<e2>\d{1,2}) (?<mon2>${MONTH})(?: (?<y2>\d{4}))?`,
    ),
    build: (g) => {
      const month = monthNumber(g.mon ?? g.mon2 ?? '', 'it');
      const y = g.y ?? g.y2;
      const first = dateComponent({ d: g.d ?? g.d2, y }, month);
      const last = dateComponent({ d: g.e ?? g.e2, y }, month);
      return first?.kind === 'day' && last?.kind === 'day' ? { ...first, lastDay: last.day } : first;
    },
  },
  {
    name: 'clock-range',
    re: pattern(
      String.raw`(?<p>dalle|dall'|tra le|fra le|da) ${CLOCK('1')} (?:(?:alle|all'|e le|a) ${CLOCK('2')}|(?:e|a) (?<noon>mezzogiorno))(?: (?<per>${PERIOD}))?`,
    ),
    build: (g) => {
      const period = periodOf(g.per);
      const start = clockComponent(g.h1 ?? '', g.m1 ?? g.hm1, { modifier: minuteModifier(g, '1'), period });
      // "tra le 11 e mezzogiorno" (batch 18)
      const end =
        g.noon === undefined
          ? clockComponent(g.h2 ?? '', g.m2 ?? g.hm2, { modifier: minuteModifier(g, '2'), period })
          : clockComponent('12', undefined);
      if (start.kind !== 'clock' || end.kind !== 'clock') return INVALID_TIME;
      return { kind: 'range', start: start.clock, end: end.clock };
    },
  },
  { name: 'before', re: pattern(String.raw`${QTY} (?:prima|in anticipo)`), build: beforeComponent },
  {
    // "per la prossima ora", "nella prossima mezz'ora": the hour (half hour) from now
    name: 'next-hour',
    re: pattern(String.raw`(?<p>per la|nella) prossima (?:(?<sp>mezz' ora|mezza ora)|ora)`),
    build: (g) => ({ kind: 'amount', minutes: g.sp === undefined ? 60 : 30 }),
  },
  {
    name: 'amount',
    // "alle 8 meno 3 minuti", "alle 15 ora di New York": the number belongs to the clock (whole words: not the end of "disturbare")
    // "per le prossime 2 ore", "nei prossimi 20 minuti": the amount from now
    re: pattern(
      String.raw`(?<!(?:^| )(?:meno|e|alle|le|dalle|delle|sulle) )(?:(?<p>di|per|da|per le prossime|per i prossimi|nelle prossime|nei prossimi) )?${QTY}(?! \d)`,
    ),
    build: amountComponent,
  },
  ...italianClockRules,
  {
    name: 'one-o-clock',
    re: pattern(String.raw`(?<p>all'|l'|dall'|per l'|verso l') una${MOD()}(?: (?<per>${PERIOD}))?`),
    build: (g) => clockComponent('1', undefined, { modifier: minuteModifier(g), period: periodOf(g.per) }),
  },
  {
    name: 'clock',
    re: pattern(String.raw`(?<p>${CLOCK_PREP}) ${CLOCK()}(?: h)?(?: in punto)?(?: (?<per>${PERIOD}))?`),
    build: (g) => clockComponent(g.h ?? '', g.m ?? g.hm, { modifier: minuteModifier(g), period: periodOf(g.per) }),
  },
  {
    name: 'iso-date',
    re: pattern(String.raw`(?:(?<p>${DATE_PREP}) )?(?<y>\d{4})(?<sep>[-/.])(?<mo>\d{1,2})\k<sep>(?<d>\d{1,2})`),
    build: (g) => dateComponent(g, Number(g.mo)),
  },
  {
    name: 'date',
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:(?:${WD}|${WD_ABBR})(?: \.)? )?(?<d>${DAY_NUM})(?: °)?(?: di| -)? (?<mon>${MONTH})(?: \.)?(?:(?: -| del| nel)? (?<y>\d{4}))?`,
    ),
    build: (g) => dateComponent(g, monthNumber(g.mon ?? '', 'it')),
  },
  {
    name: 'numeric-date',
    re: pattern(
      String.raw`(?:(?<p>${DATE_PREP}) )?(?:(?:${WD}|${WD_ABBR}) )?(?<d>\d{1,2})(?<sep>[/.-])(?<mo>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?! h(?![^ ])(?! \d)| d' ora| di ora| ora)`,
    ),
    build: (g) => {
      // "9.15" is a time, "3.12" a date; "9-11" is too ambiguous without a year, "il 20-02" is not
      const dashed = /^0\d$/.test(g.mo ?? '') || /(^| )il$/.test(g.p ?? '');
      if (g.sep === '-' && g.y === undefined && !dashed) return null;
      if (g.sep === '.' && (Number(g.mo) > 12 || Number(g.d) > 31)) return null;
      // "12/25" has no 25th month: written month first
      if (Number(g.mo) > 12 && Number(g.d) <= 12) return dateComponent({ ...g, d: g.mo }, Number(g.d));
      return dateComponent(g, Number(g.mo));
    },
  },
  {
    name: 'day-part-word',
    re: pattern(
      // "domattina presto": the word says when, it is no part of what to do
      String.raw`(?:(?<p>${DAY_PREP}) )?(?<w>stamattina|stasera|stanotte|domattina|(?:questa|sta) (?:mattina|sera|notte|pomeriggio))(?: presto)?`,
    ),
    build: (g) => {
      const w = g.w ?? '';
      if (w === 'domattina') return { kind: 'dayPart', day: { kind: 'relative', days: 1 }, part: 'morning' };
      const part: PartOfDay = /mattina/.test(w)
        ? 'morning'
        : /sera/.test(w)
          ? 'evening'
          : /notte/.test(w)
            ? 'night'
            : 'afternoon';
      return { kind: 'dayPart', day: { kind: 'relative', days: 0 }, part };
    },
  },
  {
    name: 'relative-day',
    re: pattern(
      String.raw`(?:(?<p>${DAY_PREP}|in|nella|entro la) )?(?<w>oggi|domani|dopodomani|giornata(?: di (?<of>oggi|domani|dopodomani))?)|(?<p2>in|entro) giornata`,
    ),
    build: (g) => ({
      kind: 'day',
      // "nella giornata di domani" is tomorrow
      day: { kind: 'relative', days: ['domani', 'dopodomani'].indexOf(g.of ?? g.w ?? '') + 1 },
    }),
  },
  {
    // "lunedì 15", "lun 15", "ven. 12": the number decides; "mar" is also March ("mar 19")
    name: 'weekday-and-day',
    re: pattern(
      String.raw`(?:(?<p>${WD_PREP}) )?(?:${WD}|(?<abbr>${WD_ABBR})(?: \.)?) (?<d>\d{1,2})(?! h(?![^ ])| (?:ore|ora|minuti|min|giorni|gg)(?![^ ])(?! \d)| e (?:mezza|mezzo|un quarto|tre quarti|trenta|quindici)(?![^ ]))`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d);
      if (day === undefined) return INVALID;
      if (g.abbr !== 'mar') return { kind: 'day', day: { kind: 'monthDay', day } };
      return { kind: 'day', day: { kind: 'monthDay', day, orDate: { weekday: 2, month: 3 } } };
    },
  },
  {
    name: 'weekday',
    re: pattern(
      String.raw`(?:(?<p>${WD_PREP}) )?(?:(?:questo|questa|sto|prossimo|prossima) )?(?<wd>${WD})(?: (?:(?<after>della settimana dopo la prossima)|(?<next>prossimo|prossima|che viene|della settimana prossima|della prossima settimana|della settimana dopo)))?|(?:(?<p2>${WD_PREP}) )?(?<wd2>${WD_ABBR})(?: \.)?${ABBR_NEXT}|(?<p3>${ABBR_PREP}) (?<wd3>${WD_ABBR})(?: \.)?|(?:(?<p4>la|nella) )?(?:(?<after4>settimana dopo la prossima)|(?<next4>settimana prossima|prossima settimana)) (?:, )?(?<wd4>${WD})`,
    ),
    build: (g) => ({
      kind: 'day',
      day: {
        kind: 'weekday',
        weekday: weekdayNumber(g.wd ?? g.wd4 ?? '', 'it') ?? italianAbbreviatedWeekday(g.wd2 ?? g.wd3 ?? '') ?? 0,
        nextWeek: (g.next !== undefined && /settimana/.test(g.next)) || g.next4 !== undefined,
        ...((g.after ?? g.after4) !== undefined && { weekAfterNext: true }),
      },
    }),
  },
  {
    // "alla fine della settimana prossima": its Friday; "a metà della settimana prossima": its Wednesday
    name: 'edge-of-next-week',
    re: pattern(
      String.raw`(?:(?<p>entro|per|prima di|prima della|verso|a|alla) )?(?:la )?(?<edge>fine|meta) (?:della |di )?(?:settimana prossima|prossima settimana)`,
    ),
    build: (g) => ({ kind: 'day', day: { kind: 'weekday', weekday: g.edge === 'fine' ? 5 : 3, nextWeek: true } }),
  },
  {
    name: 'end-of-week',
    re: pattern(
      String.raw`(?<p>entro|per|prima di|prima della|verso) (?:la )?fine (?:della |di questa )?(?:settimana|sett(?: \.)?(?! \d))|entro (?:il |questo )?(?:weekend|week end|fine settimana)`,
    ),
    build: () => ({ kind: 'day', day: { kind: 'endOfWeek' } }),
  },
  {
    name: 'end-of-month',
    re: pattern(String.raw`(?:(?<p>entro|per|a|prima di|prima della|verso) )?(?:la )?fine (?:del |di questo )?mese`),
    build: () => ({ kind: 'day', day: { kind: 'endOfMonth' } }),
  },
  {
    name: 'end-of-year',
    // "a fine anno", "alla fine dell'anno", "l'ultimo giorno dell'anno"
    re: pattern(
      String.raw`(?:(?<p>entro|per|a|alla|fino a|fino alla|prima di|prima della|verso|il|per l'|entro l') )?(?:(?:la )?fine (?:dell' |di quest' )?anno|(?:l' )?ultimo giorno (?:dell' |di quest' )anno)`,
    ),
    build: () => ({ kind: 'day', day: { kind: 'endOfYear' } }),
  },
  {
    name: 'next-week',
    re: pattern(
      // "a inizio settimana prossima": its Monday, as the week's date
      String.raw`(?:(?<p>la|nella|per la|entro la|della|a partire dalla|dalla|in|(?:a|ad|per|entro|verso) (?:l' )?inizio(?: della| di)?|all' inizio della) )?(?:settimana prossim[ao]|prossim[ao] settimana|settimana che viene|settimana dopo|sett(?: \.)? prossim[ao]|prossim[ao] sett(?: \.)?)`,
    ),
    build: () => ({ kind: 'span', span: { kind: 'nextWeek' } }),
  },
  {
    name: 'this-week',
    re: pattern(String.raw`(?:(?<p>in|per|entro|di) )?(?:questa|sta) settimana`),
    build: () => ({ kind: 'span', span: { kind: 'thisWeek' } }),
  },
  {
    name: 'weekend',
    re: pattern(
      String.raw`(?:(?<p>il|nel|questo|per il|sto|durante il|a|nello|di|del) )?(?:fine settimana|weekend|week end)`,
    ),
    build: () => ({ kind: 'span', span: { kind: 'weekend' } }),
  },
  {
    name: 'next-month',
    re: pattern(String.raw`(?:(?<p>il|nel|per il|entro il|del|a) )?(?:mese prossimo|prossimo mese)`),
    build: () => ({ kind: 'span', span: { kind: 'nextMonth' } }),
  },
  {
    name: 'this-month',
    re: pattern(String.raw`(?:(?<p>in|per|entro|di) )?questo mese`),
    build: () => ({ kind: 'span', span: { kind: 'thisMonth' } }),
  },
  {
    name: 'month',
    // "i saldi di gennaio", "la bolletta di marzo": a month after a noun and "di" names a topic, not a time
    re: pattern(
      String.raw`(?:(?<p>a|ad|in|nel mese di|per|entro|durante|a inizio|a meta|ad inizio|nel|fino a|fino al mese di) )?(?<!(?:^| )(?!(?:mese|inizio|fine|meta|\d+) )[^ ]+ di )(?<mon>${FULL_MONTH})`,
    ),
    build: (g) => ({ kind: 'span', span: { kind: 'month', month: monthNumber(g.mon ?? '', 'it') ?? 1 } }),
  },
  {
    name: 'part-of-day',
    // "buon pomeriggio", "buona sera" greet, they name no time
    re: pattern(
      String.raw`(?<!buon |buona )(?:(?<p>di|la|al|alla|a|in|nel|nella|per|verso|verso la|all' ora di|verso l' ora di|per l' ora di|all'|il|in tarda|entro|dopo|prima di|da|questa|sta) )?(?<part>${alternatives(Object.keys(PARTS))})`,
    ),
    build: (g) => partComponent(g, { parts: PARTS, meals: MEALS, mealTimePreps: MEAL_TIME_PREPS }),
  },
  {
    name: 'day-of-month',
    re: pattern(
      String.raw`(?<p>${DUE_PREP}|il|l'|al|all'|per il|per l'|entro il|entro l'|dal|dall'|fino al|fino all'|a partire dal|prima del|dopo il|del|dell'|tra il|fra il|tra l'|fra l') (?<d>\d{1,2}|primo${NOT_ORDINAL})(?: °)?`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d);
      return day === undefined ? null : { kind: 'day', day: { kind: 'monthDay', day } };
    },
  },
  {
    name: 'bare-clock',
    re: pattern(
      String.raw`(?<h>\d{1,2})(?:[:.](?<m>\d{2})(?:[:.]\d{2})?| h (?<hm>\d{2}))${MOD()}(?: (?<per>${PERIOD}))?|(?<h2>\d{1,2}) h|(?<h3>\d{1,2})${MOD('3')} (?<per3>di mattina|del mattino|della mattina|di pomeriggio|del pomeriggio|di sera|della sera|di notte|della notte)|(?<!(?:tra|fra) )(?<h4>\d{1,2}) (?<mod4>e mezza|e un quarto|e 3 quarti|meno un quarto)(?! (?:d' ora|di ora|ora|ore|kg|chili|litri|euro)(?![^ ]))|(?<=(?:domani|oggi|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) )(?<h5>\d{1,2}) e (?<m5>[0-5]\d)(?! (?:minuti|min|ore|ora|euro|persone)(?![^ ]))`,
    ),
    build: (g) => {
      if (g.h2 !== undefined) return clockComponent(g.h2, undefined);
      // "domani 12 e 30" (a clock said with "e" after its day)
      if (g.h5 !== undefined) return clockComponent(g.h5, g.m5);
      // "giovedì 10 e mezza": minutes said around a bare hour make it a clock
      if (g.h4 !== undefined) return clockComponent(g.h4, undefined, { modifier: minuteModifier(g, '4') });
      if (g.h3 !== undefined)
        return clockComponent(g.h3, undefined, { modifier: minuteModifier(g, '3'), period: periodOf(g.per3) });
      return clockComponent(g.h ?? '', g.m ?? g.hm, { modifier: minuteModifier(g), period: periodOf(g.per) });
    },
  },
  italianUnreadRecurrence,
];
setItalianAnchorRules(italianRules);
