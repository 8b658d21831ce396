import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Wednesday 14 April 2027, 10:00 in Rome (UTC+2); the English client in London (UTC+1). */
const it_ = { now: new Date('2027-04-14T10:00:00+02:00'), tz: 'Europe/Rome', lang: 'it' as const };
const en = { now: new Date('2027-04-14T09:00:00+01:00'), tz: 'Europe/London', lang: 'en' as const };

describe('the time of the item being moved', () => {
  it('makes the new bare hour an evening one when the moved item is this evening', () => {
    const moves: [string, string][] = [
      ['cambia la prenotazione di stasera dalle 8 alle 9', '2027-04-14T21:00:00+02:00'],
      ["sposta l'appuntamento di stasera alle 10", '2027-04-14T22:00:00+02:00'],
      ['anticipa la riunione di domani sera dalle 9 alle 8 e mezza', '2027-04-15T20:30:00+02:00'],
      ['sposta la cena di stasera dalle 8 alle 9', '2027-04-14T21:00:00+02:00'],
    ];
    for (const [message, when] of moves)
      expect(understandRules(message, it_), message).toMatchObject({ intent: 'reschedule', when });
    const english: [string, string][] = [
      ["change tonight's booking to 9", '2027-04-14T21:00:00+01:00'],
      ["move tonight's dinner from 8 to 9", '2027-04-14T21:00:00+01:00'],
      ['move the call tonight from 7 to 8:30', '2027-04-14T20:30:00+01:00'],
      ["push tomorrow evening's meeting to 9", '2027-04-15T21:00:00+01:00'],
    ];
    for (const [message, when] of english)
      expect(understandRules(message, en), message).toMatchObject({ intent: 'reschedule', when });
  });

  it('keeps the new hour as said when the moved item is in the morning or the new time names its own day', () => {
    expect(understandRules('sposta la riunione di stamattina alle 3', it_).when).toBe('2027-04-14T15:00:00+02:00');
    expect(understandRules('sposta la riunione di stasera a domani alle 9', it_).when).toBe(
      '2027-04-15T09:00:00+02:00',
    );
    expect(understandRules("move this morning's call to 11", en).when).toBe('2027-04-14T11:00:00+01:00');
    expect(understandRules("sposta l'appuntamento di stasera alle 20", it_).when).toBe('2027-04-14T20:00:00+02:00');
  });

  it('drops the possessive of a day cut out of the text', () => {
    const change = understandRules("change tonight's booking from 4 to 2", en);
    expect(change).toMatchObject({ intent: 'task', text: 'change booking from 4 to 2' });
    expect(understandRules("change friday's reservation from 6 to 8 people", en).text).not.toContain("'s");
    expect(understandRules("book tomorrow's dinner at Nobu at 8", en)).toMatchObject({
      intent: 'booking',
      title: 'dinner at Nobu',
    });
  });

  it("keeps another day's possessive that names what the request is about", () => {
    expect(understandRules("remind me about friday's meeting tomorrow at 9", en)).toMatchObject({
      intent: 'reminder',
      text: "friday's meeting",
    });
    expect(understandRules("move monday's meeting to tuesday at 10", en)).toMatchObject({
      intent: 'reschedule',
      target: "monday's meeting",
    });
  });
});
