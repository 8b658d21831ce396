import { describe, expect, it } from 'vitest';
import { encodeButton } from '../../kernel/actions.js';
import { buttonTapLabel } from './button-label.js';
import { adminLocale } from './format.js';

const id = '0190f3a2-7c4e-7d2a-9b1c-3e5f6a7b8c9d';
const italian = adminLocale('it');
const en = adminLocale('en');

describe('button taps as staff read them', () => {
  it('names each button by its label, in the staff language', () => {
    const label = (data: string) => buttonTapLabel(data, 'Europe/Rome', italian);
    expect(label(`od:${id}`)).toBe('[tasto: Fatto]');
    expect(label(`sz:10m:${id}`)).toBe('[tasto: +10 min]');
    expect(label(`sz:tm:${id}`)).toBe('[tasto: Domani]');
    expect(label(`mv:${id}:29928000`)).toBe('[tasto: sposta a gio 26/11/2026 09:00]');
    expect(label('sl:29928000:30')).toBe('[tasto: prenota gio 26/11/2026 09:00 (30 min)]');
    expect(label(`cb:office:${id}`)).toBe('[tasto: Richiama tu]');
    expect(label(`cb:client:${id}`)).toBe('[tasto: Richiamo io]');
    expect(label(`pa:${id}:v1`)).toBe('[tasto: Accetto]');
    expect(label(encodeButton({ op: 'rate', rating: 4, item: { kind: 'ticket', id } }))).toBe('[tasto: 4 ⭐]');
    expect(label('st:dnd')).toBe('[tasto: Non disturbare per 1 ora]');
    expect(buttonTapLabel(`mv:${id}:29928000`, 'Europe/London', en)).toBe('[button: move to Thu 2026-11-26 08:00]');
    expect(buttonTapLabel(`cx:b:${id}`, 'Europe/Rome', en)).toBe('[button: Cancel]');
  });

  it('says only that a button was tapped when no button makes the payload', () => {
    expect(buttonTapLabel('zz:what', 'Europe/Rome', italian)).toBe('[tasto]');
    expect(buttonTapLabel('sl:29928000:3', 'Europe/Rome', en)).toBe('[button]');
  });
});
