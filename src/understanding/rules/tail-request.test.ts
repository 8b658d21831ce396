import { describe, expect, it } from 'vitest';
import { understandRules } from '../rules.js';
import { tailRequestWords } from './tail-request.js';

const now = new Date('2027-04-14T10:00:00+02:00');

describe('a second request joined to a booking', () => {
  it('is cut from the title and its words are kept as the client wrote them', () => {
    const it_ = { now, tz: 'Europe/Rome', lang: 'it' as const };
    const message = 'prenota un tavolo da Gino sabato alle 8 e ricordami di confermare';
    expect(understandRules(message, it_)).toMatchObject({ intent: 'booking', title: 'tavolo da Gino' });
    expect(tailRequestWords(message, 'it')).toBe('ricordami di confermare');
    expect(tailRequestWords('cena con Luca venerdì e poi chiama il ristorante', 'it')).toBe('chiama il ristorante');
    expect(tailRequestWords('book a table at Nobu on friday at 8 and please send me the menu.', 'en')).toBe(
      'please send me the menu',
    );
    expect(tailRequestWords('book Nobu at 8 and then also send me the menu', 'en')).toBe('send me the menu');
  });

  it('finds none where "e"/"and" joins people or things, not a request', () => {
    expect(tailRequestWords('riunione con Rossi e Bianchi giovedì alle 10', 'it')).toBeUndefined();
    expect(tailRequestWords('prenota il dentista e il meccanico', 'it')).toBeUndefined();
    expect(tailRequestWords('lunch with Anna and Mark on friday', 'en')).toBeUndefined();
    const en = { now, tz: 'Europe/London', lang: 'en' as const };
    expect(understandRules('lunch with Anna and Mark on friday', en)).toMatchObject({
      title: 'lunch with Anna and Mark',
    });
    expect(tailRequestWords('book a call with Tom and Sue at 3', 'en')).toBeUndefined();
  });
});
