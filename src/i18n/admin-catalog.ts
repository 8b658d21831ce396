import type { Lang } from '../understanding/contract.js';
import { adminEn } from './admin-en.js';
import { adminIt } from './admin-it.js';

/**
 * The back-office's texts, as catalog.ts does it for the bot: the English catalog defines the
 * keys and parameters, and the Italian one must have the same shape (checked by the type system).
 */
export type AdminCatalog = typeof adminEn;

const catalogs: Record<Lang, AdminCatalog> = { it: adminIt, en: adminEn };

export function adminTexts(lang: Lang): AdminCatalog {
  return catalogs[lang];
}
