import type { Lang } from '../understanding/contract.js';
import { en } from './en.js';
import { it } from './it.js';

/**
 * Every text the bot says, in Italian and English. The English catalog defines the keys and
 * parameters; the Italian one must have the same shape (checked by the type system).
 */
export type Catalog = typeof en;
export type TextKey = keyof Catalog;
export type TextParams<K extends TextKey> = Catalog[K] extends (p: infer P) => string ? P : never;

const catalogs: Record<Lang, Catalog> = { it, en };

export function t<K extends TextKey>(
  lang: Lang,
  key: K,
  ...params: TextParams<K> extends never ? [] : [TextParams<K>]
): string {
  const entry = catalogs[lang][key] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(params[0]) : entry;
}
