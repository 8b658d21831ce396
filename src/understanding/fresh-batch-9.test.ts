import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Sunday 14 November 2027 in Rome and in Toronto, late in the evening: 22:50 local. */
const it_ = { now: new Date('2027-11-14T22:50:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-11-14T22:50:00-05:00'), tz: 'America/Toronto', lang: 'en' as const };

describe('issue 17, fresh batch 9: what the first-seen messages taught', () => {
  it('reads a status end gone more than half a day ago as tomorrow, a recent one still as a slip', () => {
    expect(understandRules('sono in cantiere fino alle 10, ci sentiamo dopo', it_)).toEqual({
      intent: 'status',
      availability: 'busy',
      until: '2027-11-15T10:00:00+01:00',
    });
    expect(understandRules("i'm at the bank until 9", en)).toMatchObject({
      intent: 'status',
      until: '2027-11-15T09:00:00-05:00',
    });
    expect(understandRules('sono in riunione fino alle 21', it_).timeIssue).toMatchObject({ reason: 'past' });
  });

  it('reads "libera da adesso", "from now on" as available now', () => {
    expect(understandRules('sn libero da adesso in poi', it_)).toEqual({ intent: 'status', availability: 'available' });
    expect(understandRules('sono disponibile a partire da ora', it_).intent).toBe('status');
    expect(understandRules("i'm free from now on", en)).toEqual({ intent: 'status', availability: 'available' });
  });

  it('reads "whats on" like "what\'s on", and an abbreviated weekday before a clock with minutes', () => {
    expect(understandRules('whats on thursday?', en)).toEqual({
      intent: 'agenda',
      from: '2027-11-18',
      to: '2027-11-18',
    });
    expect(understandRules('hey whats on my calendar friday', en).intent).toBe('agenda');
    expect(understandRules('dentist thu 9:45', en)).toMatchObject({
      intent: 'booking',
      when: '2027-11-18T09:45:00-05:00',
    });
  });

  it('ignores a generic day ("on a friday night", "un sabato mattina") and reads the real one', () => {
    expect(understandRules('sorry to write on a sunday night, remind me wed at 4 to call the bank', en).when).toBe(
      '2027-11-17T16:00:00-05:00',
    );
    expect(
      understandRules('scusa se ti scrivo un sabato mattina, ricordami martedì alle 10 di pagare il fornitore', it_)
        .when,
    ).toBe('2027-11-16T10:00:00+01:00');
  });
});
