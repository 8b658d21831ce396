import { describe, expect, it } from 'vitest';
import { understandRules } from './rules.js';

/** Monday 23 November 2026, 10:00 in Rome: Friday is the 27th. */
const now = new Date('2026-11-23T10:00:00+01:00');
const it_ = { now, tz: 'Europe/Rome', lang: 'it' as const };
const en = { now, tz: 'Europe/Rome', lang: 'en' as const };

describe('an appointment said together with a reminder before it', () => {
  it.each([
    [
      'venerdì alle 15 ho la riunione col commercialista, ricordamelo il giorno prima',
      it_,
      'riunione col commercialista',
    ],
    ['giovedì alle 11 ho il notaio, ricordamelo il giorno prima', it_, 'notaio'],
    ["I've got the dentist on Friday at 3pm, remind me the day before", en, 'dentist'],
    ['I have a call with the bank on thursday at 11am, remind me the day before', en, 'call with the bank'],
  ])('%s: the reminder, and the appointment to book', (text, ctx, title) => {
    const u = understandRules(text, ctx);
    expect(u).toMatchObject({ intent: 'reminder', event: { title } });
    // the reminder fires at 09:00 the day before (the spec's "il giorno prima"), the event keeps its own time
    const eventDay = u.event!.when.slice(0, 10);
    expect(u.due).toBe(eventDay);
    expect(u.when).toBe(`${u.due === '2026-11-27' ? '2026-11-26' : '2026-11-25'}T09:00:00+01:00`);
    expect(u.event!.when).toMatch(/T(15|11):00:00\+01:00$/);
  });

  it('has no appointment when only a deadline is said', () => {
    expect(
      understandRules('devo rinnovare la firma digitale entro il 20, ricordamelo qualche giorno prima', it_),
    ).not.toHaveProperty('event');
    expect(understandRules('ricordami venerdì alle 10 di chiamare Rossi', it_)).not.toHaveProperty('event');
  });
});

describe('a booking the office makes, with a reminder before it', () => {
  it.each([
    [
      'prenotami un tavolo da Gino venerdì alle 20 e ricordamelo il giorno prima',
      'tavolo da Gino',
      '2026-11-27T20:00',
      '2026-11-26T09:00',
    ],
    [
      'venerdì alle 20 prenotami un tavolo da Gino, ricordamelo il giorno prima',
      'tavolo da Gino',
      '2026-11-27T20:00',
      '2026-11-26T09:00',
    ],
    [
      "fissami il dentista giovedì alle 16 e ricordamelo un'ora prima",
      'dentista',
      '2026-11-26T16:00',
      '2026-11-26T15:00',
    ],
    [
      'prenota il ristorante per sabato alle 21, ricordamelo la mattina',
      'ristorante',
      '2026-11-28T21:00',
      '2026-11-28T09:00',
    ],
  ])('%s: the reminder, and the booking the office makes', (text, title, event, reminder) => {
    expect(understandRules(text, it_)).toEqual({
      intent: 'reminder',
      when: `${reminder}:00+01:00`,
      text: title,
      due: event.slice(0, 10),
      event: { when: `${event}:00+01:00`, title, viaOffice: true },
    });
  });
});
