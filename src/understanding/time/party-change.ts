import type { Token } from '../normalize.js';
import { headcountWords } from './lexicon.js';

/**
 * "cambia la prenotazione da 4 a 6", "change the table booking from 4 to 6": with a verb of change, a
 * reservation word and no word of the clock, two bare numbers are the party size before and after,
 * never an hour range (the range of a move says "dalle 4 alle 6", "from 4 to 6pm").
 */
const CHANGE_STEMS = ['cambi', 'modific', 'aggiorn', 'change', 'modify', 'amend', 'update', 'increase', 'reduce'];
const RESERVATION_WORDS: ReadonlySet<string> = new Set([
  ...['prenotazione', 'prenotazioni', 'tavolo', 'tavoli', 'coperti', 'posti'],
  ...['booking', 'bookings', 'reservation', 'reservations', 'table', 'tables', 'seats'],
]);
const CLOCK_WORDS: ReadonlySet<string> = new Set([
  ...['alle', 'dalle', 'ore', 'orario', 'ora', 'mattina', 'pomeriggio', 'sera', 'notte'],
  ...['am', 'pm', 'time', 'oclock', 'morning', 'afternoon', 'evening', 'night'],
]);
const FROM = new Set(['da', 'from']);
const TO = new Set(['a', 'to']);

const isCount = (t: Token | undefined): boolean => t?.kind === 'number' && /^\d{1,2}$/.test(t.norm);

/**
 * "change tonight's booking from 8 to 9": one hour on between evening hours is a move of the table, not 8
 * guests becoming 9 (batch 12); "from 8 to 10" stays a change of party.
 */
const dinnerHours = (a: Token | undefined, b: Token | undefined): boolean =>
  Number(a?.norm) >= 7 && Number(a?.norm) <= 10 && Number(b?.norm) === Number(a?.norm) + 1;

/** Index of the first number of "da 4 a 6" when it changes a party size; undefined otherwise. */
export function partyChangeAt(tokens: readonly Token[]): number | undefined {
  let at: number | undefined;
  let change = false;
  let reservation = false;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]?.norm ?? '';
    // "at Nobu" names a place, "at 8" a clock
    if (CLOCK_WORDS.has(norm) || (norm === 'at' && tokens[i + 1]?.kind === 'number')) return undefined;
    change ||= CHANGE_STEMS.some((stem) => norm.startsWith(stem));
    reservation ||= RESERVATION_WORDS.has(norm);
    const range =
      FROM.has(norm) && isCount(tokens[i + 1]) && TO.has(tokens[i + 2]?.norm ?? '') && isCount(tokens[i + 3]);
    if (range && at === undefined && !dinnerHours(tokens[i + 1], tokens[i + 3])) at = i + 1;
  }
  return change && reservation ? at : undefined;
}

/** "da 4 a 6 persone", "6 people", "cambia la prenotazione da 4 a 6": the message names a head count. */
export function namesHeadcount(tokens: readonly Token[]): boolean {
  return (
    tokens.some((t, i) => t.kind === 'number' && headcountWords.has(tokens[i + 1]?.norm ?? '')) ||
    partyChangeAt(tokens) !== undefined
  );
}
