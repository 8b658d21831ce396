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
    ['no wait, make it Thursday', 'Thursday'],
    ['anzi facciamo alle 10', 'alle 10'],
  ])('%s → %s', (text, said) => {
    expect(correctedWords(text)).toEqual({ said, opener: 'correction' });
  });

  it.each([
    ['make it Thursday', 'Thursday'],
    ["let's say 4pm", '4pm'],
    ['facciamo giovedì alle 9', 'giovedì alle 9'],
    ['spostalo a venerdì', 'a venerdì'],
  ])('%s only sets a time: %s, if nothing else is asked', (text, said) => {
    expect(correctedWords(text)).toEqual({ said, opener: 'setting' });
  });

  it.each(['va bene', 'nonna Maria alle 5', 'domani alle 9', 'no'])('%s is no correction', (text) => {
    expect(correctedWords(text)).toBeUndefined();
  });
});
