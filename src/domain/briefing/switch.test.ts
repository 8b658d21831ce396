import { describe, expect, it } from 'vitest';
import { readBriefingSwitch } from './switch.js';

describe('the client switching the morning briefing', () => {
  it.each([
    [{ name: 'briefing', arg: 'on' }, '', { on: true }],
    [{ name: 'briefing', arg: 'off' }, '', { on: false }],
    [{ name: 'briefing', arg: '7:30' }, '', { on: true, time: '07:30' }],
    [{ name: 'briefing' }, '', { on: true }],
    [undefined, 'attiva il riepilogo mattutino', { on: true }],
    [undefined, 'Attiva il riepilogo mattutino alle 7:30', { on: true, time: '07:30' }],
    [undefined, 'disattiva il riepilogo mattutino', { on: false }],
    [undefined, 'turn on the morning briefing at 8.15', { on: true, time: '08:15' }],
    [undefined, 'turn off the morning briefing', { on: false }],
    [undefined, 'Briefing off', { on: false }],
    [undefined, 'briefing on', { on: true }],
    [undefined, 'turn the morning briefing on at 7', { on: true, time: '07:00' }],
    [undefined, 'Disattiva il briefing, grazie!', { on: false }],
    [undefined, 'per favore attiva il riepilogo mattutino alle 7:30', { on: true, time: '07:30' }],
    [undefined, 'disable the daily summary please', { on: false }],
  ] as const)('%o %s', (command, text, expected) => {
    expect(readBriefingSwitch(command, text)).toEqual(expected);
  });

  it.each([
    ['25:00', { refused: 'time', arg: '25:00' }],
    ['7:75', { refused: 'time', arg: '7:75' }],
    ['maybe', { refused: 'argument', arg: 'maybe' }],
    ['domani forse', { refused: 'argument', arg: 'domani forse' }],
  ] as const)('refuses /briefing %s, changing nothing', (arg, expected) => {
    expect(readBriefingSwitch({ name: 'briefing', arg }, '')).toEqual(expected);
  });

  it.each([
    ['sì', { on: true }],
    ['alle 8', { on: true, time: '08:00' }],
    ['no', { on: false }],
  ] as const)('reads /briefing %s', (arg, expected) => {
    expect(readBriefingSwitch({ name: 'briefing', arg }, '')).toEqual(expected);
  });

  it('leaves other messages alone', () => {
    expect(readBriefingSwitch({ name: 'help' }, '')).toBeUndefined();
    expect(readBriefingSwitch(undefined, 'prepara il riepilogo delle fatture entro venerdì')).toBeUndefined();
    expect(readBriefingSwitch(undefined, 'cosa ho domani?')).toBeUndefined();
    expect(readBriefingSwitch(undefined, 'voglio il riepilogo delle ore di ottobre')).toBeUndefined();
  });

  it.each([
    'Remind me about the briefing on Monday at 9',
    'Ricordami il briefing con Marco alle 9, sì grazie',
    'Annulla il briefing di domani con il cliente, no grazie',
    'stop the briefing with the client at 10',
    'briefing on Monday',
    'attiva il riepilogo mattutino alle 25',
  ])('is not read in a message that only mentions a briefing: %s', (text) => {
    expect(readBriefingSwitch(undefined, text)).toBeUndefined();
  });
});
