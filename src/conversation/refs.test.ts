import { describe, expect, it } from 'vitest';
import { droppedRef, requestRef, withoutRef } from './refs.js';

describe('a request number in the client words', () => {
  it.each([
    ['annulla la richiesta 1011, era una cavolata', 1011],
    ['annulla la richiesta #1011', 1011],
    ['annulla la #1011', 1011],
    ['#1011', 1011],
    ['la pratica 1011 a che punto è?', 1011],
    ['cancel request 1013', 1013],
    ['status of ticket n. 1013?', 1013],
    ['Richiesta N. 1020', 1020],
    ['rif. 4410 a che punto siamo', 4410],
    ['ref 6620, hows it going', 6620],
    ['riferimento 2250', 2250],
  ])('%s → %i', (text, ref) => expect(requestRef(text)).toBe(ref));

  it('reads the number whole and never from a look-alike word', () => {
    expect(requestRef('richiesta 10112')).toBe(10112);
    expect(requestRef('richiestaX 1011')).toBeUndefined();
    expect(requestRef('Richiamare la sig.ra Colombo 1011')).toBeUndefined();
    expect(requestRef('ricordami alle 10 di chiamare')).toBeUndefined();
    expect(requestRef('prenota per 4 persone')).toBeUndefined();
    expect(requestRef('request1011')).toBeUndefined();
    expect(requestRef('il referto 1011 è pronto')).toBeUndefined();
    expect(requestRef('rifai 3 copie')).toBeUndefined();
  });

  it('leaves the other words to match', () => {
    expect(withoutRef('richiesta 1011, era una cavolata')).toBe(', era una cavolata');
  });
});

describe('a request dropped by its number', () => {
  it.each([
    ['pratica 1020 lasciala perdere, il fabbro l ho chiamato io', 1020],
    ['#1021 annullalo, non serve', 1021],
    ['la richiesta 1022 non mi serve più', 1022],
    ['lascia stare la richiesta 1023', 1023],
    ['request 1024, drop it', 1024],
    ['please cancel ticket 1025', 1025],
  ])('%s drops %i', (text, ref) => expect(droppedRef(text)).toBe(ref));

  it.each([
    'non annullare la richiesta 1020, serve ancora',
    "don't cancel request 1020",
    'la richiesta 1020 è stata annullata?',
    'richiesta 1020: aggiungi anche il logo',
    'annulla il dentista di domani',
  ])('%s drops nothing', (text) => expect(droppedRef(text)).toBeUndefined());
});
