import type { Lang } from './contract.js';
import { tokenize, type Token } from './normalize.js';
import { weekdays, months } from './lexicon.js';

/**
 * Function words and frequent request words that only one of the two languages uses. Words
 * both languages borrow ("call", "meeting", "a", "in") are left out, so an Italian message
 * about "una call" is still Italian.
 */
const ITALIAN = new Set([
  'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'di', "d'", 'da', 'con', 'su', 'per', 'tra', 'fra', 'e', 'che', 'non', 'un', 'una',
  "un'", 'uno', 'del', 'della', 'dei', 'delle', "dell'", 'al', 'alla', 'alle', "all'", 'nel', 'nella', 'mi', 'ti', 'ci', 'ho',
  'hai', 'ha', 'sono', 'cosa', 'mio', 'mia', 'miei', 'grazie', 'ciao', 'favore', 'domani', 'oggi', 'dopodomani', 'stasera',
  'settimana', 'prossima', 'prossimo', 'entro', 'ogni', 'tutti', 'giorno', 'giorni', 'ore', 'sera', 'mattina', 'pomeriggio',
  'promemoria', 'ricordami', 'appuntamento', 'riunione', 'chiama', 'scrivi', 'prenota', 'prenotami', 'annulla', 'cancella',
  'sposta', 'fammi', 'puoi', 'anche', 'questo', 'questa', 'quando', 'dove', 'come', 'perche', "c'", 'mezz', "mezz'", 'dalle',
  'avvisami', 'fissami', 'segna', 'metti', 'elimina', 'rimanda', 'traduci', 'prepara', 'cerca', 'compra', 'manda', 'mandami',
  'sai', 'fare', 'ricordarmi', 'impegni', 'agenda', 'calendario', 'mezzogiorno', 'mezzanotte', 'stamattina', 'bene', 'va',
]);

const ENGLISH = new Set([
  'the', 'to', 'of', 'and', 'on', 'at', 'for', 'with', 'by', 'my', 'me', 'i', 'you', 'is', 'are', 'what', "'s", 'remind',
  'tomorrow', 'today', 'tonight', 'please', 'can', 'could', 'next', 'every', 'week', 'day', 'morning', 'evening', 'afternoon',
  'reminder', 'reminders', 'book', 'cancel', 'move', 'thanks', 'thank', 'hi', 'hello', 'from', 'this', 'that', 'it', 'do',
  'have', 'am', 'pm', 'show', 'list', 'send', 'write', 'translate', 'find', 'order', 'table', 'about', 'into', 'our', 'your',
  'set', 'up', 'put', 'add', 'schedule', 'an', 'be', 'will', 'would', 'noon', 'midnight', 'minutes', 'hours',
  'hour', 'days', 'weeks', 'end', 'month', 'lunch', 'dinner', 'appointment', 'calendar', 'agenda', 'help', 'lol',
  'perfect', 'where', 'when', 'how', 'who', 'need', 'want', 'let', 'forget', 'dont', 'push', 'reschedule', 'draft', 'research',
  'proofread', 'prepare', 'buy', 'check', 'call', 'ask', 'email', 'reply',
]);
// "agenda" and "call" are borrowed both ways: they count for neither language.
ENGLISH.delete('agenda');
ENGLISH.delete('call');
for (const w of Object.keys(weekdays.it)) ITALIAN.add(w);
for (const w of Object.keys(months.it)) if (w.length > 4) ITALIAN.add(w);
for (const w of Object.keys(weekdays.en)) if (w.length > 4) ENGLISH.add(w);
for (const w of Object.keys(months.en)) if (w.length > 3) ENGLISH.add(w);

/** Italian or English from already tokenised text; ties go to the fallback (the client's language). */
export function detectLanguageOfTokens(tokens: readonly Token[], fallback: Lang): Lang {
  let it = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (ITALIAN.has(t.norm)) it++;
    if (ENGLISH.has(t.norm)) en++;
  }
  if (it === en) return fallback;
  return it > en ? 'it' : 'en';
}

export function detectLanguage(text: string, fallback: Lang): Lang {
  return detectLanguageOfTokens(tokenize(text), fallback);
}
