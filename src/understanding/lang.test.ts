import { describe, expect, it } from 'vitest';
import { detectLanguage } from './lang.js';

describe('detectLanguage', () => {
  it.each([
    ['Ricordami domani alle 3 di chiamare il commercialista', 'it'],
    ['Metti in agenda una call con il cliente di Torino', 'it'],
    ['cosa ho domani?', 'it'],
    ['Remind me tomorrow at 3 to call the accountant', 'en'],
    ["what's on next week?", 'en'],
    ['Schedule a call with the Boston team', 'en'],
  ] as const)('reads "%s" as %s whatever the hint', (text, lang) => {
    expect(detectLanguage(text, 'it')).toBe(lang);
    expect(detectLanguage(text, 'en')).toBe(lang);
  });

  it.each(['ok', '/start', '😀', '', 'call'])('keeps the fallback when "%s" says nothing', (text) => {
    expect(detectLanguage(text, 'it')).toBe('it');
    expect(detectLanguage(text, 'en')).toBe('en');
  });
});
