import { describe, expect, it } from 'vitest';
import { adminEn } from './admin-en.js';
import { adminIt } from './admin-it.js';
import type { AdminCatalog } from './admin-catalog.js';

type Entry = string | ((p: never) => string) | { [key: string]: Entry };

/** Every leaf of a catalog as [path, value]. */
function leaves(catalog: Entry, path = ''): [string, Entry][] {
  if (typeof catalog !== 'object') return [[path, catalog]];
  return Object.entries(catalog).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

/** Parameters for any text function: every field reads "7" (a number-like string works for counts and names alike). */
const anyParams = new Proxy({}, { get: () => '7' }) as never;

const render = (value: Entry | undefined): string | undefined =>
  typeof value === 'function' ? value(anyParams) : typeof value === 'string' ? value : undefined;

describe('back-office catalogs', () => {
  it('does not compile an Italian catalog that lacks a key of the English one', () => {
    const { login: _login, ...withoutLogin } = adminIt;
    // @ts-expect-error: the login texts are missing
    const incomplete: AdminCatalog = withoutLogin;
    expect(Object.keys(incomplete)).not.toContain('login');
  });

  it('has every English text in Italian, none of them empty', () => {
    const italian = new Map(leaves(adminIt as Entry));
    const english = leaves(adminEn as Entry);
    expect(english.length).toBeGreaterThan(100);
    for (const [path, value] of english) {
      const translated = italian.get(path);
      expect(typeof translated, path).toBe(typeof value);
      expect(render(translated)?.trim(), path).not.toBe('');
    }
    expect([...italian.keys()].sort()).toEqual(english.map(([path]) => path).sort());
  });
});
