import { describe, expect, it } from 'vitest';
import { addedWords, asThingToDo } from './addition.js';

describe('words added to what was just made', () => {
  it.each([
    ['ah e aggiungi che devo anche ritirare le camicie', 'devo anche ritirare le camicie'],
    ['e aggiungi anche le ricevute del 2025', 'le ricevute del 2025'],
    ['scrivi anche che serve la versione giurata.', 'serve la versione giurata'],
    ['mettici pure il numero di protocollo', 'il numero di protocollo'],
    ['also add that I need to get the shirts', 'I need to get the shirts'],
    ['and add that the deadline is firm!', 'the deadline is firm'],
    ['add also the invoice number', 'the invoice number'],
  ])('%s adds «%s»', (text, added) => {
    expect(addedWords(text)).toBe(added);
  });

  it.each([
    'aggiungi un appuntamento domani alle 10 col dentista',
    'scrivi una mail al notaio',
    'add a meeting with Rossi on Friday',
    'metti in agenda la cena di giovedì',
    'aggiungi che',
  ])('%s is a request of its own, or nothing', (text) => {
    expect(addedWords(text)).toBeUndefined();
  });

  it.each([
    ['devo anche ritirare le camicie', 'ritirare le camicie'],
    ['I need to get the shirts', 'get the shirts'],
    ['le ricevute del 2025', 'le ricevute del 2025'],
  ])('%s is said as a thing to do: %s', (addition, todo) => {
    expect(asThingToDo(addition)).toBe(todo);
  });
});
