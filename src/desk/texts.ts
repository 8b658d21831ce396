/**
 * How the desk writes durations and marks internal notes, the same in every language. The desk's
 * words are in the desk catalogs (src/i18n/desk-catalog.ts); client-facing texts in src/i18n too.
 */

/** "1 h 5 min", "45 min", "-2 h": how minutes read on cards and in threads. */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}

/** A thread message starting with this stays on the desk as an internal note. */
export const NOTE_MARKER = '//';
