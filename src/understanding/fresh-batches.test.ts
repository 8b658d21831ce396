import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Friday 26 February 2027, 18:45 in Rome. */
const it_ = { now: new Date('2027-02-26T18:45:00+01:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { ...it_, lang: 'en' as const };

describe('issue 17, fresh batches: what the first-seen sentences taught', () => {
  it('reads a bare number after a correction as the time it corrects, in its part of the day', () => {
    expect(understandRules('remind me tomorrow at 10, sorry 11, to call the plumber', en)).toEqual({
      intent: 'reminder',
      when: '2027-02-27T11:00:00+01:00',
      text: 'call the plumber',
    });
    // 7 is evening by the bare-hour rule: the 8 that corrects it is too
    expect(understandRules('remind me at 7 actually make it 8 to call mum', en).when).toBe('2027-02-26T20:00:00+01:00');
    expect(understandRules('remind me in 10 minutes, no, 20 minutes, to check the oven', en).when).toBe(
      '2027-02-26T19:05:00+01:00',
    );
    expect(understandRules('ricordami mercoledi, ah no giovedi, di mandare il contratto', it_)).toEqual({
      intent: 'reminder',
      when: '2027-03-04T09:00:00+01:00',
      text: 'mandare il contratto',
    });
    // a number that is a date or a count stays one
    expect(understandRules('ricordami domani alle 10 anzi 12 marzo di pagare', it_).when).toBe(
      '2027-03-12T10:00:00+01:00',
    );
  });

  it('reads "weds" and "mon." as weekdays', () => {
    expect(understandRules('set up a call with Dan weds at 2', en).when).toBe('2027-03-03T14:00:00+01:00');
    expect(understandRules('remind me mon. at 8:30 to call the office', en).when).toBe('2027-03-01T08:30:00+01:00');
  });

  it('reads a request number after an abbreviation with its dot, and an adverb before the done work', () => {
    expect(understandRules('cancella la richiesta n. 1188', it_)).toMatchObject({ intent: 'cancel', ref: 1188 });
    expect(understandRules('hai gia prenotato il ristorante x sabato?', it_)).toEqual({
      intent: 'ticket_status',
      target: 'il ristorante per sabato',
    });
  });

  it('keeps the deadline as due when it is the only time of a reminder', () => {
    expect(understandRules('entro lunedi devo consegnare il bilancio, nn farmelo dimenticare', it_)).toMatchObject({
      intent: 'reminder',
      when: '2027-03-01T09:00:00+01:00',
      due: '2027-03-01',
    });
  });
});
