import { addDays, formatInstant, localDateTime, zonedInstant } from '../../kernel/time.js';
import type { Token } from '../normalize.js';
import type { TimeMatch } from './spec.js';

/**
 * A clock said in another zone ("3pm EST", "9am NZ time", "8pm italian time", "alle 10 ora di New
 * York"): the wall time there, given with the offset of the client's zone. Not in the contract, decided
 * for batch 12 (docs/understanding-eval.md): the regional abbreviations of North America and Australia
 * name the region's wall clock whether the standard or the daylight one is said (clients mix them up);
 * GMT and UTC are UTC.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ...['est', 'edt', 'et'].map((a) => [a, 'America/New_York'] as const),
  ...['cst', 'cdt', 'ct'].map((a) => [a, 'America/Chicago'] as const),
  ...['mst', 'mdt'].map((a) => [a, 'America/Denver'] as const),
  ...['pst', 'pdt', 'pt'].map((a) => [a, 'America/Los_Angeles'] as const),
  ...['gmt', 'utc'].map((a) => [a, 'UTC'] as const),
  ['bst', 'Europe/London'],
  ...['cet', 'cest'].map((a) => [a, 'Europe/Rome'] as const),
  ['ist', 'Asia/Kolkata'],
  ...['aest', 'aedt'].map((a) => [a, 'Australia/Sydney'] as const),
  ['awst', 'Australia/Perth'],
  ...['nzst', 'nzdt'].map((a) => [a, 'Pacific/Auckland'] as const),
  ['jst', 'Asia/Tokyo'],
  ['sgt', 'Asia/Singapore'],
  ['hkt', 'Asia/Hong_Kong'],
]);

const REGIONS: ReadonlyMap<string, string> = new Map([
  ['eastern', 'America/New_York'],
  ['central', 'America/Chicago'],
  ['mountain', 'America/Denver'],
  ['pacific', 'America/Los_Angeles'],
]);

/** Places and adjectives before "time" ("UK time", "new york time") or after "ora di" ("ora di Londra"). */
const PLACES: ReadonlyMap<string, string> = new Map([
  ...['eastern', 'east coast', 'ny', 'nyc', 'new york', 'boston', 'miami', 'toronto', 'montreal'].map(
    (p) => [p, 'America/New_York'] as const,
  ),
  ...['central', 'chicago', 'texas', 'dallas', 'houston'].map((p) => [p, 'America/Chicago'] as const),
  ...['mountain', 'denver'].map((p) => [p, 'America/Denver'] as const),
  ...['pacific', 'west coast', 'la', 'california', 'san francisco', 'sf', 'seattle', 'vancouver'].map(
    (p) => [p, 'America/Los_Angeles'] as const,
  ),
  ...['uk', 'british', 'london', 'londra', 'inglese'].map((p) => [p, 'Europe/London'] as const),
  ...['irish', 'ireland', 'dublin', 'dublino', 'irlandese'].map((p) => [p, 'Europe/Dublin'] as const),
  ...['italian', 'italy', 'rome', 'milan', 'roma', 'milano', 'italiana', 'italia'].map(
    (p) => [p, 'Europe/Rome'] as const,
  ),
  ...[
    'german',
    'germany',
    'berlin',
    'berlino',
    'tedesca',
    'paris',
    'french',
    'parigi',
    'madrid',
    'zurich',
    'swiss',
  ].map((p) => [p, 'Europe/Berlin'] as const),
  ...['india', 'indian', 'delhi', 'mumbai', 'bombay', 'kolkata', 'bangalore', 'chennai'].map(
    (p) => [p, 'Asia/Kolkata'] as const,
  ),
  ...['dubai', 'uae', 'gulf', 'abu dhabi'].map((p) => [p, 'Asia/Dubai'] as const),
  ...['sydney', 'melbourne', 'canberra', 'brisbane'].map((p) => [p, 'Australia/Sydney'] as const),
  ...['perth'].map((p) => [p, 'Australia/Perth'] as const),
  ...['nz', 'kiwi', 'auckland', 'wellington', 'new zealand'].map((p) => [p, 'Pacific/Auckland'] as const),
  ...['tokyo', 'japan', 'japanese', 'tokyo'].map((p) => [p, 'Asia/Tokyo'] as const),
  ...['singapore', 'hong kong', 'shanghai', 'beijing', 'china'].map((p) => [p, 'Asia/Singapore'] as const),
]);

export interface ZoneSaid {
  zone: string;
  first: number;
  last: number;
}

/** The zone named right after a time the grammar read ("at 3pm EST", "tues 9am NZ time"), with its tokens. */
export function zoneSaid(tokens: readonly Token[], matches: readonly TimeMatch[]): ZoneSaid | undefined {
  for (const m of matches) {
    const kind = m.component.kind;
    if (kind !== 'clock' && kind !== 'range' && kind !== 'dayPart' && kind !== 'part') continue;
    const found = zoneAt(tokens, m.last + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const norm = (tokens: readonly Token[], i: number): string => tokens[i]?.norm ?? '';

function zoneAt(tokens: readonly Token[], start: number): ZoneSaid | undefined {
  const open = norm(tokens, start) === '(' ? 1 : 0;
  const at = start + open;
  const close = (last: number) => (open === 1 && norm(tokens, last + 1) === ')' ? last + 1 : last);
  // "9am eastern": a region alone, closing the words of the time
  const region = REGIONS.get(norm(tokens, at));
  if (region !== undefined && tokens[at + 1]?.kind !== 'word') return { zone: region, first: start, last: close(at) };
  const abbreviation = ABBREVIATIONS.get(norm(tokens, at));
  if (abbreviation !== undefined)
    return { zone: abbreviation, first: start, last: close(at + (norm(tokens, at + 1) === 'time' ? 1 : 0)) };
  // "ora di New York", "ora italiana"
  const italian = norm(tokens, at) === 'ora' ? (norm(tokens, at + 1) === 'di' ? at + 2 : at + 1) : undefined;
  for (const words of [3, 2, 1]) {
    const place = Array.from({ length: words }, (_, k) => norm(tokens, (italian ?? at) + k)).join(' ');
    const zone = PLACES.get(place);
    if (zone === undefined) continue;
    const end = (italian ?? at) + words - 1;
    if (italian !== undefined) return { zone, first: start, last: close(end) };
    if (norm(tokens, end + 1) === 'time') return { zone, first: start, last: close(end + 1) };
  }
  return undefined;
}

/**
 * A local instant of the client's zone ("2027-07-01T15:00:00+05:30") read as that wall time in `zone`;
 * with `now` (no day said), the next time the clock there shows it.
 */
export function wallTimeIn(when: string, zone: string, tz: string, now?: Date): string {
  const parsed = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(when);
  if (parsed === null) return when;
  const [, y, mo, d, h, mi] = parsed.map(Number) as [number, number, number, number, number, number];
  const minute = h * 60 + mi;
  if (now === undefined) return formatInstant(zonedInstant({ year: y, month: mo, day: d }, minute, zone), tz);
  const there = localDateTime(now, zone);
  let instant = zonedInstant(there, minute, zone);
  if (instant.getTime() <= now.getTime()) instant = zonedInstant(addDays(there, 1), minute, zone);
  return formatInstant(instant, tz);
}
