import type { Lang } from './contract.js';
import { months, numberWords, typoFixes } from './time/lexicon.js';
import { dictatedPunct, formalFiller, regionalReading } from './regional.js';
import { clockTail, yearQuoteAt } from './time-tails.js';
import * as tolerant from './tolerant.js';

/**
 * Tokens of a client message, folded for the grammars (lowercase, no accents, one kind of
 * apostrophe) while remembering where each came from, so slots are cut from the client's own
 * words with case and accents intact.
 */
export interface Token {
  /** the characters of the original text */
  raw: string;
  /** folded form; after `normalizeTokens` it may hold several words ("mezz' ora") */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  /** offsets in the original text, end exclusive */
  start: number;
  end: number;
}

/** Suffixes glued to a number that are words of their own: "8am", "15h", "9th", "10min", "3e mezza". */
const NUMBER_SUFFIXES = new Set(['am', 'pm', 'h', 'st', 'nd', 'rd', 'th', 'min', 'mins', 'm', 'gg', 'ish', 'e']);
/** Glued suffixes spelled for the grammar: "7p" is 7 pm, "1º" the ordinal mark. */
const SPELLED_SUFFIXES = new Map([
  ['p', 'pm'],
  ['a', 'am'],
  ['º', '°'],
  ['ª', '°'],
  ['o', '°'],
]);
/** English clitics after an apostrophe: "what's" -> "what" + "'s"; anything else is an Italian elision ("l'una"). */
const ENGLISH_CLITICS = new Set(['s', 'm', 're', 've', 'll', 'd']);
const APOSTROPHES = /['’`´‘]/;
/** Punctuation the grammar and the slots read one by one ("!!", "..", "--" stay apart). */
const SINGLE_PUNCT = new Set([',', '.', '!', '?', ':', ';', '-', '–', '—', '/', '@', '&', '°', "'", '’', '#']);

const NUMBER = /\d+(?:[:.,/-]\d+)*/y;
const LETTERS = /[\p{L}\p{M}]+/uy;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*/uy;

function fold(s: string): string {
  // most words are plain ASCII: no accents to strip
  if (/^[\x20-\x26\x28-\x5f\x61-\x7e]*$/.test(s)) return s.toLowerCase();
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`´‘]/g, "'");
}

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

/** the "T" of an ISO date and time: after a year-first date, before a digit */
const isIsoTimeMark = (number: string, suffix: string, next: string | undefined): boolean =>
  (suffix === 'T' || suffix === 't') && /^\d{4}-\d{1,2}-\d{1,2}$/.test(number) && /\d/.test(next ?? '');

type Push = (start: number, end: number, kind: Token['kind'], norm?: string) => void;

/** A word and what an apostrophe right after it makes of it ("l'una", "what's", "don't", "po'", "lunedi`"); the next offset. */
function wordWithApostrophe(text: string, i: number, word: string, push: Push): number {
  const end = i + word.length;
  const apostrophe = text[end] ?? '';
  if (!APOSTROPHES.test(apostrophe)) {
    push(i, end, 'word');
    return end;
  }
  const after = matchAt(LETTERS, text, end + 1);
  const afterFolded = after === undefined ? '' : fold(after);
  if (after === undefined) {
    // "po'", "be'": the apostrophe belongs to a short word; after a longer one it is a quote or an accent
    if (word.length <= 3) push(i, end + 1, 'word');
    else if (tolerant.isTypedAccent(word, apostrophe)) push(i, end, 'word');
    else {
      push(i, end, 'word');
      push(end, end + 1, 'punct');
    }
    return end + 1;
  }
  if (afterFolded === 't' || (fold(word) === 'o' && afterFolded === 'clock')) {
    // "don't" -> "dont", "o'clock" -> "oclock"
    push(i, end + 1 + after.length, 'word', fold(word) + afterFolded);
    return end + 1 + after.length;
  }
  if (ENGLISH_CLITICS.has(afterFolded)) {
    push(i, end, 'word');
    push(end, end + 1 + after.length, 'word');
    return end + 1 + after.length;
  }
  push(i, end + 1, 'word');
  return end + 1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push: Push = (start, end, kind, norm) => {
    const raw = text.slice(start, end);
    tokens.push({ raw, norm: norm ?? fold(raw), kind, start, end });
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const number = matchAt(NUMBER, text, i);
    if (number !== undefined) {
      const end = i + number.length;
      const suffix = matchAt(LETTERS, text, end);
      const spelled = suffix === undefined ? undefined : SPELLED_SUFFIXES.get(fold(suffix));
      if (suffix === undefined) push(i, end, 'number');
      else if (isIsoTimeMark(number, suffix, text[end + 1])) {
        // "2028-01-12T10:00": the ISO "T" only joins the date to its time
        push(i, end, 'number');
        i = end + 1;
        continue;
      } else if (NUMBER_SUFFIXES.has(fold(suffix)) || spelled !== undefined) {
        push(i, end, 'number');
        push(end, end + suffix.length, 'word', spelled);
      } else push(i, end + suffix.length, 'word');
      i = end + (suffix?.length ?? 0);
      continue;
    }
    const word = matchAt(WORD, text, i);
    if (word === undefined) {
      // one code point: punctuation, symbols, emoji; a run of the same bracket or symbol is one token
      const cp = String.fromCodePoint(text.codePointAt(i) ?? 0);
      let end = i + cp.length;
      if (!SINGLE_PUNCT.has(cp)) while (text.startsWith(cp, end)) end += cp.length;
      push(i, end, 'punct', fold(cp));
      i = end;
      continue;
    }
    const glued = tolerant.gluedLeadLength(word);
    if (glued > 0) {
      // "alle3", "at3pm": the word, then the number read on its own
      // "domani9": a day word glued to an hour says the hour's clock word too ("domani alle 9")
      push(i, i + glued, 'word');
      const clockWord = tolerant.gluedDayClock(word.slice(0, glued));
      if (clockWord !== undefined) push(i + glued, i + glued, 'word', clockWord);
      i += glued;
      continue;
    }
    const end = i + word.length;
    if (isWithSlash(word, text, end)) {
      push(i, end + 1, 'word', 'with');
      i = end + 1;
      continue;
    }
    i = wordWithApostrophe(text, i, word, push);
  }
  return tokens;
}

/** "meeting w/ Smith": "w/" is "with" */
const isWithSlash = (word: string, text: string, end: number): boolean =>
  (word === 'w' || word === 'W') && text[end] === '/' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '');

/** Italian elisions typed without the apostrophe ("mezz ora", "d ora", "l una", "c è"): restored before a vowel. */
const ELIDED = new Set(['mezz', 'd', 'l', 'c', 'all', 'dell', 'nell', 'sull', 'dall', 'un', 'quest', 'po', 'com']);

/** "tra il 5 e l 8", "dall 11 al 15", "all 1": an article elided before a number said with a vowel (otto, undici, uno) */
const ELIDED_BEFORE_NUMBER = new Set(['l', 'all', 'dell', 'nell', 'dall', 'sull']);
const VOWEL_NUMBER = /^(?:8\d*|11|1)(?:[:.]\d{2})?$/;

/** Italian "sei" is also "you are": a number only where a time or quantity is expected. */
const SEI_CONTEXT = /^(alle|le|ore|tra|fra|per|e|meno|dalle|entro|verso|di|ogni)$/;

/**
 * The language's chat spellings and typos fixed, number words turned into digits ("tre quarti"
 * -> "3 quarti", "at three" -> "at 3"), long words one slip away from a time or cue word
 * corrected. One token in, one token out (but a clitic written
 * without its apostrophe, "whats"): the offsets keep pointing at the client's words.
 */
export function normalizeTokens(tokens: readonly Token[], lang: Lang): Token[] {
  return tokens.flatMap((t, i) => {
    if (
      isFiller(tokens, i, lang) ||
      (lang === 'it' && tolerant.isSplitTail(tokens, i)) ||
      (lang === 'en' && (inHalfHour(tokens, i) || noLaterAt(tokens, i + 1) || noLaterAt(tokens, i + 2)))
    )
      return [];
    // "5 gen '27", "May '27": a year in two digits after a month
    if (yearQuoteAt(tokens, i, lang)) return [];
    if (yearQuoteAt(tokens, i - 1, lang)) return [{ ...t, norm: `20${t.norm}` }];
    if (lang === 'en' && halfHourAt(tokens, i)) return [{ ...t, norm: `${t.norm}:30` }];
    if (lang === 'en' && tolerant.twoForTo(tokens, i)) return [{ ...t, norm: 'to', kind: 'word' as const }];
    if (lang === 'en' && noLaterAt(tokens, i)) return [{ ...t, norm: 'by' }];
    if (lang === 'en' && (makeItAt(tokens, i) || makeItAt(tokens, i - 1)))
      return [{ ...t, norm: t.norm === 'make' ? 'move' : 'to' }];
    // "facciamo le 8": the bare article of the settled hour reads as "alle"
    if (lang === 'it' && t.norm === 'le' && settlesTime(tokens, i - 1)) return [{ ...t, norm: 'alle' }];
    return splitClitic(normalizeToken(tokens, i, lang));
  });
}

/** "no later than the 15th", "not later than 5pm": a deadline, read as "by" wherever the grammar takes one (batch 21). */
function noLaterAt(tokens: readonly Token[], i: number): boolean {
  const no = tokens[i - 2]?.norm;
  return tokens[i]?.norm === 'than' && tokens[i - 1]?.norm === 'later' && (no === 'no' || no === 'not');
}

/**
 * Who "make it" is asked of: "can u make it 4", "pls make it friday" (never "I can't make it"); after a bare comma
 * it corrects the time just said ("remind me at 5, make it 6"), which the grammar reads itself.
 */
const MAKE_ASKED = new Set(['u', 'you', 'please', 'pls', 'lets', 'we']);

/** "can u make it 4 instead": a new time for what the message names, as "move it to 4" says (batch 21). */
function makeItAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'make' || tokens[i + 1]?.norm !== 'it' || i === 0) return false;
  if (!MAKE_ASKED.has(tokens[i - 1]!.norm)) return false;
  // "can we make it 4" asks; "hope we make it tomorrow" only hopes
  if (tokens[i - 1]!.norm === 'we' && !['can', 'could', 'shall'].includes(tokens[i - 2]?.norm ?? '')) return false;
  const next = tokens[i + 2];
  return next?.kind === 'number' || DAY_WORDS.has(next?.norm ?? '');
}

/** Words before a clock an Italian writing English says "and half" after ("at the 7 and half", "till 5 and a half"). */
const HALF_LEAD = new Set(['at', 'the', 'till', 'until', 'by', 'around', 'about', 'from', 'after', 'before']);
const HALF_UNITS = /^(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?|litres?|kilos?|kg|pages?)$/;

/** "at 7 and half", "at the 5 and a half": an hour of the clock and thirty minutes, as "e mezza" says (batch 21). */
function halfHourAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d{1,2}$/.test(t.norm) || Number(t.norm) > 12) return false;
  if (!HALF_LEAD.has(tokens[i - 1]?.norm ?? '') || tokens[i + 1]?.norm !== 'and') return false;
  const half = tokens[i + 2]?.norm === 'a' ? i + 3 : i + 2;
  return tokens[half]?.norm === 'half' && !HALF_UNITS.test(tokens[half + 1]?.norm ?? '');
}

/** the "and (a) half" after such a clock: folded into it */
function inHalfHour(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (norm === 'and') return halfHourAt(tokens, i - 1);
  if (norm === 'a') return tokens[i - 1]?.norm === 'and' && halfHourAt(tokens, i - 2);
  return norm === 'half' && (halfHourAt(tokens, i - 2) || halfHourAt(tokens, i - 3));
}

/** Hesitations a voice note transcribes ("um", "ehm"): no word of the request, left out of times and texts. */
const FILLERS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['ehm', 'ehmm', 'emm', 'mmm', 'uhm']),
  en: new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'ehm', 'hmm']),
};
/** "so like can you…", "at like 11", "and like book…": "like" after these, before no object, only hesitates */
const LIKE_AFTER: ReadonlySet<string> = new Set(['so', 'and', 'at', 'um', 'uh', 'around', 'for', 'to']);
const LIKE_OBJECTS: ReadonlySet<string> = new Set([
  'to',
  'that',
  'this',
  'it',
  'a',
  'an',
  'the',
  'me',
  'you',
  'him',
  'her',
  'us',
  'them',
]);

function isFiller(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const norm = tokens[i]!.norm;
  if (FILLERS[lang].has(norm) || (lang === 'en' && clockTail(tokens, i))) return true;
  if (lang === 'it' && (formalFiller(tokens, i) || settlesTime(tokens, i))) return true;
  // "move it to 4 instead": a closing "instead" only contrasts, it names nothing ("instead of friday" stays)
  if (lang === 'en' && norm === 'instead') return tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct';
  if (lang !== 'en' || norm !== 'like') return false;
  return (
    LIKE_AFTER.has(tokens[i - 1]?.norm ?? '') && !LIKE_OBJECTS.has(tokens[i + 1]?.norm ?? '') && i + 1 < tokens.length
  );
}

/** "facciamo le 8", "diciamo alle 9 e mezza", "mettiamo verso le 5": the client settling a time, said as the time */
const SETTLING = new Set(['facciamo', 'diciamo', 'mettiamo']);
const SETTLED_LEADS = new Set(['le', 'alle', 'verso', 'per']);
function settlesTime(tokens: readonly Token[] | undefined, i: number): boolean {
  if (tokens === undefined || !SETTLING.has(tokens[i]?.norm ?? '')) return false;
  if (!SETTLED_LEADS.has(tokens[i + 1]?.norm ?? '')) return false;
  return tokens.slice(i + 2, i + 4).some((t) => t.kind === 'number');
}

/** "whats" fixed to "what 's" is two tokens, as "what's" is: the clitic gets an empty token at the word's end. */
function splitClitic(t: Token): Token[] {
  const clitic = /^(\S+) ('\S+)$/.exec(t.norm);
  if (clitic === null) return [t];
  return [
    { ...t, norm: clitic[1]! },
    { raw: '', norm: clitic[2]!, kind: 'word', start: t.end, end: t.end },
  ];
}

/** What "bn" wishes before it: "bn serata" is "buona serata", "bn weekend" "buon weekend". */
const WISHED_FEMININE = new Set(['giornata', 'serata', 'notte', 'domenica', 'settimana', 'mattinata', 'continuazione']);
const WISHED_MASCULINE = new Set(['weekend', 'lavoro', 'pomeriggio', 'fine', 'appetito', 'viaggio', 'riposo']);

/** "bn serata", "bn weekend": a wish before what is wished; "va bn", "sto bn": well. */
function spelledBn(next: string | undefined): string {
  if (WISHED_FEMININE.has(next ?? '')) return 'buona';
  return WISHED_MASCULINE.has(next ?? '') ? 'buon' : 'bene';
}

/** Words naming a day, before which a loose "am"/"pm" is half of that day ("friday pm", "tues am", "tmrw pm"). */
const DAY_WORDS = new Set(
  'monday mon tuesday tue tues wednesday wed weds thursday thu thur thurs friday fri saturday sat sunday sun today tomorrow tmrw tmr 2day'.split(
    ' ',
  ),
);

/** "am i free friday pm": "pm" (or "am") standing alone after a day is its afternoon (morning), never a clock mark. */
function dayHalf(tokens: readonly Token[], i: number): string | undefined {
  const norm = tokens[i]!.norm;
  if ((norm !== 'am' && norm !== 'pm') || !DAY_WORDS.has(tokens[i - 1]?.norm ?? '')) return undefined;
  return norm === 'pm' ? 'afternoon' : 'morning';
}

function normalizeToken(tokens: readonly Token[], i: number, lang: Lang): Token {
  const t = tokens[i]!;
  if (t.kind !== 'word') return t;
  if (lang === 'it' && t.norm === 'bn') return { ...t, norm: spelledBn(tokens[i + 1]?.norm) };
  if (lang === 'it' && ELIDED.has(t.norm) && /^[aeiouh]/.test(tokens[i + 1]?.norm ?? ''))
    return { ...t, norm: `${t.norm}'` };
  if (lang === 'it' && ELIDED_BEFORE_NUMBER.has(t.norm) && VOWEL_NUMBER.test(tokens[i + 1]?.norm ?? ''))
    return { ...t, norm: `${t.norm}'` };
  if (lang === 'it') {
    const punct = dictatedPunct(tokens, i);
    if (punct !== undefined) return { ...t, norm: punct, kind: 'punct' };
    const standard =
      regionalReading(tokens, i) ??
      tolerant.joinedSplit(tokens, i) ??
      tolerant.englishDayWord(t.norm) ??
      tolerant.italianClockHalf(tokens, i);
    if (standard !== undefined) return { ...t, norm: standard };
  }
  if (lang === 'en') {
    const part = dayHalf(tokens, i);
    if (part !== undefined) return { ...t, norm: part };
  }
  const fixed = typoFixes[lang].get(t.norm);
  if (fixed !== undefined) return { ...t, norm: fixed };
  const number = numberWords[lang].get(t.norm);
  // "il sei marzo": before a month it is the day
  const beforeMonth = Object.hasOwn(months.it, tokens[i + 1]?.norm ?? '');
  if (number !== undefined && (t.norm !== 'sei' || beforeMonth || SEI_CONTEXT.test(tokens[i - 1]?.norm ?? '')))
    return { ...t, norm: number, kind: 'number' };
  const slipped = tolerant.slippedNumber(tokens, i, lang);
  if (slipped !== undefined) return { ...t, norm: slipped, kind: 'number' };
  const fuzzy =
    tolerant.fuzzyFix(t.norm, lang) ??
    tolerant.slippedCue(tokens, i, lang) ??
    tolerant.slippedRequestWord(t.norm, lang) ??
    tolerant.slippedWeekday(tokens, i, lang);
  return fuzzy === undefined ? t : { ...t, norm: fuzzy };
}

/** "ehm", "uhm", "mmm", "eh": hesitations of a voice note, never a word of the request */
const HESITATION = /^(?:e+h+m*|e+m{2,}|u+h+m*|u+m+|m{2,}h*|h+m{2,}|e+r+m+)$/;

/**
 * A voice note's hesitations and stutters dropped ("ehm allora ricordami ricordami alle 12…" reads as
 * "allora ricordami alle 12…"): a hesitation, and a word said twice in a row (the second time).
 */
export function withoutHesitations(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, i) => {
    if (t.kind !== 'word') return true;
    if (HESITATION.test(t.norm)) return false;
    const before = tokens[i - 1];
    return !(before?.kind === 'word' && before.norm === t.norm && t.norm.length >= 3);
  });
}
