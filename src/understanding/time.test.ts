import { describe, expect, it } from 'vitest';
import type { UnderstandingContext } from './contract.js';
import { resolveTimeExpression } from './time.js';

/** Monday 23 November 2026, 10:00 in Rome */
const it_: UnderstandingContext = { now: new Date('2026-11-23T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' };
const en: UnderstandingContext = { ...it_, lang: 'en' };

describe('resolveTimeExpression', () => {
  it('resolves a reminder time with the rules conventions (bare hour 1-7 is afternoon)', () => {
    expect(resolveTimeExpression('domani alle 3', it_, 'reminder')).toEqual({ when: '2026-11-24T15:00:00+01:00' });
    expect(resolveTimeExpression('tomorrow at 3', en, 'reminder')).toEqual({ when: '2026-11-24T15:00:00+01:00' });
  });

  it('gives a recurrence its rule and first occurrence', () => {
    expect(resolveTimeExpression('every Monday at 6pm', en, 'reminder')).toEqual({
      when: '2026-11-23T18:00:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    });
    expect(resolveTimeExpression('ogni lunedì alle 18', it_, 'reminder')).toEqual({
      when: '2026-11-23T18:00:00+01:00',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
    });
  });

  it('turns a deadline into a due date', () => {
    expect(resolveTimeExpression('entro venerdì', it_, 'task')).toEqual({ due: '2026-11-27' });
    expect(resolveTimeExpression('by the end of the month', en, 'task')).toEqual({ due: '2026-11-30' });
  });

  it('keeps a booking with no time as a date', () => {
    expect(resolveTimeExpression('giovedì', it_, 'booking')).toEqual({ when: '2026-11-26' });
    expect(resolveTimeExpression('Thursday at 10am', en, 'booking')).toEqual({ when: '2026-11-26T10:00:00+01:00' });
  });

  it('reads a shift for a reschedule, earlier when the words say so', () => {
    expect(resolveTimeExpression("di un'ora", it_, 'reschedule')).toEqual({ shiftMin: 60 });
    expect(resolveTimeExpression("anticipa di mezz'ora", it_, 'reschedule')).toEqual({ shiftMin: -30 });
    expect(resolveTimeExpression('back by 30 minutes', en, 'reschedule')).toEqual({ shiftMin: 30 });
  });

  it('reads an agenda range', () => {
    expect(resolveTimeExpression('la settimana prossima', it_, 'agenda')).toEqual({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    expect(resolveTimeExpression('tomorrow', en, 'agenda')).toEqual({ from: '2026-11-24', to: '2026-11-24' });
  });

  it('reads the expression in its own language whatever the client hint', () => {
    expect(resolveTimeExpression('next Friday at 5pm', it_, 'reminder')).toEqual({ when: '2026-11-27T17:00:00+01:00' });
    expect(resolveTimeExpression('venerdì alle 17', en, 'reminder')).toEqual({ when: '2026-11-27T17:00:00+01:00' });
  });

  it('returns no time for words that are no time, and the reason for a time that cannot be used', () => {
    expect(resolveTimeExpression('boh, non so', it_, 'reminder')).toEqual({});
    expect(resolveTimeExpression('31 febbraio', it_, 'reminder')).toEqual({
      timeIssue: { reason: 'no_such_date', said: '31 febbraio' },
    });
    expect(resolveTimeExpression('alle 25', it_, 'reminder')).toEqual({
      timeIssue: { reason: 'no_such_time', said: '25' },
    });
    expect(resolveTimeExpression("l'altro ieri", it_, 'booking')).toEqual({
      timeIssue: { reason: 'past', said: "l'altro ieri" },
    });
    expect(resolveTimeExpression('in 0 minutes', en, 'reminder')).toEqual({
      timeIssue: { reason: 'now', said: '0 minutes' },
    });
    expect(resolveTimeExpression('', en, 'reminder')).toEqual({});
  });
});
