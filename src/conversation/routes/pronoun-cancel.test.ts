import { describe, expect, it } from 'vitest';
import { thanksOnLeaving } from '../small-talk.js';
import { cancelsByPronoun } from './pronoun-cancel.js';

describe('a cancel with only a pronoun for its item (play-test 7)', () => {
  it.each([
    'annullala',
    'Annullalo!',
    'ok toglilo pure',
    'cancellala, grazie',
    'lasciala perdere',
    'cancel it',
    'actually, scrap that',
  ])('%s', (text) => expect(cancelsByPronoun(text)).toBe(true));

  it.each([
    'annulla la cena',
    'annullala e ricordami domani alle 9 di chiamare Rossi',
    'lascia perdere',
    'cancel the dinner',
  ])('%s names something, or nothing to cancel', (text) => expect(cancelsByPronoun(text)).toBe(false));
});

describe('thanks on leaving are answered as thanks', () => {
  it.each(['ok grazie mille, buona giornata', 'perfetto grazie, a domani', 'ok thanks, have a good evening'])(
    '%s',
    (text) => expect(thanksOnLeaving(text)).toBe(true),
  );
  it.each(['ok grz', 'a domani', 'no grazie, buona serata'])('%s is not', (text) =>
    expect(thanksOnLeaving(text)).toBe(false),
  );
});
