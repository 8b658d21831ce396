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
  ] as const)('%o %s', (command, text, expected) => {
    expect(readBriefingSwitch(command, text)).toEqual(expected);
  });

  it('leaves other messages alone', () => {
    expect(readBriefingSwitch({ name: 'help' }, '')).toBeUndefined();
    expect(readBriefingSwitch(undefined, 'prepara il riepilogo delle fatture entro venerdì')).toBeUndefined();
    expect(readBriefingSwitch(undefined, 'cosa ho domani?')).toBeUndefined();
    expect(readBriefingSwitch(undefined, 'voglio il riepilogo delle ore di ottobre')).toBeUndefined();
  });
});
