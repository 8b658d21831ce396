import { describe, expect, it } from 'vitest';
import { expectLabelled } from '../../test/understanding/expect-labelled.js';
import { understandRules } from './rules.js';
import { examplesOf } from '../../test/understanding/families/calendar.js';
import { fresh22En } from '../../test/understanding/families/fresh-22-en.js';

/**
 * The rounds of fresh batch 22 in English (test/understanding/families/fresh-22-en-round*.ts): beyond what the
 * eval scores, the structured slots, a booking's `viaOffice` (absent = the client's own event) and labelled
 * free texts must come out.
 */
const FREE_TEXTS = ['title', 'with', 'text', 'target'] as const;

describe('fresh batch 22: English whole messages', () => {
  for (const example of fresh22En.flatMap(examplesOf)) {
    it(`${example.id}: ${example.text}`, () => {
      expectLabelled(example, { freeTexts: FREE_TEXTS });
    });
  }
});

const busyUntil = (until: string) => ({ intent: 'status', availability: 'busy', until });
/** Wednesday 12 April 2028, 09:30 in Leeds. */
const leeds = { now: new Date('2028-04-12T09:30:00+01:00'), tz: 'Europe/London', lang: 'en' as const };
/** Wednesday 12 April 2028, 09:30 in Rome. */
const rome = { now: new Date('2028-04-12T09:30:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };

describe('fresh batch 22: what round 1 taught', () => {
  it('reads a status after what fills the day, joined by "so" ("got a fitting at 10 so im flat out till 2")', () => {
    expect(understandRules('got a fitting at 10 so im busy till 2, no calls', leeds)).toEqual(
      busyUntil('2028-04-12T14:00:00+01:00'),
    );
    expect(understandRules('ho una visita alle 9 quindi sono fuori fino alle 12', rome)).toMatchObject({
      intent: 'status',
      until: '2028-04-12T12:00:00+02:00',
    });
    expect(understandRules('call mum at 5, im busy till 4', leeds).intent).toBe('task');
  });

  it('reads a request number after the item as its name, never a second request nor part of the target', () => {
    expect(understandRules('please cancel the venue deposit, request 4821', leeds)).toMatchObject({
      intent: 'cancel',
      ref: 4821,
      target: 'venue deposit',
    });
    expect(understandRules('cancel the taxi (ref 5530)', leeds)).toMatchObject({ target: 'taxi', ref: 5530 });
    expect(understandRules('cancel request 5530', leeds)).toMatchObject({ intent: 'cancel', ref: 5530 });
  });

  it('asks how work goes with "did/has … yet" typed with no question mark', () => {
    expect(understandRules('did the printer cartridges get ordered', leeds)).toMatchObject({
      intent: 'ticket_status',
      target: 'the printer cartridges',
    });
    expect(understandRules('has the boiler been serviced yet', leeds).intent).toBe('ticket_status');
    expect(understandRules('did i leave my keys at the office', leeds).intent).not.toBe('ticket_status');
  });

  it('reads "yall" and "youse" as the office addressed', () => {
    expect(understandRules('can yall send the invoice to Jim by thurs', leeds)).toMatchObject({
      intent: 'task',
      due: '2028-04-13',
    });
    expect(understandRules('can youse ring the landlord tmrw', leeds).intent).toBe('task');
  });

  it('asks the agenda in a closing question after a sentence, with "anything on …?"', () => {
    expect(understandRules('mad week. anything on friday?', leeds)).toMatchObject({
      intent: 'agenda',
      from: '2028-04-14',
    });
    expect(understandRules('long day lol. whats on tmrw?', leeds)).toMatchObject({
      intent: 'agenda',
      from: '2028-04-13',
    });
  });

  it('never reads a house number as an hour ("at 14 Burton Rd", "via Roma 14")', () => {
    expect(understandRules('viewing at 9 Elm Grove fri 2pm', leeds).when).toBe('2028-04-14T14:00:00+01:00');
    expect(understandRules('take the spare keys to 31 church lane tmrw at 11', leeds).when).toBe(
      '2028-04-13T11:00:00+01:00',
    );
    expect(understandRules('domani sopralluogo in via Garibaldi 8 alle 10', rome).when).toBe(
      '2028-04-13T10:00:00+02:00',
    );
    expect(understandRules('remind me at 3 on Main St to move the car', leeds).when).toBe('2028-04-12T15:00:00+01:00');
  });

  it('has the office take a slot at a business with "book X in (for/with)"', () => {
    expect(understandRules('pls book the car in for its MOT monday morning', leeds)).toMatchObject({
      intent: 'booking',
      viaOffice: true,
      from: '2028-04-17',
      timeFrom: '09:00',
    });
    expect(understandRules('book me in with the physio thurs at 3', leeds)).toMatchObject({ viaOffice: true });
    expect(understandRules('book a meeting in the boardroom friday at 3', leeds).viaOffice).toBeUndefined();
  });

  it('reads "the <item> is <day and time>" as an event on the agenda, and a lead before it', () => {
    expect(understandRules('the survey is friday at 10', leeds)).toMatchObject({
      intent: 'booking',
      when: '2028-04-14T10:00:00+01:00',
      title: 'survey',
    });
    expect(understandRules('my flight is on sunday at 7am, remind me the night before to pack', leeds)).toMatchObject({
      intent: 'reminder',
      when: '2028-04-15T22:00:00+01:00',
      event: { when: '2028-04-16T07:00:00+01:00' },
    });
    expect(understandRules('the report is due friday', leeds).intent).not.toBe('booking');
  });
});

describe('fresh batch 22: what round 2 taught', () => {
  it('asks the agenda with "what does … look like" / "how does … look" / "hows … looking"', () => {
    expect(understandRules('what does friday look like', leeds)).toMatchObject({
      intent: 'agenda',
      from: '2028-04-14',
    });
    expect(understandRules('how does tmrw look', leeds)).toMatchObject({ intent: 'agenda', from: '2028-04-13' });
    expect(understandRules('hows the weekend looking', leeds)).toMatchObject({ intent: 'agenda', from: '2028-04-15' });
  });

  it('asks how a request goes with "any word on" / "any joy with"', () => {
    expect(understandRules('any word on the new lease?', leeds).intent).toBe('ticket_status');
    expect(understandRules('any joy with the gas engineer', leeds).intent).toBe('ticket_status');
  });

  it('holds time in the calendar with "block (out/off) <time>", a card blocked stays work', () => {
    expect(understandRules('block out monday morning for the audit', leeds)).toMatchObject({
      intent: 'booking',
      when: '2028-04-17T09:00:00+01:00',
      title: 'audit',
    });
    expect(understandRules('block off fri 2-4 for marking', leeds)).toMatchObject({
      intent: 'booking',
      when: '2028-04-14T14:00:00+01:00',
    });
    expect(understandRules('pls block my credit card', leeds).intent).toBe('task');
  });

  it('reads a bare number of three digits or more right after "status of" / "any news on" as the request', () => {
    expect(understandRules('status of 4410?', leeds)).toEqual({ intent: 'ticket_status', ref: 4410 });
    expect(understandRules('any news on #3318 pls', leeds)).toEqual({ intent: 'ticket_status', ref: 3318 });
  });

  it('reads a dotted clock right after a part of the day with no "at" ("sat night 8.15")', () => {
    expect(understandRules('book a table for 2 at Rudys sat night 8.15', leeds)).toMatchObject({
      when: '2028-04-15T20:15:00+01:00',
      partySize: 2,
    });
    expect(understandRules('remind me tmrw morning 10.30 to ring the bank', leeds)).toMatchObject({
      when: '2028-04-13T10:30:00+01:00',
      text: 'ring the bank',
    });
  });
});

describe('fresh batch 22: what round 3 taught', () => {
  it('moves a booking with Indian English "prepone" and American "bump"', () => {
    expect(understandRules('can you prepone the audit call to 10am tmrw', leeds)).toMatchObject({
      intent: 'reschedule',
      when: '2028-04-13T10:00:00+01:00',
    });
    expect(understandRules('bump my 4pm to 5', leeds)).toMatchObject({
      intent: 'reschedule',
      when: '2028-04-12T17:00:00+01:00',
    });
    expect(understandRules('the review got preponed', leeds).intent).toBe('reschedule');
  });

  it('files a video call put in the calendar ("put a zoom with …")', () => {
    expect(understandRules('put a zoom with the Leeds office on friday at 11', leeds)).toMatchObject({
      intent: 'booking',
      when: '2028-04-14T11:00:00+01:00',
      with: 'Leeds office',
    });
    expect(understandRules('pop a facetime with mum in for sunday at 6', leeds).intent).toBe('booking');
  });

  it('reads an abbreviated weekday before "around/after/before" ("tues around noon"), never "sat around"', () => {
    expect(understandRules('call the bank thurs after 3', leeds)).toMatchObject({
      intent: 'task',
      when: '2028-04-13T15:00:00+01:00',
    });
    expect(understandRules('book me a massage fri around 4', leeds).when).toBe('2028-04-14T16:00:00+01:00');
    expect(understandRules('we sat around waiting for the plumber', leeds).intent).not.toBe('booking');
  });

  it('asks for free time with "anything free/open" and a part of a day or a length', () => {
    expect(understandRules('got anything free monday morning?', leeds)).toMatchObject({
      intent: 'free_slots',
      from: '2028-04-17',
      dayPart: 'morning',
    });
    expect(understandRules('anything open thurs for a 30 min call?', leeds)).toMatchObject({
      intent: 'free_slots',
      durationMin: 30,
    });
    expect(understandRules('is there anything free in the fridge', leeds).intent).not.toBe('free_slots');
  });

  it('leaves the event a lead comes before, and a closing "its …" aside, out of the reminder text', () => {
    expect(understandRules('remind me the day before the audit to print the ledgers', leeds).text).toBe(
      'print the ledgers',
    );
    expect(
      understandRules('remind me the night before the race to charge my watch, its on the 30th', leeds),
    ).toMatchObject({
      when: '2028-04-29T22:00:00+01:00',
      text: 'charge my watch',
    });
    expect(understandRules('remind me 15 mins before the call at 4 to open the deck', leeds).event).toMatchObject({
      title: 'call',
    });
  });
});

describe('fresh batch 22: what round 4 taught', () => {
  it('reads "the week after next" as that whole week (the agenda) or its Monday (a date)', () => {
    expect(understandRules('what have i got the week after next', leeds)).toMatchObject({
      intent: 'agenda',
      from: '2028-04-24',
      to: '2028-04-30',
    });
    expect(understandRules('remind me the week after next to book the MOT', leeds).when).toBe(
      '2028-04-24T09:00:00+01:00',
    );
    expect(understandRules('whats on next week', leeds)).toMatchObject({ from: '2028-04-17', to: '2028-04-23' });
  });

  it('has the office book a slot at a business ("a slot at the Apple store"), not a meeting held in a shop', () => {
    expect(understandRules('book me a slot at the phone shop thurs morning', leeds)).toMatchObject({
      viaOffice: true,
      from: '2028-04-13',
      timeFrom: '09:00',
    });
    expect(understandRules('book a meeting in the shop on friday at 3', leeds).viaOffice).toBeUndefined();
  });

  it('asks how a request goes with "did … get back to you" / "have you heard back"', () => {
    expect(understandRules('did the council ever get back to you about the parking permit?', leeds).intent).toBe(
      'ticket_status',
    );
    expect(understandRules('have you heard back from the insurers?', leeds).intent).toBe('ticket_status');
    expect(understandRules("I'll get back to you tomorrow", leeds).intent).not.toBe('ticket_status');
  });

  it('reads "out at/with/on …" as being away, with "so no replies" / "no signal" after the end', () => {
    expect(understandRules('out at the pub till 11 so no replies', leeds)).toEqual(
      busyUntil('2028-04-12T11:00:00+01:00'),
    );
    expect(understandRules('out with the dog till 4, no signal', leeds)).toEqual(
      busyUntil('2028-04-12T16:00:00+01:00'),
    );
    expect(understandRules('on the train till 5, phone off', leeds)).toEqual(busyUntil('2028-04-12T17:00:00+01:00'));
  });
});

describe('fresh batch 22: leftovers fixed after round 4', () => {
  it('reads "drop" taking something somewhere as a delivery for the office, never a cancel', () => {
    expect(understandRules('drop off the parcel at the post office tmrw', leeds)).toMatchObject({
      intent: 'task',
      due: '2028-04-13',
    });
    expect(understandRules('can someone drop the keys at 22 Elm Rd by friday', leeds)).toMatchObject({
      intent: 'task',
      due: '2028-04-14',
    });
    expect(understandRules('drop my 3pm tmrw', leeds).intent).toBe('cancel');
    expect(understandRules('drop the meeting at 3 tmrw', leeds).intent).toBe('cancel');
  });

  it('reads an abbreviated weekday before "look(ing)" or a closing "?" ("hows thurs looking", "free fri?")', () => {
    expect(understandRules('whats my thurs looking like', leeds)).toMatchObject({
      intent: 'agenda',
      from: '2028-04-13',
    });
    expect(understandRules('free fri?', leeds)).toMatchObject({ intent: 'agenda', from: '2028-04-14' });
    expect(understandRules('the sun looks great today', leeds).intent).not.toBe('agenda');
  });

  it('asks how work goes with irregular participles ("did the caterer get paid", "has the deposit been paid?")', () => {
    expect(understandRules('did the caterer get paid', leeds).intent).toBe('ticket_status');
    expect(understandRules('has the lease been signed?', leeds).intent).toBe('ticket_status');
    expect(understandRules('I paid the caterer', leeds).intent).not.toBe('ticket_status');
  });

  it('leaves the particle of "book me in for …" out of the title', () => {
    expect(understandRules('book me in for a cut thurs at 3', leeds)).toMatchObject({ title: 'cut', viaOffice: true });
    expect(understandRules('book me in for a scale and polish next week', leeds).title).toBe('scale and polish');
  });
});
