import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh17EnRound1 } from '../../test/understanding/families/fresh-17-en-round1.js';
import { fresh17EnRound2 } from '../../test/understanding/families/fresh-17-en-round2.js';
import { fresh17EnRound3 } from '../../test/understanding/families/fresh-17-en-round3.js';
import { fresh17EnRound4 } from '../../test/understanding/families/fresh-17-en-round4.js';

/**
 * Fresh batch 17 in English: what was left after batch 12 (docs/understanding-eval.md), with sentences of
 * our own. Friday 12 March 2027, 16:30 in London; Wednesday 10 November 2027, 08:15 in Rome.
 */
const london = { now: new Date('2027-03-12T16:30:00Z'), tz: 'Europe/London', lang: 'en' as const };
const rome = { now: new Date('2027-11-10T08:15:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const busyUntil = (until: string) => ({ intent: 'status', availability: 'busy', until });

describe('fresh batch 17: leftovers of batch 12', () => {
  it('reads where the client is until a time with no "I\'m" nor a preposition as a status', () => {
    expect(understandRules('gym till 7', london)).toEqual(busyUntil('2027-03-12T19:00:00+00:00'));
    expect(understandRules('at gym till 7', london)).toEqual(busyUntil('2027-03-12T19:00:00+00:00'));
    expect(understandRules('hairdresser until 6pm, call after', london)).toEqual(
      busyUntil('2027-03-12T18:00:00+00:00'),
    );
    expect(understandRules('with a client till 6', london)).toEqual(busyUntil('2027-03-12T18:00:00+00:00'));
    expect(understandRules('picking up the kids til 6', london)).toEqual(busyUntil('2027-03-12T18:00:00+00:00'));
    expect(understandRules('on leave till monday', london)).toEqual(busyUntil('2027-03-15T09:00:00+00:00'));
    expect(understandRules('palestra fino alle 10', rome)).toEqual(busyUntil('2027-11-10T10:00:00+01:00'));
    expect(understandRules('dal parrucchiere fino alle 11, poi ci sono', rome)).toEqual(
      busyUntil('2027-11-10T11:00:00+01:00'),
    );
  });

  it('keeps an event with its range, a need with its deadline, a purpose with "for"', () => {
    expect(understandRules('meeting from 3 till 5', london)).toMatchObject({ intent: 'booking', durationMin: 120 });
    expect(understandRules('need the report till friday', london)).toMatchObject({ intent: 'task', due: '2027-03-19' });
    expect(understandRules("what's on the agenda for monday", london).intent).toBe('agenda');
    expect(understandRules('va bene per le 5', rome).intent).toBe('other');
  });

  it('reads "what time is it" / "che ore sono" as small talk, never the agenda', () => {
    for (const text of ['what time is it', 'whats the time?', 'hey what time is it in new york?'])
      expect(understandRules(text, london)).toEqual({ intent: 'other' });
    for (const text of ['che ore sono?', 'che ora è adesso?', 'scusa, che ore sono da voi?'])
      expect(understandRules(text, rome)).toEqual({ intent: 'other' });
    expect(understandRules('what time is my dentist tomorrow?', london).intent).toBe('agenda');
    expect(understandRules('a che ora è la riunione domani?', rome).intent).toBe('agenda');
  });

  it('writes out abbreviations in titles and texts ("appt", "mtg", "appunt.")', () => {
    expect(understandRules('dentist appt thurs 2pm', london).title).toBe('dentist appointment');
    expect(understandRules('Mtg w/ accountant wed 10:30', london)).toMatchObject({
      title: 'meeting with accountant',
      with: 'accountant',
    });
    expect(understandRules('remind me tmrw at 3 about my appt with dr Patel', london).text).toBe(
      'my appointment with dr Patel',
    );
    expect(understandRules('mi segni appunt. dal notaio giovedì alle 5', rome).title).toBe('appuntamento dal notaio');
    expect(understandRules('riun. di condominio giovedì alle 9, segnamelo', rome).title).toBe('riunione di condominio');
  });
});

/**
 * The rounds (test/understanding/families/fresh-17-en-round*.ts): beyond what the eval scores, the structured
 * slots, a booking's `viaOffice` (absent = the client's own event) and labelled free texts must come out.
 */
const FREE_TEXTS = ['title', 'with', 'text'] as const;
/** first-seen misses not fixed yet (docs/understanding-eval.md, batch 17) */
const KNOWN_MISSES = new Set<string>([]);

describe('fresh batch 17: English whole messages', () => {
  for (const example of [...fresh17EnRound1, ...fresh17EnRound2, ...fresh17EnRound3, ...fresh17EnRound4].flatMap(
    examplesOf,
  )) {
    it.skipIf(KNOWN_MISSES.has(example.id))(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

/** Sunday 31 October 2027, 07:20 in Dublin: the clocks went back an hour ago. */
const dublin = { now: new Date('2027-10-31T07:20:00Z'), tz: 'Europe/Dublin', lang: 'en' as const };

describe('fresh batch 17, round 1: what the first-seen messages taught', () => {
  it('ignores a time gone that is apart from the request ("… last night so remind me at 10")', () => {
    expect(
      understandRules('the clocks went back last night, remind me at 9 to fix the oven clock', dublin),
    ).toMatchObject({ intent: 'reminder', when: '2027-10-31T09:00:00+00:00' });
    expect(understandRules('remind me yesterday at 9 to call', dublin).when).toBeUndefined();
  });

  it('reads "tues 10.45" after a day as a clock when the minutes cannot be a month', () => {
    expect(understandRules('physio tues 10.45', dublin)).toMatchObject({
      when: '2027-11-02T10:45:00+00:00',
      title: 'physio',
    });
    expect(understandRules('dinner with Ann on 9.11', dublin).when).toMatch(/^2027-11-09/);
  });

  it('keeps a status through "txt if urgent" and the company before its end', () => {
    expect(understandRules('in a workshop till 1 text only if urgent', dublin)).toEqual(
      busyUntil('2027-10-31T13:00:00+00:00'),
    );
    expect(understandRules('on a call with the Boston office till 3', dublin)).toEqual(
      busyUntil('2027-10-31T15:00:00+00:00'),
    );
    expect(understandRules('meeting with the Boston office tomorrow at 3', dublin).intent).toBe('booking');
  });

  it('reads a lead with no article ("remind me day before at 7pm"), never inside "every day before"', () => {
    expect(understandRules('vet on the 5th at 10, remind me day before at 7pm', dublin).when).toBe(
      '2027-11-04T19:00:00+00:00',
    );
    expect(understandRules('remind me every day before lunch at 12 to take a walk', dublin)).toMatchObject({
      when: '2027-10-31T12:00:00+00:00',
      rrule: 'FREQ=DAILY',
    });
  });
});

/** Thursday 30 December 2027, 21:10 in Auckland. */
const auckland = { now: new Date('2027-12-30T21:10:00+13:00'), tz: 'Pacific/Auckland', lang: 'en' as const };

describe('fresh batch 17, round 2: what the first-seen messages taught', () => {
  it('reads an hour range right after an abbreviated weekday ("tues 4-5pm")', () => {
    expect(understandRules('catch up w/ Mia fri 2-3pm', auckland)).toMatchObject({
      intent: 'booking',
      when: '2027-12-31T14:00:00+13:00',
      durationMin: 60,
    });
  });

  it('reads "in 45 to …" after a reminder verb as minutes', () => {
    expect(understandRules('remind me in 25 to take the pavlova out', auckland)).toMatchObject({
      when: '2027-12-30T21:35:00+13:00',
      text: 'take the pavlova out',
    });
  });

  it('reads "brekkie" as breakfast, a party after it, "for the next hour", "then free"', () => {
    expect(understandRules('book brekkie for 5 at Ponsonby Road tmrw 9am', auckland)).toMatchObject({
      when: '2027-12-31T09:00:00+13:00',
      partySize: 5,
    });
    expect(understandRules('pls dont disturb for the next hour', auckland)).toEqual({
      intent: 'status',
      availability: 'dnd',
      until: '2027-12-30T22:10:00+13:00',
    });
    expect(understandRules('at the bach till 10 then free', auckland)).toEqual(busyUntil('2027-12-30T22:00:00+13:00'));
  });
});

/** Saturday 25 September 2027, 18:20 in Toronto. */
const toronto = { now: new Date('2027-09-25T18:20:00-04:00'), tz: 'America/Toronto', lang: 'en' as const };

describe('fresh batch 17, round 3: what the first-seen messages taught', () => {
  it('asks how a request is "coming" or "progressing", never how the client is doing', () => {
    expect(understandRules('hows the car insurance renewal coming', toronto).intent).toBe('ticket_status');
    expect(understandRules('how is my visa request progressing', toronto).intent).toBe('ticket_status');
    expect(understandRules('how are you doing', toronto).intent).toBe('other');
  });

  it('reads "driving till 9 dont text" as busy', () => {
    expect(understandRules('driving till 9 dont text', toronto)).toEqual(busyUntil('2027-09-25T21:00:00-04:00'));
  });

  it('reads "a 1h call" as a length and "1 hr 30" as ninety minutes', () => {
    expect(understandRules('any time free monday for a 1h call?', toronto)).toMatchObject({
      intent: 'free_slots',
      durationMin: 60,
    });
    expect(understandRules('remind me in 1 hr 30 to move the car', toronto)).toMatchObject({
      when: '2027-09-25T19:50:00-04:00',
      text: 'move the car',
    });
    expect(understandRules('table for 2 hours 4 people tmrw at 8', toronto).when).toBe('2027-09-26T20:00:00-04:00');
  });

  it('reads a day wished to the office as small talk ("have a good sunday")', () => {
    expect(understandRules('cheers! have a great weekend', toronto)).toEqual({ intent: 'other' });
    expect(understandRules('thx a mil, enjoy your sunday', toronto)).toEqual({ intent: 'other' });
    expect(understandRules('have a lovely evening, remind me monday at 9 to call Al', toronto)).toMatchObject({
      intent: 'reminder',
      when: '2027-09-27T09:00:00-04:00',
    });
  });
});

describe('fresh batch 17, round 4: what the first-seen messages taught', () => {
  it('keeps a status through "then at my desk" / "then back home"', () => {
    expect(understandRules('on the train till 7 then back home', toronto)).toEqual(
      busyUntil('2027-09-25T19:00:00-04:00'),
    );
  });

  it('files "put X in for <time>" as a booking titled X', () => {
    expect(understandRules('put the plumber in for monday at 10', toronto)).toMatchObject({
      intent: 'booking',
      when: '2027-09-27T10:00:00-04:00',
      title: 'plumber',
    });
  });

  it('reads Irish "ye" as "you" and a Grab or a Lyft as a ride the office books', () => {
    expect(understandRules('could ye book a table for 3 at Bar Raval sunday at 8', toronto)).toMatchObject({
      intent: 'booking',
      partySize: 3,
      viaOffice: true,
    });
    expect(understandRules('book a lyft to the airport for monday 5am', toronto)).toMatchObject({
      when: '2027-09-27T05:00:00-04:00',
      viaOffice: true,
    });
  });
});
