import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { englishSeatingWords } from '../time/lexicon.js';

/** How many people a booking is for, and whether they sit at a table (which makes a bare 8 dinner time). */

/** "siamo in 6", "saremo in 8", "we are 6", "party of 6": how many people, not part of the title */
const PARTY_LEADS: Record<Lang, readonly (readonly string[])[]> = {
  it: [['siamo', 'in'], ['saremo', 'in'], ['per'], ['in']],
  en: [['we', 'are'], ["we're"], ['we', "'re"], ['party', 'of'], ['for']],
};
const PEOPLE: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['persone', 'persona', 'coperti', 'ospiti']),
  en: new Set(['people', 'persons', 'guests', 'of', 'us']),
};

const CLOCK_PREPS: ReadonlySet<string> = new Set(['at', '@', 'alle', 'ore']);
/** "at 8", "alle 9": an hour said before token `before`. */
const clockBefore = (tokens: readonly Token[], before: number): boolean =>
  tokens.some((t, j) => j < before - 1 && CLOCK_PREPS.has(t.norm) && tokens[j + 1]?.kind === 'number');

/** "at 8", "alle 9": an hour said after token `after`. */
const clockAfter = (tokens: readonly Token[], after: number): boolean =>
  tokens.some((t, j) => j > after && CLOCK_PREPS.has(t.norm) && tokens[j + 1]?.kind === 'number');

/** Words opening a date right after the party ("for 2 on friday", "per 4 sabato"). */
const DATE_OPENERS: ReadonlySet<string> = new Set([
  ...['on', 'at', 'this', 'next', 'tomorrow', 'tonight', 'today'],
  ...['sabato', 'domenica', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi'],
  ...['domani', 'stasera', 'oggi', 'dopodomani', 'alle', 'il'],
  ...['saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
]);

/** Words of a place where people are seated; with a party size, a booking's bare 8 or 9 is dinner time. */
const SEATS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['tavolo', 'tavoli', 'ristorante', 'pizzeria', 'trattoria', 'osteria', 'coperti']),
  en: new Set(['table', 'tables', 'restaurant', 'pub', 'seats', 'reservation']),
};
/** Morning meals: a table for them keeps its morning hour ("un tavolo x colazione alle 9"). */
const MORNING_MEALS: ReadonlySet<string> = new Set(['colazione', 'breakfast', 'brunch']);

/** Whether a booking seats people at a table: a place to sit, or a party size, and no morning meal. */
export function seatsPeople(tokens: readonly Token[], lang: Lang): boolean {
  if (tokens.some((t) => MORNING_MEALS.has(t.norm))) return false;
  return tokens.some((t) => SEATS[lang].has(t.norm)) || partyOf(tokens, lang) !== undefined;
}

/** The party size a booking names ("siamo in 6", "per 4 persone", "we are 6") and its tokens. */
export function partyOf(
  tokens: readonly Token[],
  lang: Lang,
): { size: number; first: number; last: number } | undefined {
  // "for 4" alone, closing a clause, is a party where people are seated ("a table for 4"), a time elsewhere
  // ("a call with Bob for 5"); Italian says an hour with its article ("per le 5"), so "per 4" stays a party
  // … and after a time already said ("at Nora's saturday at 8 for 4"): a second hour is not
  const seated = lang === 'it' || tokens.some((t) => englishSeatingWords.includes(t.norm));
  for (const lead of PARTY_LEADS[lang]) {
    for (let i = 0; i + lead.length < tokens.length; i++) {
      if (!lead.every((word, k) => tokens[i + k]?.norm === word)) continue;
      const number = tokens[i + lead.length];
      if (number?.kind !== 'number' || !/^\d{1,3}$/.test(number.norm)) continue;
      const people = PEOPLE[lang].has(tokens[i + lead.length + 1]?.norm ?? '');
      const next = tokens[i + lead.length + 1];
      const closing = next === undefined || next.kind === 'punct';
      // "book at the Ritz for 2 on friday at 8": before a date, with the hour said elsewhere, it is no hour
      const dated = DATE_OPENERS.has(next?.norm ?? '') && (seated || clockAfter(tokens, i + lead.length));
      const party = (closing && (seated || clockBefore(tokens, i))) || dated;
      if (lead.length === 1 && !people && !(lead[0] !== 'in' && party)) continue;
      const size = Number(number.norm);
      if (size >= 1 && size <= 500) return { size, first: i, last: i + lead.length + (people ? 1 : 0) };
    }
  }
  return undefined;
}
