import type { Lang } from '../understanding/contract.js';
import { deskEn } from './desk-en.js';
import { deskIt } from './desk-it.js';

/**
 * The desk's texts (what assistants read in Slack and on the desk), as catalog.ts does it for the
 * bot: the English catalog defines the keys and parameters, and the Italian one must have the
 * same shape (checked by the type system). DESK_LANG picks one for the whole agency.
 */
export type DeskCatalog = typeof deskEn;

const catalogs: Record<Lang, DeskCatalog> = { it: deskIt, en: deskEn };

export function deskTexts(lang: Lang): DeskCatalog {
  return catalogs[lang];
}
