import { z } from 'zod';
import { intents, languages } from './contract.js';

/**
 * Scoring of understandings against labelled examples, as the contract defines it: intent
 * exactly, `when` to the minute as an instant (or by date when the label is a bare date),
 * `rrule` as a set of parts, `due` as a date. Only the label's keys count.
 */
export const labelledExampleSchema = z.object({
  id: z.string(),
  lang: z.enum(languages),
  now: z.iso.datetime({ offset: true }),
  tz: z.string(),
  text: z.string(),
  intent: z.enum(intents),
  when: z.string().optional(),
  rrule: z.string().optional(),
  due: z.string().optional(),
  slots: z.record(z.string(), z.unknown()).optional(),
});
export type LabelledExample = z.infer<typeof labelledExampleSchema>;

export interface Scored {
  intent: boolean;
  when?: boolean;
  rrule?: boolean;
  due?: boolean;
  /** every labelled structured slot right (reported apart: the contract's score leaves slots out) */
  slots?: boolean;
  /** intent and every labelled when/rrule/due right */
  full: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Same instant to the minute; a bare-date label matches any value on that date. */
export function sameWhen(label: string, got: string | undefined): boolean {
  if (got === undefined) return false;
  if (DATE_ONLY.test(label)) return got.slice(0, 10) === label;
  if (DATE_ONLY.test(got)) return false;
  const a = Date.parse(label);
  const b = Date.parse(got);
  return !Number.isNaN(a) && !Number.isNaN(b) && Math.floor(a / 60_000) === Math.floor(b / 60_000);
}

function rruleParts(rrule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rrule.toUpperCase().split(';')) {
    const [key, value] = part.split('=');
    if (key === undefined || value === undefined || key === '') continue;
    // lists are sets too: BYDAY=MO,TU equals BYDAY=TU,MO
    parts.set(
      key.trim(),
      value
        .split(',')
        .map((v) => v.trim())
        .sort()
        .join(','),
    );
  }
  // INTERVAL=1 is the default
  if (parts.get('INTERVAL') === '1') parts.delete('INTERVAL');
  return parts;
}

export function sameRrule(label: string, got: string | undefined): boolean {
  if (got === undefined) return false;
  const a = rruleParts(label);
  const b = rruleParts(got);
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

export function sameDate(label: string, got: string | undefined): boolean {
  return got !== undefined && got.slice(0, 10) === label.slice(0, 10);
}

/** Slots with one right value (free texts such as `text`, `title`, `target` are not compared). */
const STRUCTURED_SLOTS = [
  'availability',
  'until',
  'ref',
  'partySize',
  'durationMin',
  'from',
  'to',
  'items',
  'viaOffice',
  'dayPart',
  'timeFrom',
  'timeTo',
  'event',
] as const;

/** The appointment a reminder comes before: its instant to the minute (its title is free text). */
function sameEvent(label: unknown, got: unknown): boolean {
  const when = (value: unknown) =>
    typeof value === 'object' && value !== null && 'when' in value && typeof value.when === 'string'
      ? value.when
      : undefined;
  const expected = when(label);
  return expected !== undefined && sameWhen(expected, when(got));
}

/**
 * The labelled structured slots, each equal (`until` as an instant to the minute, `event` by its
 * instant); undefined when none is labelled.
 */
export function sameSlots(
  label: Record<string, unknown> | undefined,
  got: Record<string, unknown>,
): boolean | undefined {
  const keys = STRUCTURED_SLOTS.filter((key) => label?.[key] !== undefined);
  if (keys.length === 0) return undefined;
  return keys.every((key) => {
    const expected = label?.[key];
    const value = got[key];
    if (key === 'until') return typeof expected === 'string' && sameWhen(expected, value as string | undefined);
    if (key === 'event') return sameEvent(expected, value);
    return expected === value;
  });
}

export function scoreExample(
  label: Pick<LabelledExample, 'intent' | 'when' | 'rrule' | 'due' | 'slots'>,
  got: { intent: string; when?: string | undefined; rrule?: string | undefined; due?: string | undefined },
): Scored {
  const scored: Scored = { intent: label.intent === got.intent, full: false };
  if (label.when !== undefined) scored.when = sameWhen(label.when, got.when);
  if (label.rrule !== undefined) scored.rrule = sameRrule(label.rrule, got.rrule);
  if (label.due !== undefined) scored.due = sameDate(label.due, got.due);
  const slots = sameSlots(label.slots, got);
  if (slots !== undefined) scored.slots = slots;
  scored.full = scored.intent && scored.when !== false && scored.rrule !== false && scored.due !== false;
  return scored;
}

export interface Rate {
  correct: number;
  total: number;
}

export interface LanguageReport {
  lines: number;
  intent: Rate;
  when: Rate;
  rrule: Rate;
  due: Rate;
  slots: Rate;
  full: Rate;
}

function add(rate: Rate, value: boolean | undefined): void {
  if (value === undefined) return;
  rate.total++;
  if (value) rate.correct++;
}

export function summarize(scores: readonly Scored[]): LanguageReport {
  const report: LanguageReport = {
    lines: scores.length,
    intent: { correct: 0, total: 0 },
    when: { correct: 0, total: 0 },
    rrule: { correct: 0, total: 0 },
    due: { correct: 0, total: 0 },
    slots: { correct: 0, total: 0 },
    full: { correct: 0, total: 0 },
  };
  for (const s of scores) {
    add(report.intent, s.intent);
    add(report.when, s.when);
    add(report.rrule, s.rrule);
    add(report.due, s.due);
    add(report.slots, s.slots);
    add(report.full, s.full);
  }
  return report;
}

export function formatRate(rate: Rate): string {
  if (rate.total === 0) return '-';
  return `${((rate.correct / rate.total) * 100).toFixed(1)}% (${rate.correct}/${rate.total})`;
}
