import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';
import { instantInTarget } from './rules/target-instant.js';
import { leadBeforeNamedEvent } from './rules/before-named-event.js';

/** Thursday 25 March 2027, 9:00 in Milan: Tuesday is the 30th (summer time), Thursday 1 April. */
const en = { now: new Date('2027-03-25T09:00:00+01:00'), tz: 'Europe/Rome', lang: 'en' as const };
const it_ = { ...en, lang: 'it' as const };

describe('play-test 8: a meeting asked with someone over a stretch of days, a cancel by its time', () => {
  it('hands a meeting with someone over several days to the office, with its window', () => {
    expect(
      understandRules(
        'can you book me a meeting with the structural engineer sometime between Tuesday and Thursday afternoon?',
        en,
      ),
    ).toMatchObject({
      intent: 'booking',
      viaOffice: true,
      title: 'meeting with the structural engineer',
      with: 'structural engineer',
      from: '2027-03-30',
      to: '2027-04-01',
      timeFrom: '13:00',
      timeTo: '18:00',
    });
    expect(understandRules('book me a call with Dr Lee between monday and wednesday', en)).toMatchObject({
      viaOffice: true,
      title: 'call with Dr Lee',
      from: '2027-03-29',
      to: '2027-03-31',
    });
    expect(understandRules("fissami un incontro con l'ingegnere tra martedì e giovedì pomeriggio", it_)).toMatchObject({
      viaOffice: true,
      from: '2027-03-30',
      to: '2027-04-01',
      timeFrom: '13:00',
    });
  });

  it('keeps a meeting at a time said, or with nobody named, on the own agenda', () => {
    expect(understandRules('book me a meeting with the team on thursday at 3', en).viaOffice).toBeUndefined();
    expect(understandRules('riunione con Rossi giovedì alle 15', it_).viaOffice).toBeUndefined();
  });

  it('reads the clock time a cancel names its item by', () => {
    const tuesday = { ...en, now: new Date('2027-03-30T09:00:00+02:00') };
    expect(instantInTarget('3pm', tuesday)).toBe('2027-03-30T15:00:00+02:00');
    expect(instantInTarget("tomorrow's 3pm meeting", tuesday)).toBe('2027-03-31T15:00:00+02:00');
    expect(instantInTarget('quello delle 15', { ...tuesday, lang: 'it' })).toBe('2027-03-30T15:00:00+02:00');
    expect(instantInTarget('the dentist', tuesday)).toBeUndefined();
  });

  it('reads a lead before an event named only by its words', () => {
    const text = 'remind me an hour before the meeting with the engineer to bring the printed plans';
    expect(leadBeforeNamedEvent(text, en)).toEqual({
      minutes: 60,
      event: 'meeting with the engineer',
      task: 'bring the printed plans',
    });
    expect(
      leadBeforeNamedEvent("ricordami mezz'ora prima della riunione con l'ingegnere di portare le tavole", it_),
    ).toEqual({ minutes: 30, event: "riunione con l'ingegnere", task: 'portare le tavole' });
    expect(leadBeforeNamedEvent('remind me 15 minutes before the dentist', en)).toEqual({
      minutes: 15,
      event: 'dentist',
    });
    expect(leadBeforeNamedEvent('remind me tomorrow to call Rossi', en)).toBeUndefined();
  });
});
