import { describe, expect, it } from 'vitest';
import { requestRef, withoutRef } from './refs.js';

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
  ])('%s → %i', (text, ref) => expect(requestRef(text)).toBe(ref));

  it('reads the number whole and never from a look-alike word', () => {
    expect(requestRef('richiesta 10112')).toBe(10112);
    expect(requestRef('richiestaX 1011')).toBeUndefined();
    expect(requestRef('Richiamare la sig.ra Colombo 1011')).toBeUndefined();
    expect(requestRef('ricordami alle 10 di chiamare')).toBeUndefined();
    expect(requestRef('prenota per 4 persone')).toBeUndefined();
    expect(requestRef('request1011')).toBeUndefined();
  });

  it('leaves the other words to match', () => {
    expect(withoutRef('richiesta 1011, era una cavolata')).toBe(', era una cavolata');
  });
});
