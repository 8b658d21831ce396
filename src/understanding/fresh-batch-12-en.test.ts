import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { scoreExample } from './scoring.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh12EnRound1 } from '../../test/understanding/families/fresh-12-en-round1.js';
import { fresh12EnRound2 } from '../../test/understanding/families/fresh-12-en-round2.js';
import { fresh12EnRound3 } from '../../test/understanding/families/fresh-12-en-round3.js';
import { fresh12EnRound4 } from '../../test/understanding/families/fresh-12-en-round4.js';
import { fresh12EnRound5 } from '../../test/understanding/families/fresh-12-en-round5.js';
import { fresh12EnRound6 } from '../../test/understanding/families/fresh-12-en-round6.js';

/**
 * Fresh batch 12 in English (test/understanding/families/fresh-12-en-round*.ts): what the eval scores, the
 * party size, and the free texts it leaves out (`title`, `with`, `text`), which must come out as labelled.
 */
const FREE_TEXTS = ['title', 'with', 'text'] as const;

describe('issue 17, fresh batch 12 (English whole messages)', () => {
  for (const example of [
    ...fresh12EnRound1,
    ...fresh12EnRound2,
    ...fresh12EnRound3,
    ...fresh12EnRound4,
    ...fresh12EnRound5,
    ...fresh12EnRound6,
  ].flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      const got = understandRules(example.text, { now: new Date(example.now), tz: example.tz, lang: example.lang });
      expect(scoreExample(example, got)).toMatchObject({ full: true });
      if (example.slots?.partySize !== undefined) expect(got.partySize).toBe(example.slots.partySize);
      for (const key of FREE_TEXTS)
        if (example.slots?.[key] !== undefined) expect(got[key], key).toBe(example.slots[key]);
    });
  }
});

/** Wednesday 30 June 2027, 17:10 in Rome (11:10 in New York), the last day of a quarter. */
const rome = { now: new Date('2027-06-30T17:10:00+02:00'), tz: 'Europe/Rome', lang: 'en' as const };

describe('issue 17, fresh batch 12: what the first-seen English messages taught', () => {
  it('reads a clock said in another zone as the wall time there, the next one when no day is said', () => {
    expect(understandRules('remind me at 2pm EST to call Jo', rome)).toEqual({
      intent: 'reminder',
      when: '2027-06-30T20:00:00+02:00',
      text: 'call Jo',
    });
    expect(understandRules('webinar thursday at 11am (PT)', rome)).toMatchObject({
      intent: 'booking',
      when: '2027-07-01T20:00:00+02:00',
      title: 'webinar',
    });
    expect(understandRules("I'm in meetings until 5pm UK time", rome)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-06-30T18:00:00+02:00',
    });
    expect(understandRules('call con Tom domani alle 15 ora di New York', { ...rome, lang: 'it' }).when).toBe(
      '2027-07-01T21:00:00+02:00',
    );
  });

  it('reads "first thing", "late afternoon", "tonight at 3" and the end of a quarter', () => {
    expect(understandRules('first thing tomorrow remind me to call the bank', rome).when).toBe(
      '2027-07-01T09:00:00+02:00',
    );
    expect(understandRules('remind me friday late afternoon to water the garden', rome).when).toBe(
      '2027-07-02T17:00:00+02:00',
    );
    expect(understandRules('tonight at 3 remind me to check the oven', rome).when).toBe('2027-07-01T03:00:00+02:00');
    expect(understandRules('by end of next quarter send the audit', rome)).toMatchObject({
      intent: 'task',
      due: '2027-09-30',
    });
    expect(understandRules('pls finish the slides by eoq', rome)).toMatchObject({ intent: 'task', due: '2027-06-30' });
  });

  it('reads "ref 1234", "do the needful", "dont ring me", "set a call with…" and a closing agenda question', () => {
    expect(understandRules('pls cancel ref 3321', rome)).toMatchObject({ intent: 'cancel', ref: 3321 });
    expect(understandRules('kindly do the needful and send the invoice to Mr Rao by friday', rome)).toMatchObject({
      intent: 'task',
      text: 'send the invoice to Mr Rao',
      due: '2027-07-02',
    });
    expect(understandRules('im at the gym till 7 dont ring me', rome).intent).toBe('status');
    expect(understandRules('set a meeting with Tom friday 3pm', rome)).toMatchObject({
      intent: 'booking',
      when: '2027-07-02T15:00:00+02:00',
      with: 'Tom',
    });
    expect(understandRules('the kids are sick, what do i have tomorrow', rome)).toMatchObject({
      intent: 'agenda',
      from: '2027-07-01',
    });
    expect(understandRules('oggi piove di nuovo, che noia', { ...rome, lang: 'it' }).intent).toBe('other');
  });

  it('moves a table by one evening hour ("from 8 to 9"), but "from 8 to 10" still changes the party', () => {
    expect(understandRules("change tonight's table from 7 to 8", rome)).toMatchObject({
      intent: 'reschedule',
      when: '2027-06-30T20:00:00+02:00',
    });
    expect(understandRules('change the booking from 8 to 10', rome).intent).toBe('task');
  });
});

describe('issue 17, fresh batch 12 round 2: what the first-seen English messages taught', () => {
  it('keeps a later clause about another day out of the request\'s time ("…, clocks change tonight right?")', () => {
    expect(understandRules('remind me tomorrow at 9 to call the vet, is it raining tonight?', rome).when).toBe(
      '2027-07-01T09:00:00+02:00',
    );
    expect(
      understandRules('domenica alle 9 ho la partita, ricordamela sabato sera', { ...rome, lang: 'it' }).when,
    ).toBe('2027-07-03T19:00:00+02:00');
  });

  it('reads "am i free … for an hour?" as a search for free time, "am i free tomorrow?" still as the agenda', () => {
    expect(understandRules('am i free friday morning for half an hour?', rome)).toMatchObject({
      intent: 'free_slots',
      from: '2027-07-02',
      durationMin: 30,
    });
    expect(understandRules('am i free tomorrow?', rome).intent).toBe('agenda');
  });

  it('spans the agenda over days said one after another ("mon and tue", "thurs n fri")', () => {
    expect(understandRules('whats on mon and tue', rome)).toMatchObject({ from: '2027-07-05', to: '2027-07-06' });
    expect(understandRules('what have i got on thurs n fri', rome)).toMatchObject({
      from: '2027-07-01',
      to: '2027-07-02',
    });
  });

  it('reads a status with a destination and run-on "dont put anyone through"', () => {
    expect(understandRules("i'm driving to the lake till 6, text me after", rome)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-06-30T18:00:00+02:00',
    });
    expect(understandRules('im on a call till 6 dont put anyone through', rome).intent).toBe('status');
  });

  it('files an obligation the client asks to note ("I must …, note it in my calendar"), and "put it in" leaves the title', () => {
    expect(understandRules('I have to see the notary friday at 11, please note it in my calendar', rome)).toMatchObject(
      {
        intent: 'booking',
        when: '2027-07-02T11:00:00+02:00',
        title: 'see the notary',
      },
    );
    expect(understandRules('drinks w/ Tom thursday at 7, put it in', rome)).toMatchObject({
      intent: 'booking',
      title: 'drinks with Tom',
    });
  });
});

describe('issue 17, fresh batch 12 round 3: what the first-seen English messages taught', () => {
  it('reads "ooo", "free now if u need me" and an end said before the place ("I am until Friday in Milan")', () => {
    expect(understandRules('ooo till monday, hold my calls', rome)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-07-05T09:00:00+02:00',
    });
    expect(understandRules("i'm free now if you need me", rome)).toEqual({
      intent: 'status',
      availability: 'available',
    });
    expect(understandRules('I am until 6 at a conference in Milan', rome)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-06-30T18:00:00+02:00',
    });
  });

  it('reads "9am eastern" as New York time, and "at 9 central park" as no zone', () => {
    expect(understandRules('call with the Boston office friday 10am eastern', rome).when).toBe(
      '2027-07-02T16:00:00+02:00',
    );
    expect(understandRules('picnic friday at 9 central park', rome).when).toBe('2027-07-02T09:00:00+02:00');
  });

  it('reads "hows … going, ref 1234" and "kindly find a 30 min slot"', () => {
    expect(understandRules('hows the passport renewal going, ref 7001', rome)).toMatchObject({
      intent: 'ticket_status',
      ref: 7001,
    });
    expect(understandRules('kindly find a 30 min slot tomorrow', rome)).toMatchObject({
      intent: 'free_slots',
      durationMin: 30,
    });
  });
});

describe('issue 17, fresh batch 12 round 4: what the first-seen English messages taught', () => {
  it('reads "evening!" opening a message as a greeting, not the time', () => {
    expect(understandRules('evening! remind me friday at 8 to call the plumber', rome).when).toBe(
      '2027-07-02T08:00:00+02:00',
    );
    expect(understandRules('remind me friday evening to call the plumber', rome).when).toBe(
      '2027-07-02T19:00:00+02:00',
    );
  });

  it('reads "what\'s in my diary …", and "how is my request 1234" with no question mark', () => {
    expect(understandRules("what's in my diary for friday", rome)).toMatchObject({
      intent: 'agenda',
      from: '2027-07-02',
    });
    expect(understandRules('how is request 5120', rome)).toEqual({ intent: 'ticket_status', ref: 5120 });
    expect(understandRules('how is my mother?', rome).intent).toBe('other');
  });
});

describe('issue 17, fresh batch 12 round 5: what the first-seen English messages taught', () => {
  it('moves "on tues to wed" to Wednesday: a preposition opening an abbreviated day counts', () => {
    expect(understandRules('move the physio on thurs to fri', rome)).toMatchObject({
      intent: 'reschedule',
      when: '2027-07-02',
    });
  });

  it('reads "for the next 30 mins" as a status end, and "stuck in traffic" as busy', () => {
    expect(understandRules('stuck in traffic for the next 20 mins', rome)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-06-30T17:30:00+02:00',
    });
  });

  it('reads "whats the status on …" with no question mark', () => {
    expect(understandRules('whats the status on the tax return', rome).intent).toBe('ticket_status');
  });
});

describe('issue 17, fresh batch 12 round 6: what the first-seen English messages taught', () => {
  it('reads "whats the go with request 2210", "tues between 10 and 2", "at the beach all arvo"', () => {
    expect(understandRules('whats the go with request 2210', rome)).toEqual({ intent: 'ticket_status', ref: 2210 });
    expect(understandRules('any free slot thurs between 10 and 12?', rome)).toMatchObject({
      intent: 'free_slots',
      from: '2027-07-01',
    });
    expect(
      understandRules("i'm at the office all morning", { ...rome, now: new Date('2027-06-30T09:00:00+02:00') }),
    ).toEqual({ intent: 'status', availability: 'busy', until: '2027-06-30T13:00:00+02:00' });
  });
});
