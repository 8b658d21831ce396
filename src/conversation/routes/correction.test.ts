import { describe, expect, it } from 'vitest';
import { correctedWords, offsetCorrection, sameHalfOfDay } from './correction.js';

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
    // a voice note's hesitation (play-test 6, written before the fix)
    ['no aspetta, alle sette', 'alle sette'],
    ['aspetta, alle 19', 'alle 19'],
    ['ah no aspetti, domani', 'domani'],
    ['cioè alle 8', 'alle 8'],
    ['hold on, make it 6pm', '6pm'],
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

  it.each([
    ['no scusa tra 4', 'tra 4'],
    ['no, fra 3 ore', 'fra 3 ore'],
  ])('%s says only the new offset: %s', (text, said) => {
    expect(correctedWords(text)).toEqual({ said, opener: 'correction' });
  });
});

describe('a new offset said alone', () => {
  it.each([
    ['tra 4', 'ricordami tra 2 ore di passare in banca', 'tra 4 ore'],
    ['fra 20', 'ricordami fra 10 minuti di girare il sugo', 'tra 20 minuti'],
    ['tra tre', 'tra un giorno ricordami la revisione', 'tra tre giorni'],
    ['in 5', 'remind me in 2 hours to water the plants', 'in 5 hours'],
    ['4 hours', 'ricordami tra 2 ore di passare in banca', 'in 4 hours'],
    ['tra 4 ore', 'ricordami domani alle 9 di passare in banca', 'tra 4 ore'],
    ['two weeks', 'remind me tomorrow to renew the lease', 'in two weeks'],
  ])('%s after «%s» is %s', (said, before, phrase) => {
    expect(offsetCorrection(said, before)).toBe(phrase);
  });

  it.each([
    ['tra 4', 'ricordami domani alle 9 di passare in banca'],
    ['alle 5', 'ricordami tra 2 ore di passare in banca'],
    ['5', 'ricordami tra 2 ore di passare in banca'],
    ['tra 4 amici', 'ricordami tra 2 ore di passare in banca'],
    ['venerdì', 'ricordami tra 2 ore di passare in banca'],
  ])('%s after «%s» is no offset', (said, before) => {
    expect(offsetCorrection(said, before)).toBeUndefined();
  });
});

describe('a corrected bare hour', () => {
  const morningReminder = new Date('2027-04-15T08:00:00+02:00');
  it('stays in the morning of the item it corrects when that is nearer', () => {
    expect(sameHalfOfDay('2027-04-15T19:30:00+02:00', 'alle 7 e mezza', morningReminder, 'Europe/Rome')).toBe(
      '2027-04-15T07:30:00+02:00',
    );
  });
  it('keeps the afternoon when the words say so, or the item is in the afternoon', () => {
    expect(sameHalfOfDay('2027-04-15T19:30:00+02:00', 'alle 7 e mezza di sera', morningReminder, 'Europe/Rome')).toBe(
      '2027-04-15T19:30:00+02:00',
    );
    const afternoon = new Date('2027-04-15T18:00:00+02:00');
    expect(sameHalfOfDay('2027-04-15T17:00:00+02:00', 'alle 5', afternoon, 'Europe/Rome')).toBe(
      '2027-04-15T17:00:00+02:00',
    );
  });
});
