import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Thursday 9 September 2027, 10:00 in London; the Italian client in Rome at 10:00 the same day. */
const en = { now: new Date('2027-09-09T10:00:00+01:00'), tz: 'Europe/London', lang: 'en' as const };
const it_ = { now: new Date('2027-09-09T10:00:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const when = (text: string, ctx: typeof en | typeof it_) => understandRules(text, ctx).when;

describe('issue 17, corpus batch 17 round 1', () => {
  it('reads the weekend after next as the Saturday a week after the coming one', () => {
    expect(when('remind me the weekend after next to clean the garage', en)).toBe('2027-09-18T09:00:00+01:00');
    expect(when('nel fine settimana dopo il prossimo ricordami di potare le rose', it_)).toBe(
      '2027-09-18T09:00:00+02:00',
    );
    expect(when('ricordami il prossimo fine settimana di potare le rose', it_)).toBe('2027-09-11T09:00:00+02:00');
  });

  it('reads the week after next as its Monday, unless a weekday follows', () => {
    expect(when('ricordami la settimana dopo la prossima di rinnovare il passaporto', it_)).toBe(
      '2027-09-20T09:00:00+02:00',
    );
    expect(when('ricordami la settimana dopo la prossima mercoledì di chiamare Gino', it_)).toBe(
      '2027-09-22T09:00:00+02:00',
    );
  });

  it('reads the first week of a month as its first day', () => {
    expect(when('remind me in the first week of october to book the flights', en)).toBe('2027-10-01T09:00:00+01:00');
    expect(when('ricordami la prima settimana del mese prossimo di pagare la tassa', it_)).toBe(
      '2027-10-01T09:00:00+02:00',
    );
  });

  it('reads after dinner as an hour after dinner', () => {
    expect(when('ricordami dopo cena di chiamare la nonna', it_)).toBe('2027-09-09T21:00:00+02:00');
    expect(when('remind me tomorrow after dinner to call granny', en)).toBe('2027-09-10T21:00:00+01:00');
  });

  it('reads a clock written with no separator after a clock word', () => {
    expect(when('ricordami alle 1015 di chiamare Gino', it_)).toBe('2027-09-09T10:15:00+02:00');
    expect(when('domani alle 830 ricordami di chiamare Gino', it_)).toBe('2027-09-10T08:30:00+02:00');
    expect(when('remind me at 745 pm to call Paul', en)).toBe('2027-09-09T19:45:00+01:00');
    expect(when('remind me same time next week to call Paul', en)).toBe('2027-09-16T10:00:00+01:00');
  });
});

describe('issue 17, corpus batch 17 round 3', () => {
  it('reads a year after "del" in a date', () => {
    expect(when('ricordami il 3 marzo del 2029 di rinnovare il passaporto', it_)).toBe('2029-03-03T09:00:00+01:00');
  });

  it('reads a meal right before tomorrow as its time, unless the reminder is about it', () => {
    expect(when('remind me lunch tomorrow to call Paul', en)).toBe('2027-09-10T13:00:00+01:00');
    expect(when('remind me dinner the day after tomorrow to call Paul', en)).toBe('2027-09-11T20:00:00+01:00');
    expect(when('remind me about lunch tomorrow with Paul', en)).toBe('2027-09-10T09:00:00+01:00');
  });
});
