import { opensRequest } from './tail-request.js';
import type { Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { englishSeatingWords } from '../time/lexicon.js';

/** How many people a booking is for, and whether they sit at a table (which makes a bare 8 dinner time). */

/** "siamo in 6", "saremo in 8", "we are 6", "party of 6": how many people, not part of the title */
const PARTY_LEADS: Record<Lang, readonly (readonly string[])[]> = {
  it: [['siamo', 'in'], ['saremo', 'in'], ['per'], ['in'], ['da']],
  en: [['we', 'are'], ["we're"], ['we', "'re"], ['we', "'ll", 'be'], ['we', 'will', 'be'], ['party', 'of'], ['for']],
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
  // "cena x 5 da Sushi Saito alle 8": the place right after the party
  ...['da', 'dal', 'dalla', 'dai', "dall'"],
]);

/** Words of a place where people are seated; with a party size, a booking's bare 8 or 9 is dinner time. */
const SEATS: Record<Lang, ReadonlySet<string>> = {
  it: new Set(['tavolo', 'tavoli', 'ristorante', 'pizzeria', 'trattoria', 'osteria', 'coperti']),
  en: new Set(['table', 'tables', 'restaurant', 'pub', 'seats', 'reservation']),
};
const MEALS: ReadonlySet<string> = new Set(['pranzo', 'cena', 'colazione', 'brunch', 'lunch', 'dinner', 'breakfast']);
/** "x 6 a pranzo", "for 4 for dinner": a meal right after the number makes it the party */
const mealAfter = (tokens: readonly Token[], number: number): boolean =>
  ['a', 'per', 'for', 'at'].includes(tokens[number + 1]?.norm ?? '') && MEALS.has(tokens[number + 2]?.norm ?? '');

/** Morning meals: a table for them keeps its morning hour ("un tavolo x colazione alle 9"). */
const MORNING_MEALS: ReadonlySet<string> = new Set(['colazione', 'breakfast', 'brunch']);

/** Whether a booking seats people at a table: a place to sit, or a party size, and no morning meal. */
export function seatsPeople(tokens: readonly Token[], lang: Lang): boolean {
  if (tokens.some((t) => MORNING_MEALS.has(t.norm))) return false;
  return tokens.some((t) => SEATS[lang].has(t.norm)) || partyOf(tokens, lang) !== undefined;
}

/**
 * Parties named around their number: "per noi 5", "per me e 3 amici" (the client counts too), "there will
 * be 6 of us", "for the 4 of us"; longest first, so the words before the number leave the title with it.
 */
const AROUND: Record<Lang, readonly { before: readonly string[]; after: readonly string[]; plus: number }[]> = {
  it: [
    { before: ['per', 'noi', 'in'], after: [], plus: 0 },
    { before: ['per', 'noi'], after: [], plus: 0 },
    { before: ['per', 'me', 'e', 'altri'], after: [], plus: 1 },
    { before: ['per', 'me', 'e'], after: [], plus: 1 },
    { before: ['io', 'e', 'altri'], after: [], plus: 1 },
    { before: ['io', 'e'], after: [], plus: 1 },
  ],
  en: [
    { before: ['there', 'will', 'be'], after: ['of', 'us'], plus: 0 },
    { before: ['there', "'ll", 'be'], after: ['of', 'us'], plus: 0 },
    { before: ['there', 'are'], after: ['of', 'us'], plus: 0 },
    { before: ['there', "'re"], after: ['of', 'us'], plus: 0 },
    { before: ['for', 'the'], after: ['of', 'us'], plus: 0 },
    { before: ['for', 'all'], after: ['of', 'us'], plus: 0 },
    { before: ['for', 'me', 'and', 'my'], after: [], plus: 1 },
    { before: ['for', 'me', 'and'], after: [], plus: 1 },
    { before: ['me', 'and', 'my'], after: [], plus: 1 },
    { before: ['me', 'and'], after: [], plus: 1 },
    { before: [], after: ['of', 'us'], plus: 0 },
  ],
};
/** Who comes with the client after the number ("per me e 3 amici", "me and 2 colleagues"). */
const COMPANIONS: ReadonlySet<string> = new Set([
  ...['amici', 'amiche', 'colleghi', 'colleghe', 'ospiti', 'persone', 'clienti', 'altri', 'altre'],
  ...['figli', 'bambini', 'fratelli', 'sorelle', 'nipoti'],
  ...['friends', 'colleagues', 'guests', 'people', 'clients', 'others'],
  ...['kids', 'children', 'sons', 'daughters', 'brothers', 'sisters', 'parents'],
]);

type Party = { size: number; first: number; last: number };

function partyAround(tokens: readonly Token[], lang: Lang): Party | undefined {
  const is = (i: number, word: string) => tokens[i]?.norm === word;
  for (const { before, after, plus } of AROUND[lang]) {
    for (let i = 0; i + before.length < tokens.length; i++) {
      const number = tokens[i + before.length];
      if (!before.every((word, k) => is(i + k, word)) || number?.kind !== 'number') continue;
      const n = i + before.length;
      if (!/^\d{1,3}$/.test(number.norm) || !after.every((word, k) => is(n + 1 + k, word))) continue;
      const last = n + after.length + (plus > 0 && COMPANIONS.has(tokens[n + 1]?.norm ?? '') ? 1 : 0);
      const size = Number(number.norm) + plus;
      if (size >= 1 && size <= 500) return { size, first: i, last };
    }
  }
  return undefined;
}

/** Units after "per 2" / "for 2" that make it a length or an amount, never people. */
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  ...['ore', 'ora', 'minuti', 'giorni', 'notti', 'notte', 'settimane', 'mesi', 'euro'],
  ...['hours', 'hour', 'minutes', 'mins', 'days', 'nights', 'night', 'weeks', 'months', 'pm', 'am'],
]);

/** The party size a booking names ("siamo in 6", "per 4 persone", "we are 6", "6 of us") and its tokens. */
export function partyOf(tokens: readonly Token[], lang: Lang): Party | undefined {
  return partyAround(tokens, lang) ?? partyAfterLead(tokens, lang);
}

function partyAfterLead(tokens: readonly Token[], lang: Lang): Party | undefined {
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
      // "per 2 e mandami la conferma": a second request closes the clause too
      const closing = next === undefined || next.kind === 'punct' || opensRequest(tokens, i + lead.length + 1, lang);
      // "book at the Ritz for 2 on friday at 8": before a date, with the hour said elsewhere, it is no hour
      const dated = DATE_OPENERS.has(next?.norm ?? '') && (seated || clockAfter(tokens, i + lead.length));
      // "un tavolo per due da Gino": after a place to sit, a bare number is the party
      const afterSeat = tokens.slice(0, i).some((t) => SEATS[lang].has(t.norm)) && !NOT_PEOPLE.has(next?.norm ?? '');
      const party =
        (closing && (seated || clockBefore(tokens, i))) || dated || afterSeat || mealAfter(tokens, i + lead.length);
      if (lead.length === 1 && !people && !(lead[0] !== 'in' && party)) continue;
      // "un tavolo da 6": "da" counts people only after a place to sit ("una call da 30" is minutes)
      if (lead[0] === 'da' && !afterSeat) continue;
      const size = Number(number.norm);
      if (size >= 1 && size <= 500) return { size, first: i, last: i + lead.length + (people ? 1 : 0) };
    }
  }
  return undefined;
}
