import { describe, expect, it } from 'vitest';
import { understandRules } from '../rules.js';

const now = new Date('2026-12-14T09:00:00+01:00');
const it_ = { now, tz: 'Europe/Rome', lang: 'it' as const };
const en = { now, tz: 'Europe/London', lang: 'en' as const };

describe('dropping something named', () => {
  it('is a cancel of what it names, without the reason said after a comma', () => {
    expect(understandRules("lascia perdere l'F24 di Bianchi, lo faccio io", it_)).toEqual({
      intent: 'cancel',
      target: 'F24 di Bianchi',
    });
    expect(understandRules('lasciamo stare la traduzione del contratto, non serve più', it_)).toEqual({
      intent: 'cancel',
      target: 'traduzione del contratto',
    });
    expect(understandRules("forget about the letter to the landlord, I'll write it", en)).toEqual({
      intent: 'cancel',
      target: 'letter to the landlord',
    });
    expect(understandRules('annulla la cena da Gino, ci andiamo sabato', it_)).toMatchObject({
      intent: 'cancel',
      target: 'cena da Gino',
    });
  });

  it('said alone only drops a question: no cancel', () => {
    for (const text of ['lascia perdere', 'lascia stare, grazie', 'never mind', 'lasciamo perdere per ora'])
      expect(understandRules(text, text.startsWith('never') ? en : it_).intent).not.toBe('cancel');
  });
});
