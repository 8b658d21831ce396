import { describe, expect, it } from 'vitest';
import { completePending, isPendingExpired, missingSlots } from './clarify.js';
import type { Understanding, UnderstandingContext } from './contract.js';

/** Monday 23 November 2026, 10:00 in Rome */
const it_: UnderstandingContext = { now: new Date('2026-11-23T10:00:00+01:00'), tz: 'Europe/Rome', lang: 'it' };
const en: UnderstandingContext = { ...it_, lang: 'en' };

describe('missingSlots', () => {
  it.each<[Understanding, string[]]>([
    [{ intent: 'reminder', text: 'chiamare Rossi' }, ['when']],
    [{ intent: 'reminder', text: 'chiamare Rossi', when: '2026-11-24T15:00:00+01:00' }, []],
    [{ intent: 'booking', title: 'dentista' }, ['when']],
    [{ intent: 'booking', title: 'dentista', when: '2026-11-26' }, []],
    [{ intent: 'reschedule', target: 'la riunione con Rossi' }, ['when']],
    [{ intent: 'reschedule', target: 'la riunione con Rossi', shiftMin: 60 }, []],
    [{ intent: 'reschedule' }, ['target', 'when']],
    [{ intent: 'cancel' }, ['target']],
    [{ intent: 'cancel', target: 'il promemoria per la polizza' }, []],
    [{ intent: 'task', text: 'tradurre il contratto' }, []],
    [{ intent: 'task' }, []],
    [{ intent: 'agenda' }, []],
  ])('%j misses %j', (u, missing) => {
    expect(missingSlots(u)).toEqual(missing);
  });
});

describe('completePending', () => {
  it('completes a reminder with the time given in the answer (Italian)', () => {
    const outcome = completePending({ intent: 'reminder', text: 'chiamare Rossi' }, ['when'], 'domani alle 3', it_);

    expect(outcome).toEqual({
      kind: 'completed',
      understanding: { intent: 'reminder', text: 'chiamare Rossi', when: '2026-11-24T15:00:00+01:00' },
    });
  });

  it('completes a booking with the time given in the answer (English)', () => {
    const outcome = completePending({ intent: 'booking', title: 'dentist' }, ['when'], 'Thursday at 10am', en);

    expect(outcome).toEqual({
      kind: 'completed',
      understanding: { intent: 'booking', title: 'dentist', when: '2026-11-26T10:00:00+01:00' },
    });
  });

  it('completes a recurring reminder, rule and first occurrence', () => {
    const outcome = completePending(
      { intent: 'reminder', text: 'pay the suppliers' },
      ['when'],
      'every Monday at 9am',
      en,
    );

    expect(outcome).toEqual({
      kind: 'completed',
      understanding: {
        intent: 'reminder',
        text: 'pay the suppliers',
        when: '2026-11-30T09:00:00+01:00',
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
      },
    });
  });

  it('completes a reschedule with the new time', () => {
    const outcome = completePending(
      { intent: 'reschedule', target: 'la riunione con Rossi' },
      ['when'],
      'venerdì alle 11',
      it_,
    );

    expect(outcome).toEqual({
      kind: 'completed',
      understanding: { intent: 'reschedule', target: 'la riunione con Rossi', when: '2026-11-27T11:00:00+01:00' },
    });
  });

  it('takes the answer to "which one?" as the target of a cancel', () => {
    const outcome = completePending({ intent: 'cancel' }, ['target'], 'la cena da Mario.', it_);

    expect(outcome).toEqual({ kind: 'completed', understanding: { intent: 'cancel', target: 'la cena da Mario' } });
  });

  it.each([
    ['lascia stare', it_],
    ['Lascia perdere!', it_],
    ['niente', it_],
    ['Annulla', it_],
    ['No, lascia stare, grazie', it_],
    ['never mind', en],
    ['Forget it.', en],
    ['cancel that', en],
  ])('drops the pending request on "%s"', (answer, ctx) => {
    expect(completePending({ intent: 'reminder', text: 'chiamare Rossi' }, ['when'], answer, ctx)).toEqual({
      kind: 'dropped',
    });
  });

  it('is still missing the time when the answer gives none (Italian)', () => {
    const pending: Understanding = { intent: 'reminder', text: 'chiamare Rossi' };

    expect(completePending(pending, ['when'], 'boh, non so', it_)).toEqual({
      kind: 'still_missing',
      understanding: pending,
      missing: ['when'],
    });
  });

  it('keeps what the answer gave and asks for the rest (English)', () => {
    const outcome = completePending({ intent: 'reschedule' }, ['target', 'when'], 'tomorrow at 10am', en);

    expect(outcome).toEqual({
      kind: 'still_missing',
      understanding: { intent: 'reschedule', when: '2026-11-24T10:00:00+01:00' },
      missing: ['target'],
    });
  });

  it('splits an answer that gives both the item and its new time', () => {
    const outcome = completePending(
      { intent: 'reschedule' },
      ['target', 'when'],
      'la riunione con Rossi domani alle 10',
      it_,
    );

    expect(outcome).toEqual({
      kind: 'completed',
      understanding: { intent: 'reschedule', target: 'riunione con Rossi', when: '2026-11-24T10:00:00+01:00' },
    });
  });

  it('completes a reschedule by an amount', () => {
    const outcome = completePending({ intent: 'reschedule', target: 'la riunione' }, ['when'], "di un'ora", it_);

    expect(outcome).toEqual({
      kind: 'completed',
      understanding: { intent: 'reschedule', target: 'la riunione', shiftMin: 60 },
    });
  });

  it.each<[string, Understanding, UnderstandingContext]>([
    ['Traduci il contratto in inglese entro venerdì', { intent: 'reminder', text: 'chiamare Rossi' }, it_],
    ['Remind me to pay the rent on Friday', { intent: 'booking', title: 'dentist' }, en],
    ['cosa ho domani?', { intent: 'cancel' }, it_],
    ['Annulla il promemoria per la polizza', { intent: 'reschedule', target: 'la riunione' }, it_],
  ])('recognises "%s" as a new request', (answer, pending, ctx) => {
    expect(completePending(pending, missingSlots(pending), answer, ctx)).toEqual({ kind: 'new_request' });
  });
});

describe('isPendingExpired', () => {
  const createdAt = new Date('2026-11-23T10:00:00+01:00');
  const minutesLater = (min: number) => new Date(createdAt.getTime() + min * 60_000);

  it('keeps a question open for 30 minutes by default', () => {
    expect(isPendingExpired(createdAt, minutesLater(29), undefined)).toBe(false);
    expect(isPendingExpired(createdAt, minutesLater(30))).toBe(true);
  });

  it('honours another time to live', () => {
    expect(isPendingExpired(createdAt, minutesLater(9), 10)).toBe(false);
    expect(isPendingExpired(createdAt, minutesLater(10), 10)).toBe(true);
  });
});
