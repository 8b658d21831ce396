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

describe('a window said as the answer for a booking the office makes', () => {
  const asked: Understanding = { intent: 'booking', title: 'dermatologo', viaOffice: true };

  it('keeps the days and hours of the window, as if said in the first message', () => {
    expect(completePending(asked, ['when'], 'la prossima sett in tarda mattinata', it_)).toMatchObject({
      kind: 'completed',
      understanding: { from: '2026-11-30', to: '2026-12-06', timeFrom: '11:00', timeTo: '13:00' },
    });
    expect(completePending(asked, ['when'], 'next week in the afternoon', en)).toMatchObject({
      understanding: { from: '2026-11-30', to: '2026-12-06', timeFrom: '13:00', timeTo: '18:00' },
    });
  });

  it('takes a clock time as the instant, with no window; an own appointment gets none either', () => {
    const exact = completePending(asked, ['when'], 'giovedì alle 10', it_);
    expect(exact.kind === 'completed' && exact.understanding.from).toBe(undefined);
    const own = completePending({ intent: 'booking', title: 'riunione' }, ['when'], 'la prossima settimana', it_);
    expect(own.kind === 'completed' && own.understanding.from).toBe(undefined);
  });
});
