import { describe, expect, it } from 'vitest';
import { requestSpokenOf, soundsImpatient } from './impatience.js';

const open = [
  { id: 'a', number: 1001, summary: 'Book: meeting with the structural engineer' },
  { id: 'b', number: 1002, summary: 'get me quotes from two print shops for 20 A1 prints' },
];

describe('an impatient client', () => {
  it('hears impatience in both languages, not in a plain question', () => {
    for (const text of [
      'seriously?? still nothing on the quotes, this is ridiculous',
      'nobody has told me anything about the engineer',
      "how long does it take to get two quotes? it's been a week",
      'ancora niente per i preventivi? è assurdo',
      'nessuno mi ha fatto sapere nulla della visura',
      'ma quanto ci vuole per una visura?',
    ])
      expect(soundsImpatient(text), text).toBe(true);
    for (const text of ["how's request 1002 going?", 'a che punto è la visura?', 'thanks, no rush'])
      expect(soundsImpatient(text), text).toBe(false);
  });

  it('finds the request the words speak of, or the only one open', () => {
    expect(requestSpokenOf('I asked for the print quotes last week and still nothing', open)?.number).toBe(1002);
    expect(requestSpokenOf('still nothing about the engineer!', open)?.number).toBe(1001);
    expect(requestSpokenOf('still nothing, this is ridiculous', open)).toBeUndefined();
    expect(requestSpokenOf('still nothing, this is ridiculous', open.slice(0, 1))?.number).toBe(1001);
  });
});
