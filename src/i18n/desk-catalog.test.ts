import { describe, expect, it } from 'vitest';
import { deskEn } from './desk-en.js';
import { deskIt } from './desk-it.js';
import { deskTexts, type DeskCatalog } from './desk-catalog.js';

type Entry = string | string[] | ((...args: never[]) => string) | { [key: string]: Entry };

/** Every leaf of a catalog as [path, value]. */
function leaves(catalog: Entry, path = ''): [string, Entry][] {
  if (typeof catalog !== 'object' || Array.isArray(catalog)) return [[path, catalog]];
  return Object.entries(catalog).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

const at = new Date('2026-12-09T09:00:00Z');
/** Any desk text: functions get one plausible argument per parameter (dates where they format dates). */
function render(path: string, value: Entry | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  if (typeof value !== 'function') return undefined;
  const dated = ['dateTime', 'date', 'time', 'longDay', 'moment'].includes(path);
  const args = dated ? [at, 'Europe/Rome', at] : Array.from({ length: value.length }, () => '7');
  return (value as (...a: unknown[]) => string)(...args);
}

describe('desk catalogs', () => {
  it('does not compile an Italian catalog that lacks a key of the English one', () => {
    const { threadHint: _hint, ...withoutHint } = deskIt;
    // @ts-expect-error: the thread hint is missing
    const incomplete: DeskCatalog = withoutHint;
    expect(Object.keys(incomplete)).not.toContain('threadHint');
  });

  it('has every English text in Italian, none of them empty', () => {
    const italian = new Map(leaves(deskIt as Entry));
    const english = leaves(deskEn as Entry);
    expect(english.length).toBeGreaterThan(150);
    for (const [path, value] of english) {
      const translated = italian.get(path);
      expect(typeof translated, path).toBe(typeof value);
      expect(render(path, translated)?.trim(), path).not.toBe('');
    }
    expect([...italian.keys()].sort()).toEqual(english.map(([path]) => path).sort());
  });

  it('writes days and months the Italian way for an Italian desk', () => {
    expect(deskTexts('it').dateTime(at, 'Europe/Rome')).toBe('mer 9 dic 2026 10:00');
    expect(deskTexts('en').dateTime(at, 'Europe/Rome')).toBe('Wed 9 Dec 2026 10:00');
    expect(deskTexts('it').moment(at, 'Europe/Rome', at)).toBe('mercoledì 9 dicembre alle 10:00');
  });
});
