import { describe, expect, it } from 'vitest';
import { understandingSchema, type Lang, type Understanding } from '../contract.js';
import { understandRules } from '../rules.js';

const MON = '2026-11-23T10:00:00+01:00'; // Monday morning

function understand(lang: Lang, text: string): Understanding {
  const u = understandRules(text, { now: new Date(MON), tz: 'Europe/Rome', lang });
  expect(understandingSchema.parse(u)).toEqual(u);
  return u;
}

describe('free-slot searches', () => {
  it.each<[Lang, string, Understanding]>([
    [
      'it',
      "trovami un'ora libera giovedì pomeriggio",
      { intent: 'free_slots', from: '2026-11-26', to: '2026-11-26', dayPart: 'afternoon', durationMin: 60 },
    ],
    ['it', 'quando sono libero domani?', { intent: 'free_slots', from: '2026-11-24', to: '2026-11-24' }],
    [
      'it',
      'ho un buco martedì mattina?',
      { intent: 'free_slots', from: '2026-11-24', to: '2026-11-24', dayPart: 'morning' },
    ],
    ['it', 'che spazi ho venerdì', { intent: 'free_slots', from: '2026-11-27', to: '2026-11-27' }],
    ['it', "trovami mezz'ora domani", { intent: 'free_slots', from: '2026-11-24', to: '2026-11-24', durationMin: 30 }],
    [
      'it',
      'cercami 2 ore libere la settimana prossima',
      { intent: 'free_slots', from: '2026-11-30', to: '2026-12-06', durationMin: 120 },
    ],
    [
      'it',
      "trovami un'ora giovedì tra le 14 e le 16",
      {
        intent: 'free_slots',
        from: '2026-11-26',
        to: '2026-11-26',
        durationMin: 60,
        timeFrom: '14:00',
        timeTo: '16:00',
      },
    ],
    ['en', 'when am I free tomorrow?', { intent: 'free_slots', from: '2026-11-24', to: '2026-11-24' }],
    [
      'en',
      'find me an hour on Thursday afternoon',
      { intent: 'free_slots', from: '2026-11-26', to: '2026-11-26', dayPart: 'afternoon', durationMin: 60 },
    ],
    ['en', 'any free slot next week?', { intent: 'free_slots', from: '2026-11-30', to: '2026-12-06' }],
    [
      'it',
      "trovami un'ora per la riunione con Rossi giovedì pomeriggio",
      {
        intent: 'free_slots',
        from: '2026-11-26',
        to: '2026-11-26',
        dayPart: 'afternoon',
        durationMin: 60,
        title: 'riunione con Rossi',
      },
    ],
    [
      'en',
      'find me an hour for a call with Anna on Friday',
      { intent: 'free_slots', from: '2026-11-27', to: '2026-11-27', durationMin: 60, title: 'call with Anna' },
    ],
    [
      'en',
      'find me half an hour on Friday morning',
      { intent: 'free_slots', from: '2026-11-27', to: '2026-11-27', dayPart: 'morning', durationMin: 30 },
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(understand(lang, text)).toEqual(expected);
  });

  it.each<[Lang, string, Understanding['intent']]>([
    ['it', 'sono libero domani?', 'agenda'],
    ['it', 'cosa ho domani?', 'agenda'],
    ['it', 'cerca un hotel a Roma per venerdì', 'task'],
    ['it', 'ricordami domani di controllare gli spazi liberi', 'reminder'],
    ['en', 'find me a hotel in Milan', 'task'],
    ['en', 'what do I have tomorrow?', 'agenda'],
  ])('leave other requests alone: %s: %s', (lang, text, intent) => {
    expect(understand(lang, text).intent).toBe(intent);
  });
});
