import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Tuesday 18 May 2027, 16:45 in Rome; the English client in Dublin (UTC+1 in summer) at the same instant. */
const it_ = { now: new Date('2027-05-18T16:45:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-05-18T15:45:00+01:00'), tz: 'Europe/Dublin', lang: 'en' as const };
const whenIt = (text: string) => understandRules(text, it_).when;
const whenEn = (text: string) => understandRules(text, en).when;

describe('issue 17, corpus batch 10: what the first-seen expressions taught', () => {
  it('counts fortnights from a day like weeks', () => {
    expect(whenEn('a fortnight from today remind me to renew the passport')).toBe('2027-06-01T09:00:00+01:00');
    expect(whenEn('remind me a fortnight from monday to book the vet')).toBe('2027-06-07T09:00:00+01:00');
  });

  it('puts the small hours of a night named today on the next calendar day, never in the past', () => {
    expect(whenIt('stanotte alle 2 ricordami di spegnere il forno')).toBe('2027-05-19T02:00:00+02:00');
    expect(whenIt('ricordami stanotte alle 23 di spegnere il forno')).toBe('2027-05-18T23:00:00+02:00');
    expect(whenEn('remind me tonight at 1am to check the server')).toBe('2027-05-19T01:00:00+01:00');
    // said in the small hours, "stanotte" is the night already running
    const early = { ...it_, now: new Date('2027-05-18T01:10:00+02:00') };
    expect(understandRules('ricordami stanotte alle 3 di spegnere il forno', early).when).toBe(
      '2027-05-18T03:00:00+02:00',
    );
  });
});

describe('issue 17, corpus batch 10 round 2', () => {
  it('reads the week before its weekday: "next week on friday", "la settimana prossima giovedì"', () => {
    expect(whenEn('the week after next on wednesday remind me to water the garden')).toBe('2027-06-02T09:00:00+01:00');
    expect(whenEn('remind me next week on friday at 4pm to water the garden')).toBe('2027-05-28T16:00:00+01:00');
    expect(whenIt('ricordami la settimana prossima giovedì di innaffiare')).toBe('2027-05-27T09:00:00+02:00');
    expect(whenIt('ricordami giovedì della settimana dopo la prossima di innaffiare')).toBe(
      '2027-06-03T09:00:00+02:00',
    );
  });
});

describe('issue 17, corpus batch 10 round 4', () => {
  it('reads year-first dates with slashes or dots, and leaves their preposition out of the text', () => {
    expect(understandRules('remind me on 2028/03/15 at 10am to file the taxes', en)).toMatchObject({
      when: '2028-03-15T10:00:00+00:00',
      text: 'file the taxes',
    });
    expect(understandRules('ricordami il 2028.3.15 di fare la dichiarazione', it_)).toMatchObject({
      when: '2028-03-15T09:00:00+01:00',
      text: 'fare la dichiarazione',
    });
  });

  it('reads "seven thirty pm" as a clock with no "at", but not two bare numbers', () => {
    expect(whenEn('remind me seven thirty pm to lock up')).toBe('2027-05-18T19:30:00+01:00');
    expect(whenEn('remind me 8 15 in the evening to lock up')).toBe('2027-05-18T20:15:00+01:00');
    expect(whenEn('remind me to order 7 30 cm frames')).toBeUndefined();
  });
});

describe('issue 17, corpus batch 10 round 5', () => {
  it('puts a weekday said with whole weeks ahead in the week they land in, at 09:00 with no time', () => {
    // Tuesday 18 May: two weeks on is the week of Monday 31 May
    expect(whenIt('ricordami giovedì fra due settimane di chiamare il geometra')).toBe('2027-06-03T09:00:00+02:00');
    expect(whenEn('remind me in 2 weeks on monday at 3 to call the surveyor')).toBe('2027-05-31T15:00:00+01:00');
    // with no weekday the clock time is kept, as before
    expect(whenIt('ricordami fra due settimane di chiamare il geometra')).toBe('2027-06-01T16:45:00+02:00');
  });

  it('reads "17h30" and "15h" after "at" as clocks, with the letter out of the text', () => {
    expect(understandRules('at 17h30 remind me to call the surveyor', en)).toMatchObject({
      when: '2027-05-18T17:30:00+01:00',
      text: 'call the surveyor',
    });
    expect(understandRules('remind me at 16h to call the surveyor', en)).toMatchObject({
      when: '2027-05-18T16:00:00+01:00',
      text: 'call the surveyor',
    });
  });
});

describe('issue 17, corpus batch 10 round 6', () => {
  it('lets a meal narrow the part of the day it falls in', () => {
    expect(whenIt('stasera a cena ricordami di brindare')).toBe('2027-05-18T20:00:00+02:00');
    expect(whenEn('remind me tomorrow morning at breakfast to take the pill')).toBe('2027-05-19T08:00:00+01:00');
    expect(whenIt('ricordami stasera di brindare')).toBe('2027-05-18T19:00:00+02:00');
  });

  it('counts calendar months from a day, and British "two weeks on friday"', () => {
    expect(whenEn('a month from today remind me to renew the parking permit')).toBe('2027-06-18T09:00:00+01:00');
    expect(whenEn('remind me 2 months after christmas to renew the parking permit')).toBe('2028-02-25T09:00:00+00:00');
    // Tuesday 18 May: the coming Friday is the 21st
    expect(whenEn('remind me two weeks on friday to renew the parking permit')).toBe('2027-06-04T09:00:00+01:00');
  });

  it('reads "lunchtime" after a day as the time of lunch', () => {
    expect(whenEn('tomorrow lunchtime remind me to book the table')).toBe('2027-05-19T13:00:00+01:00');
  });
});
