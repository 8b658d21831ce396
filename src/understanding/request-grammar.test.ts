import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { requestGrammar } from '../../test/understanding/families/request-grammar.js';
import { requestGrammar2 } from '../../test/understanding/families/request-grammar-2.js';

/**
 * The grammar around requests (test/understanding/families/request-grammar.ts): what the eval scores,
 * and the free texts it leaves out (a booking's title and `with`, a reminder's or task's text), which
 * here must come out exactly as labelled.
 */
const FREE_TEXTS = ['title', 'with', 'text'] as const;

describe('the grammar around requests', () => {
  for (const example of [...requestGrammar, ...requestGrammar2].flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got)).toMatchObject({ full: true });
      if (example.slots?.partySize !== undefined) expect(got.partySize).toBe(example.slots.partySize);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
    });
  }
});

describe('a party said around its number leaves the title', () => {
  const now = new Date('2027-04-14T09:30:00+02:00');
  it.each([
    ['prenota da Gino per noi 4 domani alle 8', 4, 'da Gino'],
    ['dinner at Gino’s on saturday at 8, there will be 6 of us', 6, 'dinner at Gino’s'],
    ['tavolo da Mario venerdì alle 9 per me e 3 amici', 4, 'tavolo da Mario'],
  ])('%s', (text, partySize, title) => {
    expect(understandRules(text, { now, tz: 'Europe/Rome' })).toMatchObject({ intent: 'booking', partySize, title });
  });
});

describe('two weekly readings make one rule', () => {
  it('"remind me fortnightly on fridays" is every other Friday', () => {
    const got = understandRules('remind me fortnightly on fridays to pay the cleaner', {
      now: new Date('2027-04-14T09:30:00+02:00'),
      tz: 'Europe/Rome',
    });
    expect(got).toMatchObject({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', when: '2027-04-16T09:00:00+02:00' });
  });
});

describe('a change of head count is no move', () => {
  const now = new Date('2027-04-14T09:30:00+02:00');
  it('"cambia la prenotazione da 4 a 6" goes to the office', () => {
    expect(understandRules('cambia la prenotazione da 4 a 6', { now, tz: 'Europe/Rome' }).intent).toBe('task');
  });
  it('"change the meeting from 4 to 6" is still a move to 18:00', () => {
    const got = understandRules('change the meeting from 4 to 6', { now, tz: 'Europe/Rome' });
    expect(got).toMatchObject({ intent: 'reschedule', when: '2027-04-14T18:00:00+02:00' });
  });
});

describe('a year said that is gone', () => {
  const now = new Date('2027-04-14T09:30:00+02:00');
  it.each(['ricordami a Natale 1990 alle 10 di chiamare la zia', 'remind me on 25 december 1752 at 3:30 to call Ann'])(
    '%s is asked back, never an instant in the past',
    (text) => {
      const got = understandRules(text, { now, tz: 'Europe/Rome' });
      expect(got.when).toBeUndefined();
      expect(got.timeIssue?.reason).toBe('past');
    },
  );
});
