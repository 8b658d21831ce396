import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Thursday 9 September 2027, 10:00 in London; the Italian client in Rome at 10:00 the same day. */
const en = { now: new Date('2027-09-09T10:00:00+01:00'), tz: 'Europe/London', lang: 'en' as const };
const it_ = { now: new Date('2027-09-09T10:00:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const when = (text: string, ctx: typeof en | typeof it_) => understandRules(text, ctx).when;

describe('issue 17, corpus batch 16 round 1', () => {
  it('reads "monday after next" without "the" as the second coming Monday', () => {
    expect(when('remind me monday after next to renew the lease', en)).toBe('2027-09-20T09:00:00+01:00');
    expect(when('saturday after next at 10am remind me to call Paul', en)).toBe('2027-09-18T10:00:00+01:00');
  });

  it('adds the minutes said after hours, with or without "and" or a unit', () => {
    expect(when('remind me in 3 hrs 15 mins to call Paul', en)).toBe('2027-09-09T13:15:00+01:00');
    expect(when('in 1 hour 10 minutes remind me to call Paul', en)).toBe('2027-09-09T11:10:00+01:00');
    expect(when('tra 2 ore e 10 ricordami di chiamare Gino', it_)).toBe('2027-09-09T12:10:00+02:00');
    expect(when("ricordami tra un'ora e 5 di chiamare Gino", it_)).toBe('2027-09-09T11:05:00+02:00');
    // days and hours stay two counts: whole days keep the clock time, the hours are elapsed
    expect(when('tra 3 giorni e 2 ore ricordami di chiamare Gino', it_)).toBe('2027-09-12T12:00:00+02:00');
  });

  it('reads the end of next week as its Friday', () => {
    expect(when('remind me at the end of next week to file the report', en)).toBe('2027-09-17T09:00:00+01:00');
    expect(understandRules('finish the report by the end of next week', en).due).toBe('2027-09-17');
    expect(when('ricordami a fine settimana prossima di pagare il dentista', it_)).toBe('2027-09-17T09:00:00+02:00');
    expect(understandRules('entro la fine della prossima settimana prepara il preventivo', it_).due).toBe('2027-09-17');
  });

  it('reads "fourteen hundred hours" as a 24-hour clock', () => {
    expect(when('at fourteen hundred hours remind me to call Paul', en)).toBe('2027-09-09T14:00:00+01:00');
    expect(when('remind me at 0900 hours tomorrow to call Paul', en)).toBe('2027-09-10T09:00:00+01:00');
  });
});
