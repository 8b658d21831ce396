import { describe, expect, it } from 'vitest';
import { namedNote } from './named-ref-note.js';

describe('words about a request named by its number', () => {
  it.each([
    ['per la richiesta 1003: aggiungi che serve entro venerdì', 1003, 'serve entro venerdì'],
    ['x la pratica 88, il portone è quello sul retro', 88, 'il portone è quello sul retro'],
    ['riguardo alla #2041 metti anche che pago io', 2041, 'pago io'],
    ['richiesta 1003: la chiave è dal portiere', 1003, 'la chiave è dal portiere'],
    ['rif. 512 - il numero giusto è 347 1122334', 512, 'il numero giusto è 347 1122334'],
    ['re request 1003, also add that the key is with the porter', 1003, 'the key is with the porter'],
    ['about ticket 77: the deadline moved to Monday', 77, 'the deadline moved to Monday'],
  ])('%s → #%i «%s»', (text, ref, words) => expect(namedNote(text)).toEqual({ ref, words }));

  it('needs the number first and words after it', () => {
    expect(namedNote('per la richiesta 1003')).toBeUndefined();
    expect(namedNote('richiesta 1003?')).toBeUndefined();
    expect(namedNote('sposta la richiesta 1003 a venerdì')).toBeUndefined();
    expect(namedNote('per la traduzione: aggiungi che serve entro venerdì')).toBeUndefined();
    expect(namedNote('per le 10 richiesta urgente')).toBeUndefined();
    expect(namedNote('richiesta 10035x aggiungi')).toBeUndefined();
    expect(namedNote('#1 priorità: chiamare Rossi')).toBeUndefined();
  });
});
