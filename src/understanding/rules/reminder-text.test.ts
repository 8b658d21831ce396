import { describe, expect, it } from 'vitest';
import { understandRules } from '../rules.js';

// Tuesday 1 December 2026, 9:30 in Rome.
const now = new Date('2026-12-01T09:30:00+01:00');
const read = (text: string, lang: 'it' | 'en' = 'it') => understandRules(text, { now, tz: 'Europe/Rome', lang });

describe('what to be reminded of, when it is telling someone else', () => {
  it.each([
    [
      'ricordami giovedì alle 17 di avvisare il corriere del cambio di indirizzo',
      'avvisare il corriere del cambio di indirizzo',
    ],
    [
      'dmn alle 8 ricordami d avvertire la sig.ra Neri che slitta la piega',
      'avvertire la sig.ra Neri che slitta la piega',
    ],
    ['ricordamelo venerdì alle 12 di ricordare a Paolo il bonifico', 'ricordare a Paolo il bonifico'],
  ])('keeps the verb of "%s"', (text, said) => {
    expect(read(text)).toMatchObject({ intent: 'reminder', text: said });
  });

  it('keeps it in English too', () => {
    expect(read('remind me on thursday at 5pm to remind Paolo about the transfer', 'en')).toMatchObject({
      intent: 'reminder',
      text: 'remind Paolo about the transfer',
    });
  });
});
