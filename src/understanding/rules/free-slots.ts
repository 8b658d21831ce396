import { quantityNumber } from '../time/build.js';
import type { Lang, Understanding, UnderstandingContext } from '../contract.js';
import { analyze, resolveFor, type Analysis } from '../analyze.js';
import { normalizeTokens, tokenize, type Token } from '../normalize.js';
import { phrasesStartingWith, type Phrase } from './cues.js';
import { clockMinutes } from '../time/resolve.js';
import type { PartOfDay } from '../time/spec.js';

/**
 * The client asking for free time in their own agenda: "trovami un'ora libera giovedì
 * pomeriggio", "quando sono libero domani?", "ho un buco martedì mattina?", "when am I free
 * tomorrow?", "find me an hour on Thursday afternoon". Either a phrase about free time, or a
 * "find" verb at the head followed closely by an amount of time or a word for a slot ("trova un
 * hotel" stays a task).
 */

function phrases(lang: Lang, list: readonly string[]): Phrase[] {
  return list.map((p) => normalizeTokens(tokenize(p), lang).flatMap((t) => t.norm.split(' ')));
}

interface FreeSlotCues {
  phrases: Phrase[];
  /** politeness before the head verb */
  lead: ReadonlySet<string>;
  findVerbs: ReadonlySet<string>;
  /** what a "find" verb must be looking for, within a few words */
  timeWords: ReadonlySet<string>;
}

const cues: Record<Lang, FreeSlotCues> = {
  it: {
    phrases: phrases('it', [
      'quando sono libero',
      'quando sono libera',
      'quando sono disponibile',
      'quando ho tempo',
      'quando ho un buco',
      'ho un buco',
      'un buco libero',
      'buco libero',
      'buchi liberi',
      'ho buchi',
      'qualche buco',
      'che spazi',
      'quali spazi',
      'spazi liberi',
      'spazio libero',
      'ora libera',
      'ore libere',
      'momento libero',
      'momenti liberi',
      'slot libero',
      'slot liberi',
      'orari liberi',
      'orario libero',
      'finestra libera',
      'tempo libero',
      'ho tempo',
      'avrei tempo',
      'ho un momento',
      'ho un attimo',
      'mezz ora libera',
    ]),
    lead: new Set([
      'ciao',
      'salve',
      'buongiorno',
      'per',
      'favore',
      'puoi',
      'potresti',
      'mi',
      'ci',
      'allora',
      'ok',
      'senti',
      'scusa',
    ]),
    findVerbs: new Set([
      'trovami',
      'trovi',
      'troveresti',
      'trova',
      'trovare',
      'trovatemi',
      'trovarmi',
      'cercami',
      'cerchi',
      'cerca',
      'cercare',
      'cercatemi',
    ]),
    timeWords: new Set([
      'ora',
      'ore',
      'minuti',
      'min',
      'tempo',
      'spazio',
      'buco',
      'momento',
      'slot',
      'orario',
      'finestra',
    ]),
  },
  en: {
    phrases: phrases('en', [
      'when am i free',
      'when am i available',
      'when are we free',
      'when do i have time',
      'when have i got time',
      'free slot',
      'free slots',
      'slot free',
      'slots free',
      'time free',
      'free time',
      'free hour',
      'an hour free',
      'a free hour',
      'any openings',
      'an opening',
      'a gap in my',
      // "any gaps in my diary tues?", "any room in my calendar"
      'any gaps in my',
      'gaps in my',
      'any gap in my',
      'time slot',
      'spare hour',
      'spare time',
    ]),
    // "r u able to find me…", "would you be able to find…": a polite ask before the find verb
    lead: new Set([
      'hi',
      'hello',
      'hey',
      'please',
      'kindly',
      'can',
      'could',
      'would',
      'you',
      'ok',
      'so',
      'are',
      'be',
      'able',
      'to',
    ]),
    findVerbs: new Set(['find', 'look', 'search']),
    timeWords: new Set([
      'hour',
      'hours',
      'minutes',
      'minute',
      'min',
      'mins',
      'time',
      'slot',
      'slots',
      'gap',
      'window',
      'opening',
    ]),
  },
};

/** How many words after a "find" verb the time word may come ("trovami mezz'ora", "find me an hour"). */
const FIND_REACH = 4;
const DAY_PARTS: Partial<Record<PartOfDay, NonNullable<Understanding['dayPart']>>> = {
  morning: 'morning',
  breakfast: 'morning',
  afternoon: 'afternoon',
  lateMorning: 'morning',
  lateAfternoon: 'afternoon',
  evening: 'evening',
  dinner: 'evening',
};

/** "non ho tempo", "I don't have free time": said to excuse oneself, not to ask for free time. */
const NEGATIONS = new Set(['non', 'nn', 'mica', 'not', "don't", 'dont', "n't", 'no', 'never']);

function hasPhrase(tokens: readonly Token[], list: readonly Phrase[]): boolean {
  return tokens.some(
    (t, i) =>
      !NEGATIONS.has(tokens[i - 1]?.norm ?? '') &&
      phrasesStartingWith(list, t.norm).some((p) => p.every((word, k) => tokens[i + k]?.norm === word)),
  );
}

function headIsFind(tokens: readonly Token[], c: FreeSlotCues): boolean {
  let i = 0;
  while (i < tokens.length && (tokens[i]!.kind === 'punct' || c.lead.has(tokens[i]!.norm))) i++;
  if (!c.findVerbs.has(tokens[i]?.norm ?? '')) return false;
  return tokens
    .slice(i + 1, i + 1 + FIND_REACH)
    .some((t) => t.norm.split(' ').some((w) => c.timeWords.has(w.replace(/'$/, ''))));
}

/** An amount of time right before a word for free: "un'ora e mezza libera", "90 minutes free". */
const RUN_WORDS: Record<
  Lang,
  { free: ReadonlySet<string>; minutes: Readonly<Record<string, number>>; glue: ReadonlySet<string> }
> = {
  it: {
    free: new Set(['libera', 'libere', 'libero', 'liberi']),
    minutes: { ora: 60, ore: 60, h: 60, minuti: 1, min: 1, quarto: 15, quarti: 15, "mezz' ora": 30, mezzora: 30 },
    glue: new Set(["un'", 'un', 'una', 'e', 'mezza', 'mezzo', "mezz'", 'due', 'tre', 'paio', "d'", 'di']),
  },
  en: {
    free: new Set(['free']),
    minutes: { hour: 60, hours: 60, h: 60, hr: 60, hrs: 60, minutes: 1, min: 1, mins: 1 },
    glue: new Set(['an', 'a', 'and', 'half', 'one', 'two', 'three', 'couple', 'of']),
  },
};
const HALVES: ReadonlySet<string> = new Set(['mezza', 'mezzo', "mezz'", 'half']);
const WORD_NUMBERS: Readonly<Record<string, number>> = { due: 2, tre: 3, one: 1, two: 2, three: 3 };

/** The minutes of the amount said right before a word for free, or undefined when none is. */
function amountBeforeFree(tokens: readonly Token[], lang: Lang): number | undefined {
  const w = RUN_WORDS[lang];
  const j = tokens.findIndex((t) => w.free.has(t.norm));
  if (j < 0) return undefined;
  let k = j;
  while (
    k > 0 &&
    (w.glue.has(tokens[k - 1]!.norm) ||
      w.minutes[tokens[k - 1]!.norm] !== undefined ||
      tokens[k - 1]!.kind === 'number')
  )
    k--;
  let total = 0;
  let n = 1;
  let unit = false;
  for (const t of tokens.slice(k, j)) {
    const per = w.minutes[t.norm];
    // "un'ora e mezza", "an hour and a half": the half is of the unit said before; "half an hour" of the one after
    if (per !== undefined) [total, n, unit] = [total + (unit && n === 0.5 ? 30 : n * per), 1, true];
    else if (HALVES.has(t.norm)) [total, n] = unit ? [total + 30, 1] : [total, 0.5];
    else if (n !== 0.5) n = WORD_NUMBERS[t.norm] ?? quantityNumber(t.norm) ?? n;
  }
  return unit && total > 0 && total <= 24 * 60 ? total : undefined;
}

/** Whether the (normalised) message asks for free time in the client's agenda. */
export function isFreeSlotsRequest(tokens: readonly Token[], lang: Lang): boolean {
  const c = cues[lang];
  return (
    hasPhrase(tokens, c.phrases) ||
    headIsFind(tokens, c) ||
    (hasPhrase(tokens, FREE_ASKS[lang]) && (asksALength(tokens) || asksPartOfADay(tokens))) ||
    amountBeforeFree(tokens, lang) !== undefined
  );
}

/** "am i free tmrw afternoon for 1 hr?", "sono libero giovedì per un'ora?": whether free, for a length, asks for free time. */
const FREE_ASKS: Record<Lang, Phrase[]> = {
  it: phrases('it', ['sono libero', 'sono libera', 'siamo liberi', 'ho tempo']),
  // "got anything free saturday afternoon?", "anything open thurs for a 45 min call?"
  en: phrases(
    'en',
    'am i free|am i available|are we free|do i have time|have i got time|anything free|anything open'.split('|'),
  ),
};
const LENGTH_UNITS: ReadonlySet<string> = new Set('hour hours minutes minute min ora ore minuti'.split(' '));
const asksALength = (tokens: readonly Token[]): boolean =>
  tokens.some(
    (t, i) =>
      (t.norm === 'for' || t.norm === 'per') &&
      tokens.slice(i + 1, i + 4).some((u) => u.norm.split(' ').some((w) => LENGTH_UNITS.has(w))),
  );

/**
 * "sono libero giovedì pomeriggio?", "am I free monday morning between 9 and 11?": whether free in a part of a
 * day or a window asks for the free time there; a whole day ("sono libero domani?") stays the agenda of that day.
 */
const PART_WORDS: ReadonlySet<string> = new Set(
  'mattina mattinata pomeriggio pome serata morning afternoon evening between'.split(' '),
);
const asksPartOfADay = (tokens: readonly Token[]): boolean => tokens.some((t) => PART_WORDS.has(t.norm));

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const PURPOSE: Record<Lang, { intro: ReadonlySet<string>; articles: ReadonlySet<string> }> = {
  it: {
    intro: new Set(['per']),
    articles: new Set(['il', 'lo', 'la', "l'", 'i', 'gli', 'le', 'un', 'una', 'uno', "un'"]),
  },
  en: { intro: new Set(['for']), articles: new Set(['the', 'a', 'an', 'my', 'our']) },
};

/**
 * What the time is for, in the client's words: "per la riunione con Rossi" gives "riunione con
 * Rossi", the title of the booking a tapped slot makes. The words run from after "per"/"for" to
 * the next time expression or punctuation.
 */
export function freeSlotsPurpose(
  text: string,
  tokens: readonly Token[],
  consumed: readonly boolean[],
  lang: Lang,
): string | undefined {
  const { intro, articles } = PURPOSE[lang];
  const at = tokens.findIndex((tk, i) => intro.has(tk.norm) && !consumed[i]);
  if (at < 0) return undefined;
  let first = at + 1;
  while (first < tokens.length && articles.has(tokens[first]!.norm) && !consumed[first]) first++;
  let last = first - 1;
  while (last + 1 < tokens.length && !consumed[last + 1] && tokens[last + 1]!.kind !== 'punct') last++;
  return last >= first ? text.slice(tokens[first]!.start, tokens[last]!.end) : undefined;
}

/** "a free hour", "a spare half hour": a length said around the word for free, not as a quantity. */
const FREE_LENGTHS: Record<Lang, { phrase: Phrase; minutes: number }[]> = {
  it: [],
  en: [
    { phrase: phrases('en', ['free hour'])[0]!, minutes: 60 },
    { phrase: phrases('en', ['spare hour'])[0]!, minutes: 60 },
    { phrase: phrases('en', ['free half hour'])[0]!, minutes: 30 },
    { phrase: phrases('en', ['spare half hour'])[0]!, minutes: 30 },
  ],
};

/** "2 free hours", "30 spare minutes": a count, the word for free, then the unit. */
const FREE_WORDS: ReadonlySet<string> = new Set(['free', 'spare', 'clear', 'libere', 'libera', 'liberi', 'libero']);
const UNIT_MINUTES: Readonly<Record<string, number>> = { hours: 60, hour: 60, minutes: 1, ore: 60, minuti: 1 };

function freeLength(tokens: readonly Token[], lang: Lang): number | undefined {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const n = quantityNumber(tokens[i]!.norm);
    const unit = UNIT_MINUTES[tokens[i + 2]!.norm];
    if (n !== undefined && unit !== undefined && FREE_WORDS.has(tokens[i + 1]!.norm) && n * unit <= 24 * 60)
      return n * unit;
  }
  return FREE_LENGTHS[lang].find(({ phrase }) => hasPhrase(tokens, [phrase]))?.minutes;
}

const OR_WORDS: ReadonlySet<string> = new Set(['o', 'oppure', 'e', 'or', 'and', '/', ',']);

/** "martedì o mercoledì mattina", "thursday or friday": a search over days said one after another spans them all. */
export function alternativeDays(a: Analysis, ctx: UnderstandingContext): { from: string; to: string } | undefined {
  const days = a.matches.filter((m) => m.component.kind === 'day' || m.component.kind === 'dayPart');
  if (days.length < 2) return undefined;
  const joined = days.every(
    (m, k) => k === 0 || (m.first === days[k - 1]!.last + 2 && OR_WORDS.has(a.tokens[m.first - 1]?.norm ?? '')),
  );
  if (!joined) return undefined;
  const spans = days.map((m) => resolveFor({ ...a, matches: [m] }, 'agenda', ctx).time);
  const froms = spans.flatMap((t) => (t.from === undefined ? [] : [t.from])).sort();
  const tos = spans.flatMap((t) => (t.to === undefined ? [] : [t.to])).sort();
  return froms.length === days.length && tos.length === days.length ? { from: froms[0]!, to: tos.at(-1)! } : undefined;
}

/** The days, part of day, time window and duration a free-slot search names. */
export function freeSlotsTime(a: Analysis, ctx: UnderstandingContext): Omit<Understanding, 'intent'> {
  const { time } = resolveFor(a, 'agenda', ctx);
  const out: Omit<Understanding, 'intent'> = {};
  const length = freeLength(a.tokens, a.lang);
  if (length !== undefined) out.durationMin = length;
  const span = alternativeDays(a, ctx);
  if (time.from !== undefined) out.from = span?.from ?? time.from;
  if (time.to !== undefined) out.to = span?.to ?? time.to;
  for (const { component: c } of a.matches) {
    if (c.kind === 'amount' && out.durationMin === undefined && c.minutes > 0) out.durationMin = c.minutes;
    if ((c.kind === 'part' && !c.weak) || c.kind === 'dayPart') out.dayPart ??= DAY_PARTS[c.part];
    if (c.kind === 'range' && out.timeFrom === undefined) {
      const start = clockMinutes(c.start);
      const end = clockMinutes(c.end, start >= 12 * 60 ? 'afternoon' : undefined);
      if (start < end && end <= 24 * 60) {
        out.timeFrom = hhmm(start);
        out.timeTo = hhmm(Math.min(end, 24 * 60 - 1));
      }
    }
  }
  // "un'ora e mezza libera": an amount the time words did not read
  out.durationMin ??= amountBeforeFree(a.tokens, a.lang);
  return out;
}

/** The LLM path: the model's verbatim time words, read with the same conventions. */
export function resolveFreeSlotsWords(words: string, ctx: UnderstandingContext): Omit<Understanding, 'intent'> {
  return freeSlotsTime(analyze(words, ctx), ctx);
}
