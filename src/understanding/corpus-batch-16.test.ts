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

describe('issue 17, corpus batch 16 round 2', () => {
  it('reads "una mezz\'oretta" as half an hour', () => {
    expect(when("ricordami tra una mezz'oretta di spegnere il forno", it_)).toBe('2027-09-09T10:30:00+02:00');
  });

  it('reads an ordinal weekday of the year in its month: the last in December, the first in January', () => {
    expect(when("l'ultimo venerdì dell'anno ricordami di chiudere i conti", it_)).toBe('2027-12-31T09:00:00+01:00');
    expect(when("ricordami il primo lunedì dell'anno di pagare il bollo", it_)).toBe('2028-01-03T09:00:00+01:00');
    expect(when('the first monday of the year remind me to file taxes', en)).toBe('2028-01-03T09:00:00+00:00');
  });

  it('reads the beginning of next year as the next first of January', () => {
    expect(when("all'inizio dell'anno prossimo ricordami di rinnovare l'abbonamento", it_)).toBe(
      '2028-01-01T09:00:00+01:00',
    );
    expect(when('at the start of next year remind me to renew the domain', en)).toBe('2028-01-01T09:00:00+00:00');
  });

  it('reads "N minutes to H" as a clock, while "in N minutes" stays an amount', () => {
    expect(when('at 10 minutes to 6 remind me to leave', en)).toBe('2027-09-09T17:50:00+01:00');
    expect(when('remind me in 10 minutes to leave', en)).toBe('2027-09-09T10:10:00+01:00');
  });

  it('reads a dotted clock after a date and a comma', () => {
    expect(when('remind me 20 September, 14.45 to call the bank', en)).toBe('2027-09-20T14:45:00+01:00');
  });

  it('counts years from a named day and reads "next month on the 3rd"', () => {
    expect(when('remind me two years from today to renew the passport', en)).toBe('2029-09-09T09:00:00+01:00');
    expect(when('next month on the 3rd remind me to pay the rent', en)).toBe('2027-10-03T09:00:00+01:00');
  });

  it('reads "the thirty-first" as one day, and early, late and the middle of a month', () => {
    // September has no 31st: the next month that has one
    expect(when('remind me on the thirty-first to pay the gardener', en)).toBe('2027-10-31T09:00:00+00:00');
    expect(when('late october remind me to book the flu jab', en)).toBe('2027-10-31T09:00:00+00:00');
    expect(when('early next month remind me to check the meter', en)).toBe('2027-10-01T09:00:00+01:00');
    expect(when('in the middle of the month remind me to check the meter', en)).toBe('2027-09-15T09:00:00+01:00');
  });
});

describe('issue 17, corpus batch 16 round 3', () => {
  it('reads "1/2" after a count as a half, never as a date', () => {
    expect(when('remind me in 1 1/2 hours to leave', en)).toBe('2027-09-09T11:30:00+01:00');
    expect(when('tra 2 ore e 1/2 ricordami di uscire', it_)).toBe('2027-09-09T12:30:00+02:00');
    // alone it is still a date, day first
    expect(when('remind me on 1/2 to pay the gardener', en)).toBe('2028-02-01T09:00:00+00:00');
  });

  it('reads British "friday fortnight" and "a fortnight tomorrow" as two weeks on', () => {
    expect(when('friday fortnight remind me to pay the gardener', en)).toBe('2027-09-24T09:00:00+01:00');
    expect(when('remind me a fortnight tomorrow to pay the gardener', en)).toBe('2027-09-24T09:00:00+01:00');
  });
});

describe('issue 17, corpus batch 16 round 4', () => {
  it('reads a 24-hour clock before "hrs" or "h" as a time, while "in 10.50 hours" stays an amount', () => {
    expect(when('remind me 18.30 hrs to leave for the station', en)).toBe('2027-09-09T18:30:00+01:00');
    expect(when('remind me at 0930h to leave for the station', en)).toBe('2027-09-10T09:30:00+01:00');
    expect(when('remind me in 10.50 hours to leave for the station', en)).toBe('2027-09-09T20:30:00+01:00');
  });

  it('reads "h." before an hour as "h"', () => {
    expect(when('h. 18 ricordami di uscire', it_)).toBe('2027-09-09T18:00:00+02:00');
  });
});

describe('issue 17, corpus batch 16 round 6', () => {
  it('reads "nella giornata di domani" as tomorrow, not today', () => {
    expect(when('ricordami nella giornata di dopodomani di pagare il dentista', it_)).toBe('2027-09-11T09:00:00+02:00');
  });

  it('reads the middle of next week as its Wednesday and the end as its Friday', () => {
    expect(when('verso metà della prossima settimana ricordami di pagare il dentista', it_)).toBe(
      '2027-09-15T09:00:00+02:00',
    );
    expect(when('remind me midweek next week to call Paul', en)).toBe('2027-09-15T09:00:00+01:00');
    expect(when('remind me in the middle of next week to call Paul', en)).toBe('2027-09-15T09:00:00+01:00');
    expect(when('remind me by the end of next week to call Paul', en)).toBe('2027-09-17T09:00:00+01:00');
  });

  it('reads "the first weekday after" a day as the weekday after it, and New Year said short there', () => {
    expect(when('remind me the first monday after easter to call Paul', en)).toBe('2028-04-17T09:00:00+01:00');
    expect(when('ricordami il primo lunedì dopo Pasqua di pagare il dentista', it_)).toBe('2028-04-17T09:00:00+02:00');
    expect(when('remind me the first friday after new year to call Paul', en)).toBe('2028-01-07T09:00:00+00:00');
    expect(when('the first friday of the new year remind me to call Paul', en)).toBe('2028-01-07T09:00:00+00:00');
    // alone, "new year" is a topic, not a date
    expect(when('remind me tomorrow about my new year resolutions', en)).toBe('2027-09-10T09:00:00+01:00');
  });

  it("reads Ireland's St Stephen's Day as Boxing Day", () => {
    expect(when("remind me on st stephen's day to visit Nan", en)).toBe('2027-12-26T09:00:00+00:00');
  });
});
