import type { AgendaItems, Lang } from '../contract.js';
import type { Token } from '../normalize.js';
import { isWorkNoun } from './requests.js';

/** Nouns that narrow an agenda question to one kind of item, in folded form. */
const ITEM_NOUNS: Record<Lang, Record<string, AgendaItems>> = {
  it: {
    promemoria: 'reminders',
    reminder: 'reminders',
    appuntamento: 'bookings',
    appuntamenti: 'bookings',
    riunione: 'bookings',
    riunioni: 'bookings',
    prenotazione: 'bookings',
    prenotazioni: 'bookings',
    call: 'bookings',
    incontri: 'bookings',
  },
  en: {
    reminder: 'reminders',
    reminders: 'reminders',
    appointment: 'bookings',
    appointments: 'bookings',
    meeting: 'bookings',
    meetings: 'bookings',
    booking: 'bookings',
    bookings: 'bookings',
    calls: 'bookings',
  },
};

/**
 * "che promemoria ho?", "which reminders have I set?": the client asks only about reminders (or only
 * about appointments), not what is planned in general; undefined when no such noun, or both, are named.
 */
export function agendaItemsOf(tokens: readonly Token[], lang: Lang): AgendaItems | undefined {
  const named = new Set(
    tokens.flatMap((t) => (ITEM_NOUNS[lang][t.norm] === undefined ? [] : [ITEM_NOUNS[lang][t.norm]!])),
  );
  return named.size === 1 ? [...named][0] : undefined;
}

const OWN_ITEMS: readonly (readonly [string, string])[] = [
  ['che', 'ho'],
  ['i', 'have'],
  ['i', "'ve"],
];

/** "l'elenco delle cose che ho lunedì", "a list of what I have on friday": the client's own items, a few words after `from`. */
function namesOwnItems(tokens: readonly Token[], from: number): boolean {
  const near = tokens.slice(from, from + 5).map((t) => t.norm);
  return near.some((w, k) => OWN_ITEMS.some(([a, b]) => w === a && near[k + 1] === b));
}

/**
 * "l'elenco degli appuntamenti di lunedì", "a list of my meetings": the client's own items, listed;
 * a list inside work for the office ("una lettera con il riepilogo delle scadenze") is not.
 */
export function asksForList(
  tokens: readonly Token[],
  lang: Lang,
  cues: { listWords: ReadonlySet<string>; agendaNouns: ReadonlySet<string> },
): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (isWorkNoun(tokens[i]?.norm ?? '', lang)) return false;
    if (!cues.listWords.has(tokens[i]?.norm ?? '')) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++)
      if (cues.agendaNouns.has(tokens[j]?.norm ?? '')) return true;
    // "l'elenco delle cose che ho lunedì", "a list of what I have on friday": the client's own items
    if (namesOwnItems(tokens, i + 1)) return true;
  }
  return false;
}
