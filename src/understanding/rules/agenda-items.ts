import type { AgendaItems, Lang } from '../contract.js';
import type { Token } from '../normalize.js';

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
export function namesOwnItems(tokens: readonly Token[], from: number): boolean {
  const near = tokens.slice(from, from + 5).map((t) => t.norm);
  return near.some((w, k) => OWN_ITEMS.some(([a, b]) => w === a && near[k + 1] === b));
}
