import { describe, expect, it } from 'vitest';
import { normalizeTokens, tokenize } from './normalize.js';

const norms = (text: string, lang: 'it' | 'en') => normalizeTokens(tokenize(text), lang).map((t) => t.norm);

describe('tokenize', () => {
  it('folds case, accents and apostrophes and keeps where each token came from', () => {
    const text = 'Lunedì l’Architetto';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(['lunedi', "l'", 'architetto']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Lunedì', 'l’', 'Architetto']);
  });

  it('keeps numeric times and dates whole and splits units glued to numbers', () => {
    expect(tokenize('alle 15:30 il 3/12/2026 alle 9.15, 8am 15h 9th').map((t) => t.norm)).toEqual([
      'alle',
      '15:30',
      'il',
      '3/12/2026',
      'alle',
      '9.15',
      ',',
      '8',
      'am',
      '15',
      'h',
      '9',
      'th',
    ]);
  });

  it('splits English clitics and keeps Italian elisions on the first word', () => {
    expect(tokenize("what's Marta's don't o'clock un'ora dell'ufficio").map((t) => t.norm)).toEqual([
      'what',
      "'s",
      'marta',
      "'s",
      'dont',
      'oclock',
      "un'",
      'ora',
      "dell'",
      'ufficio',
    ]);
  });

  it('turns emoji and symbols into punctuation tokens', () => {
    expect(tokenize('ok 😀!').map((t) => [t.norm, t.kind])).toEqual([
      ['ok', 'word'],
      ['😀', 'punct'],
      ['!', 'punct'],
    ]);
  });
});

describe('normalizeTokens', () => {
  it('fixes chat spellings and typos of time words', () => {
    expect(norms('ricordami dmn alle 3 d chiamare', 'it')).toEqual([
      'ricordami',
      'domani',
      'alle',
      '3',
      'di',
      'chiamare',
    ]);
    expect(norms('remind me tmrw', 'en')).toEqual(['remind', 'me', 'tomorrow']);
    expect(norms('giovedì pomeriggo', 'it')).toEqual(['giovedi', 'pomeriggio']);
  });

  it('reads "bn" as a wish before what is wished, else as "bene"', () => {
    expect(norms('bn serata', 'it')).toEqual(['buona', 'serata']);
    expect(norms('bn weekend a tt', 'it')).toEqual(['buon', 'weekend', 'a', 'tutto']);
    expect(norms('va bn x dmn', 'it')).toEqual(['va', 'bene', 'per', 'domani']);
    expect(norms('tnx, thanx', 'en')).toEqual(['thanks', ',', 'thanks']);
  });

  it('turns number words into digits, and Italian "sei" only where a time is expected', () => {
    expect(norms('alle tre e tre quarti', 'it')).toEqual(['alle', '3', 'e', '3', 'quarti']);
    expect(norms('sei libero alle sei?', 'it')).toEqual(['sei', 'libero', 'alle', '6', '?']);
    expect(norms('at three', 'en')).toEqual(['at', '3']);
  });
});
