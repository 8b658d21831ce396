import { describe, expect, it } from 'vitest';
import { correctedWords } from './correction.js';

describe('what a correction says instead', () => {
  it.each([
    ['no scusa venerdì nn giovedì', 'venerdì'],
    ['anzi, alle 17:30', 'alle 17:30'],
    ['no, non giovedì ma venerdì', 'venerdì'],
    ['volevo dire lunedì alle 9, non martedì', 'lunedì alle 9'],
    ['sorry, I meant Friday not Thursday', 'Friday'],
    ['actually at 5pm instead of 4', 'at 5pm'],
  ])('%s → %s', (text, said) => {
    expect(correctedWords(text)).toBe(said);
  });

  it.each(['va bene', 'nonna Maria alle 5', 'domani alle 9', 'no'])('%s is no correction', (text) => {
    expect(correctedWords(text)).toBeUndefined();
  });
});
