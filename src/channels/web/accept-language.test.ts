import { describe, expect, it } from 'vitest';
import { pickLang } from './accept-language.js';

describe('pickLang', () => {
  it.each([
    ['it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'it'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['en-GB;q=0.8, it;q=0.9', 'it'],
    ['fr, IT', 'it'],
    ['en;q=0, it;q=0.1', 'it'],
  ] as const)('reads %j as %s', (header, lang) => {
    expect(pickLang(header, 'en')).toBe(lang);
  });

  it.each([undefined, '', 'de-DE,fr;q=0.8', '*', 'en;q=0', 'garbage;;;'])(
    'falls back when %j names no language Delego speaks',
    (header) => {
      expect(pickLang(header, 'it')).toBe('it');
    },
  );
});
