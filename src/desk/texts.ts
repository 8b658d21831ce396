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

const HOUR_UNITS = String.raw`h|hr|hrs|ora|ore|hour|hours`;
const MINUTE_UNITS = String.raw`m|min|mins|minuto|minuti|minute|minutes|'`;
const NUMBER = String.raw`\d{1,4}(?:[.,]\d{1,2})?`;
// "1 h 30 min", "1h30", "1 ora e 15", "90 min", "1,5 h", "1:30"; an optional "+" or "tempo:"/"time:" in front
const LOGGED_TIME = new RegExp(
  String.raw`^(?:(?:tempo|time)\s*:?\s*)?\+?\s*(?:(\d{1,2}):([0-5]\d)|(?:(${NUMBER})\s*(?:${HOUR_UNITS})(?![a-z])\.?)?\s*(?:(?:e|and|,)\s*)?(?:(\d{1,4})\s*(?:(?:${MINUTE_UNITS})(?![a-z])\.?)?)?)$`,
  'iu',
);

/**
 * The minutes an internal note logs when its words are only a duration ("// 30 min", "// 1h 15",
 * "// 1,5 ore"), else null: anything more is an ordinary note. Hours need their unit; minutes
 * may go without one only after hours ("1h 30"), since a bare "30" says nothing.
 */
export function loggedMinutes(note: string): number | null {
  const match = LOGGED_TIME.exec(note.trim());
  if (!match) return null;
  const [, clockH, clockM, hours, minutes] = match;
  if (clockH !== undefined) return Number(clockH) * 60 + Number(clockM);
  if (hours === undefined && minutes === undefined) return null;
  if (hours === undefined && !hasMinuteUnit(note)) return null;
  const total = Math.round(Number((hours ?? '0').replace(',', '.')) * 60 + Number(minutes ?? 0));
  return total > 0 ? total : null;
}

function hasMinuteUnit(note: string): boolean {
  return new RegExp(String.raw`\d\s*(?:${MINUTE_UNITS})(?![a-z])\.?\s*$`, 'iu').test(note.trim());
}
