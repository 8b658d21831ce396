import type { Lang } from './contract.js';
import { fuzzyVocabulary } from './time/fuzzy-vocabulary.js';
import { months, numberWords, weekdays } from './time/lexicon.js';

/**
 * The tolerant side of the normalizer (fresh batch 22, "noisy" messages): a word glued to the number after it
 * ("alle3", "at3pm", "domani12"), an accent typed as a grave or acute mark ("lunedi`"), voice-to-text splits
 * ("a le 6", "ricorda mi"), English day words inside an Italian message ("ricordami tomorrow alle 5"), number
 * words one slip off where a number is expected ("alle quatro", "fra sete giorni") and short cue words one slip
 * off where their context says so ("remid me", "evry tuesday", "a tabel for two"). Every fix is guarded by the
 * words around it, so an ordinary word is never read as another.
 */

/** Minimal shape of a token here (normalize.ts's Token, without importing it back). */
interface Tok {
  norm: string;
  kind: 'word' | 'number' | 'punct';
}

/** Words after which a client glues the clock or the day's number: "alle3", "at3pm", "domani12", "lunedi9". */
const GLUE_LEADS = new Set([
  ...'alle le ore h dalle verso entro domani oggi stasera dopodomani stamattina'.split(' '),
  ...'at by till til until from around tomorrow tmrw tonight today'.split(' '),
  ...Object.keys(weekdays.it),
  ...Object.keys(weekdays.en).filter((w) => w.length >= 3),
]);
const GLUED = /^([\p{L}]+)(\d{1,2}(?:[:.]\d{2})?(?:am|pm|a|p|h)?)$/iu;

/** "remindme", "remindus": the verb and its pronoun typed as one word */
const GLUED_PRONOUN = /^(remind)(?:me|us)$/i;

/** How many letters of a word that holds a glued clock are the word before it ("alle3" -> 4); 0 when none. */
export function gluedLeadLength(word: string): number {
  const pronoun = GLUED_PRONOUN.exec(word);
  if (pronoun !== null) return pronoun[1]?.length ?? 0;
  const m = GLUED.exec(word);
  if (m === null) return 0;
  const lead = fold(m[1] ?? '');
  return GLUE_LEADS.has(lead) ? lead.length : 0;
}

/** Day words that take a clock word before a glued hour ("domani9" is "domani alle 9", "tmrw9am" "tmrw at 9am"). */
const DAY_CLOCK = new Map([
  ...'domani oggi dopodomani stasera stamattina'.split(' ').map((w): [string, string] => [w, 'alle']),
  ...'tomorrow tmrw today tonight'.split(' ').map((w): [string, string] => [w, 'at']),
]);

/** The clock word a day word glued to an hour leaves unsaid (an empty token of its own is made of it). */
export const gluedDayClock = (lead: string): string | undefined => DAY_CLOCK.get(fold(lead));

/**
 * English "2" for "to" between the person reminded (or a clock) and the verb: "remind me 2 call Bob", "at 9am 2
 * call Bob"; a number of days, hours or people stays a number.
 */
export function twoForTo(tokens: readonly Tok[], i: number): boolean {
  if (tokens[i]?.norm !== '2' || tokens[i]?.kind !== 'number') return false;
  const prev = tokens[i - 1]?.norm ?? '';
  const next = tokens[i + 1];
  const reminded = (prev === 'me' || prev === 'us') && /^remi?n?d$/.test(tokens[i - 2]?.norm ?? '');
  if (!(reminded || prev === 'am' || prev === 'pm') || next?.kind !== 'word') return false;
  if (Object.hasOwn(weekdays.en, next.norm) || Object.hasOwn(months.en, next.norm)) return false;
  return !NOT_A_VERB.test(next.norm);
}

/** What follows a "2" that counts something ("2 days", "2 more times", "2 people") */
const NOT_A_VERB =
  /^(?:st|nd|rd|th|min\w*|hours?|hrs?|days?|weeks?|wks?|months?|years?|times?|people|persons?|guests?|of|am|pm|h|oclock|more|or|and|to|free|extra|other|separate|different)$/;

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** "lunedi`", "giovedi´", "giovedi'": an accent typed after the vowel it belongs to, not a quote. */
export function isTypedAccent(word: string, mark: string): boolean {
  const folded = fold(word);
  if (mark === '`' || mark === '´') return /[aeiou]$/.test(folded) && folded.length > 1;
  return Object.hasOwn(weekdays.it, folded);
}

export type Kind = 'missing' | 'extra' | 'wrong' | 'swapped';

/** The one slip that turns `typed` into `meant` (a letter missing, extra, wrong or two swapped), if any. */
export function slipKind(typed: string, meant: string): Kind | undefined {
  if (typed === meant || Math.abs(typed.length - meant.length) > 1) return undefined;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (typed.length === meant.length) {
    if (typed.slice(i + 1) === meant.slice(i + 1)) return 'wrong';
    const swapped = typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2);
    return swapped ? 'swapped' : undefined;
  }
  if (typed.length < meant.length) return typed.slice(i) === meant.slice(i + 1) ? 'missing' : undefined;
  return typed.slice(i + 1) === meant.slice(i) ? 'extra' : undefined;
}

/** A slip that seldom makes another real word: a letter missing, doubled or two swapped, never a wrong letter. */
const isSafeSlip = (typed: string, meant: string): boolean => {
  const kind = slipKind(typed, meant);
  return kind !== undefined && kind !== 'wrong';
};

/** "fissarmi", "spostarlo": an Italian infinitive with its pronoun is a word of its own, never a slip */
const INFINITIVE_CLITIC = /(?:ar|er|ir)(?:mi|ti|ci|vi|lo|la|li|le|ne|melo|mela|celo)$/;

/** Of several words a slip away, the one a dropped letter explains ("minuts" is "minutes", not "minute"). */
export function bestSlip(typed: string, candidates: readonly string[]): string | undefined {
  const kinds = candidates.map((w) => slipKind(typed, w));
  const found = candidates.filter((_, i) => kinds[i] !== undefined);
  if (found.length <= 1) return found[0];
  const missing = candidates.filter((_, i) => kinds[i] === 'missing');
  return missing.length === 1 ? missing[0] : undefined;
}

/** English day words an Italian client drops into a message ("ricordami tomorrow alle 5"). */
const ENGLISH_IN_ITALIAN = new Map([
  ['tomorrow', 'domani'],
  ['tmrw', 'domani'],
  ['today', 'oggi'],
  ['tonight', 'stasera'],
  ['monday', 'lunedi'],
  ['tuesday', 'martedi'],
  ['wednesday', 'mercoledi'],
  ['thursday', 'giovedi'],
  ['friday', 'venerdi'],
  ['saturday', 'sabato'],
  ['sunday', 'domenica'],
]);

/** Words after which a number is expected ("alle quatro", "fra sete giorni"). */
const NUMBER_LEADS = new Set('alle ore tra fra dalle entro verso at till until around'.split(' '));
const CLOCK_LEADS = new Set('alle ore dalle entro verso at till until around'.split(' '));
/** Words a number comes before ("sete giorni", "twenty minuts"): units of time. */
const NUMBER_UNITS =
  /^(?:minut\w*|or[ae]|giorn\w*|settiman\w*|mes[ei]|min\w*|hours?|hrs?|days?|weeks?|months?|thirty|fifteen|am|pm)$/;
/** "quatro e mezza", "sete e un quarto": the minutes after the hour */
const AFTER_HOUR = /^(?:mezza|mezzo|quarto|un|\d+)$/;

/** A number word one slip off, where a number is expected: "quatro" -> "4", "diecci" -> "10", "sete" -> "7". */
export function slippedNumber(tokens: readonly Tok[], i: number, lang: Lang): string | undefined {
  const word = tokens[i]?.norm ?? '';
  const before = tokens[i - 1]?.norm ?? '';
  // "alle oto": a three-letter slip only right after a clock word
  if (word.length < (CLOCK_LEADS.has(before) ? 3 : 4) || numberWords[lang].has(word)) return undefined;
  const after = tokens[i + 1]?.norm ?? '';
  const hourAfter = after === 'e' && AFTER_HOUR.test(tokens[i + 2]?.norm ?? '');
  if (!NUMBER_LEADS.has(before) && !NUMBER_UNITS.test(after) && !hourAfter) return undefined;
  // a wrong letter makes other words ("footy" is not "forty"): only a letter missing, doubled or swapped
  const meant = bestSlip(
    word,
    [...numberWords[lang].keys()].filter((w) => w.length >= 4 && w[0] === word[0] && slipKind(word, w) !== 'wrong'),
  );
  const value = meant === undefined ? undefined : numberWords[lang].get(meant);
  // after a clock word the number is an hour
  return CLOCK_LEADS.has(before) && Number(value) > 24 ? undefined : value;
}

const DAY_OR_UNIT =
  /^(?:\d+\w*|day|days|week|weeks|month|months|year|morning|evening|night|other|second|third|weekday|weekend|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/;

/** Short cue words (too short for the general fuzzy match) and the context that must hold for a slip of them. */
const SHORT_CUES: Record<Lang, readonly [string, (next: string, prev: string) => boolean][]> = {
  en: [
    ['remind', (next) => /^(?:me|us|him|her|them)$/.test(next)],
    ['every', (next) => DAY_OR_UNIT.test(next) || Object.hasOwn(weekdays.en, next)],
    ['table', (next, prev) => /^(?:a|the|my)$/.test(prev) && /^(?:for|4)$/.test(next)],
  ],
  it: [
    ['ogni', (next) => Object.hasOwn(weekdays.it, next) || /^(?:giorno|settimana|mese|anno|\d+)$/.test(next)],
    ['mezza', (_, prev) => prev === 'e'],
  ],
};

/** A short cue word one slip off, in the context it needs ("remid me", "evry tuesday", "a tabel for two"). */
export function slippedCue(tokens: readonly Tok[], i: number, lang: Lang): string | undefined {
  const word = tokens[i]?.norm ?? '';
  if (word.length < 4 || tokens[i]?.kind !== 'word') return undefined;
  const next = tokens[i + 1]?.norm ?? '';
  const prev = tokens[i - 1]?.norm ?? '';
  for (const [cue, fits] of SHORT_CUES[lang])
    if (word !== cue && word[0] === cue[0] && isSafeSlip(word, cue) && fits(next, prev)) return cue;
  return undefined;
}

/**
 * Italian words a voice note or autocorrect splits: "a le 6" is "alle 6", "da le 9" is "dalle 9", "ricorda mi"
 * is "ricordami". Returns the first word's reading; the second word is then dropped (see `isSplitTail`).
 */
export function joinedSplit(tokens: readonly Tok[], i: number): string | undefined {
  const [a, b, c] = [tokens[i]?.norm, tokens[i + 1]?.norm, tokens[i + 2]];
  if ((a === 'a' || a === 'da') && b === 'le' && c?.kind === 'number') return a === 'a' ? 'alle' : 'dalle';
  // "ricorda mi", and an English "remind me" inside an Italian message
  if ((a === 'ricorda' || a === 'ricordate' || a === 'remind') && (b === 'mi' || b === 'me'))
    return a === 'ricordate' ? 'ricordatemi' : 'ricordami';
  return undefined;
}

/** The second word of a split `joinedSplit` reads with the first. */
export const isSplitTail = (tokens: readonly Tok[], i: number): boolean => joinedSplit(tokens, i - 1) !== undefined;

/** An English day word in an Italian message, in Italian. */
export const englishDayWord = (word: string): string | undefined => ENGLISH_IN_ITALIAN.get(word);

/**
 * Request verbs and words an intent turns on ("anulla", "restanno", "cancle"): matched with a letter missing, doubled
 * or two swapped, never a wrong letter ("cancer" is not "cancel"), words of six letters or more only ("sposa" is
 * no slip of "sposta", which stays out, as "sposata" would read as it).
 */
const REQUEST_WORDS: Record<Lang, readonly string[]> = {
  it: [
    ...'annulla annullare cancella disdici disdire rimanda posticipa anticipa prenotami'.split(' '),
    ...'ricordamelo ricordatemi segnami fissami pacchetto rimangono restano rimaste richiesta'.split(' '),
  ],
  en: 'cancel reschedule postpone schedule request package remaining available'.split(' '),
};

export function slippedRequestWord(word: string, lang: Lang): string | undefined {
  if (word.length < 6 || REQUEST_WORDS[lang].includes(word)) return undefined;
  const near = REQUEST_WORDS[lang].filter((w) => w.length >= 6 && w[0] === word[0]);
  const meant = bestSlip(word, near);
  // "scheduled", "requests": another form of the word, not a slip of it
  if (meant === undefined || word.startsWith(meant)) return undefined;
  return isSafeSlip(word, meant) && !(lang === 'it' && INFINITIVE_CLITIC.test(word)) ? meant : undefined;
}

/** Days named with a letter missing or two swapped after a preposition ("on sundy", "entro venrdi"). */
const DAY_PREPS = new Set('on by till until next this every last from il di entro per ogni da a fino'.split(' '));

export function slippedWeekday(tokens: readonly Tok[], i: number, lang: Lang): string | undefined {
  const word = tokens[i]?.norm ?? '';
  if (word.length < 5 || Object.hasOwn(weekdays[lang], word) || !DAY_PREPS.has(tokens[i - 1]?.norm ?? ''))
    return undefined;
  const names = Object.keys(weekdays[lang]).filter((w) => w.length >= 6 && w[0] === word[0]);
  const meant = bestSlip(word, names);
  const kind = meant === undefined ? undefined : slipKind(word, meant);
  return kind === 'missing' || kind === 'swapped' ? meant : undefined;
}

/** An English "pm"/"am" after the hour in an Italian message ("alle 3pm", "alle 9pm"), in Italian. */
export function italianClockHalf(tokens: readonly Tok[], i: number): string | undefined {
  const norm = tokens[i]?.norm;
  const hour = Number(tokens[i - 1]?.kind === 'number' ? tokens[i - 1]?.norm : NaN);
  if ((norm !== 'pm' && norm !== 'am') || !(hour >= 1 && hour <= 12)) return undefined;
  if (norm === 'am') return 'di mattina';
  return hour < 6 || hour === 12 ? 'del pomeriggio' : 'di sera';
}

const fuzzyIndex: Record<Lang, { words: Set<string>; byInitial: Map<string, string[]> }> = {
  it: indexVocabulary(fuzzyVocabulary.it),
  en: indexVocabulary(fuzzyVocabulary.en),
};

function indexVocabulary(words: readonly string[]): { words: Set<string>; byInitial: Map<string, string[]> } {
  const byInitial = new Map<string, string[]>();
  for (const w of words) byInitial.set(w[0] ?? '', [...(byInitial.get(w[0] ?? '') ?? []), w]);
  return { words: new Set(words), byInitial };
}

/**
 * The one vocabulary word a typo is a slip away from (same first letter, long words only). A
 * five-letter word is a slip only as a six-letter word missing a letter inside it ("domni",
 * "sabto"): never its last letter, so a name like "Maggi" stays itself.
 */
export function fuzzyFix(word: string, lang: Lang): string | undefined {
  const index = fuzzyIndex[lang];
  if (word.length < 5 || index.words.has(word)) return undefined;
  // "di aprire il cancello": an Italian infinitive is a word of its own, never a slip ("aprile")
  if (lang === 'it' && /(?:are|ere|ire)$/.test(word)) return undefined;
  const near = index.byInitial.get(word[0] ?? '') ?? [];
  if (word.length === 5) {
    const short = near.filter((w) => w.length === 6 && w.endsWith(word.slice(-1)) && slipKind(word, w) !== undefined);
    return short.length === 1 ? short[0] : undefined;
  }
  return bestSlip(
    word,
    near.filter((w) => w.length >= 6),
  );
}
