import type { Lang } from '../contract.js';
import type { Analysis } from '../analyze.js';
import type { TimeMatch } from '../time/spec.js';

/**
 * What may stand around a status without changing it: the meal the client is at ("sono a cena fino alle
 * 11"), who they are with and where ("in trasferta a Monaco", "in cabina con una cliente").
 */

/** what introduces a status's end: "fino alle 16", "per un'ora", "until 4pm", "for an hour" */
export const UNTIL_WORDS: ReadonlySet<string> = new Set(['fino', 'finche', 'per', 'until', 'till', 'til', 'for']);

const MEALS: ReadonlySet<string> = new Set(['breakfast', 'lunch', 'dinner']);

export const isMealMatch = (m: TimeMatch): boolean => m.component.kind === 'part' && MEALS.has(m.component.part);

/** "sono a pranzo/cena fino alle 3": the meal is where the client is, not a time, inside a status phrase. */
export function isMeal(a: Analysis, i: number): boolean {
  return a.matches.some((m) => m.first <= i && m.last >= i && isMealMatch(m));
}

const COMPANY_WORDS: ReadonlySet<string> = new Set(['con', 'col', 'coi', 'with']);
/** "sono in trasferta a Monaco", "in riunione in sala B": where, after the status */
const PLACE_WORDS: ReadonlySet<string> = new Set(['a', 'ad', 'in']);
const ASIDE_REACH = 3;

/** "sono in cantiere per il sopralluogo fino alle 18", "on site for the handover until 5": what for, after the status */
const WHAT_FOR: ReadonlySet<string> = new Set(['per', 'for']);

/** "con", "a", "in", "per": a word that opens who the client is with, where, or what for */
export const isAsideWord = (norm: string): boolean =>
  COMPANY_WORDS.has(norm) || PLACE_WORDS.has(norm) || WHAT_FOR.has(norm);

/**
 * "…in cabina con una cliente", "a cena con dei clienti fino alle…", "sono in trasferta a Monaco": who the
 * client is with or where, a few words each, closing the place or status (or `stops`, a status run on after
 * it); `from` when there is none.
 */
export function pastCompany(analysis: Analysis, from: number, stops?: (k: number) => boolean): number {
  const { tokens, consumed } = analysis;
  // "…coi soci nn passatemi nessuno": a run-on status closes the company too
  const ends = (k: number) =>
    k === tokens.length || tokens[k]!.kind === 'punct' || consumed[k] === true || stops?.(k) === true;
  const closes = (k: number) => ends(k) || UNTIL_WORDS.has(tokens[k]!.norm);
  const aside = (k: number) => isAsideWord(tokens[k]?.norm ?? '');
  let at = from;
  while (aside(at) && !consumed[at]) {
    let j = at + 1;
    while (j <= at + ASIDE_REACH && !closes(j) && !aside(j)) j++;
    if (j === at + 1 || !(closes(j) || aside(j))) return at;
    at = j;
  }
  return at;
}

/** "at a wake till late", "in the office until late": busy with no end the office can use */
export function tillLate(analysis: Analysis, i: number, place: number, reach: number) {
  const { tokens, consumed } = analysis;
  for (let j = place + 1; j <= place + reach && j + 1 < tokens.length; j++) {
    if (tokens[j]!.kind === 'punct' || consumed[j]) return undefined;
    if (UNTIL_WORDS.has(tokens[j]!.norm) && tokens[j + 1]!.norm === LATE[analysis.lang])
      return { kind: 'busy' as const, length: j + 2 - i };
  }
  return undefined;
}
const LATE: Record<Lang, string> = { it: 'tardi', en: 'late' };

const WORKPLACE_WORDS: ReadonlySet<string> = new Set(['ufficio', 'office', 'studio', 'desk', 'scrivania']);

/** "sono in ufficio", "I'm in the office": being back is a place too, and at it until a time the client is busy. */
export const namesWorkplace = (a: Analysis, from: number, length: number): boolean =>
  a.tokens.slice(from, from + length).some((t) => WORKPLACE_WORDS.has(t.norm));

const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', 'da', 'dal', 'dalla', 'dallo', 'dai', "dall'"]);
const ORIGIN_REACH = 4;

/** "i'm back from the bank, available", "sono tornato dal dentista": where the place come back from ends. */
export function pastOrigin(analysis: Analysis, from: number): number {
  const { tokens, consumed } = analysis;
  if (!ORIGIN_WORDS.has(tokens[from]?.norm ?? '') || consumed[from]) return from;
  let j = from + 1;
  while (j < tokens.length && j <= from + ORIGIN_REACH && tokens[j]!.kind !== 'punct' && !consumed[j]) j++;
  return j < tokens.length && tokens[j]!.kind !== 'punct' ? from : j;
}

/** where the client goes, or who with: "driving to Abu Dhabi", "on a call with the US team", "in riunione con la banca" */
const DESTINATION_WORDS: ReadonlySet<string> = new Set(['to', 'towards', 'verso', 'with', 'con', 'col', 'coi']);

/**
 * "i'm driving to Abu Dhabi till 1pm", "on a call with the US team till 1am": a destination or company of
 * two to four words before the status's end.
 */
export function pastDestination(analysis: Analysis, from: number): number {
  const { tokens, consumed } = analysis;
  // "driving back from Vegas until 5", "driving home till 4": the way back, from where (leftovers 19)
  const back = WAY_BACK.has(tokens[from]?.norm ?? '') && !consumed[from] ? from + 1 : from;
  const word = tokens[back]?.norm ?? '';
  if (back > from && UNTIL_WORDS.has(word) && consumed[back + 1] === true) return back;
  if (!(DESTINATION_WORDS.has(word) || (back > from && word === 'from')) || consumed[back]) return from;
  let j = back + 1;
  while (j <= back + ORIGIN_REACH && !UNTIL_WORDS.has(tokens[j]?.norm ?? '') && tokens[j]?.kind === 'word') j++;
  return UNTIL_WORDS.has(tokens[j]?.norm ?? '') && consumed[j + 1] === true ? j : from;
}

/** "… fino alle 11 a sistemare (il magazzino)": what the client is there for closes the status */
export const saysPurpose = (analysis: Analysis, j: number): boolean =>
  analysis.lang === 'it' &&
  PURPOSE_WORDS.has(analysis.tokens[j]!.norm) &&
  !analysis.consumed[j + 1] &&
  INFINITIVE.test(analysis.tokens[j + 1]?.norm ?? '');
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['a', 'ad', 'per']);
const INFINITIVE = /^[a-z]{2,}(?:are|ere|ire)$/;

const WAY_BACK: ReadonlySet<string> = new Set(['back', 'home']);
