import type { Understanding, UnderstandingContext } from '../contract.js';
import { analyze, resolveFor, type Analysis } from '../analyze.js';
import type { Component, DayRef, PartOfDay, TimeMatch } from '../time/spec.js';
import { agendaRange } from './agenda-range.js';

/**
 * The hours a part of the day leaves the office to book in, when no clock time is said: "in
 * mattinata" 09:00-13:00, "in tarda mattinata" / "late morning" 11:00-13:00, "nel pomeriggio"
 * 13:00-18:00 (the contract's free-slots afternoon), "nel tardo pomeriggio" 17:00-19:00, "in
 * serata" 19:00-23:00. A meal, noon or midnight names a moment, not a window.
 */
const WINDOW_HOURS: Partial<Record<PartOfDay, readonly [string, string]>> = {
  morning: ['09:00', '13:00'],
  lateMorning: ['11:00', '13:00'],
  afternoon: ['13:00', '18:00'],
  lateAfternoon: ['17:00', '19:00'],
  evening: ['19:00', '23:00'],
};

type Window = Pick<Understanding, 'from' | 'to' | 'timeFrom' | 'timeTo'>;

function partOf(component: Component): PartOfDay | undefined {
  if (component.kind === 'dayPart') return component.part;
  return component.kind === 'part' && !component.weak ? component.part : undefined;
}

/** a day said, alone or with a part of it ("il 14 gennaio di pomeriggio"), as a day */
const asDay = (m: TimeMatch): TimeMatch[] => {
  const c = m.component;
  if (c.kind === 'day') return [m];
  return c.kind === 'dayPart' ? [{ ...m, component: { kind: 'day', day: c.day } }] : [];
};

/** "tra il 10 e il 14 gennaio di pomeriggio", "tra lunedì e mercoledì": the stretch of days the client names */
function stretchOf(analysis: Analysis, ctx: UnderstandingContext): Window | undefined {
  const ranged = analysis.matches.find((m) => m.component.kind === 'day' && m.component.lastDay !== undefined);
  if (ranged === undefined || ranged.component.kind !== 'day')
    return agendaRange({ ...analysis, matches: analysis.matches.flatMap(asDay) }, ctx);
  const at = (day: DayRef) =>
    resolveFor({ ...analysis, matches: [{ ...ranged, component: { kind: 'day', day } }] }, 'agenda', ctx).time;
  const [from, to] = [at(ranged.component.day).from, at(ranged.component.lastDay!).to];
  return from !== undefined && to !== undefined && from <= to ? { from, to } : undefined;
}

/**
 * A booking the office arranges "la prossima settimana in tarda mattinata", "venerdì in
 * mattinata", "this weekend": the days it may fall on (`from`, `to`) and, with a part of the day,
 * its hours (`timeFrom`, `timeTo`), so the office looks for a slot there instead of taking the
 * contract's point in time (Monday 11:00) as the client's wish. Undefined when a clock time is
 * said, or when neither a stretch of days nor a part of the day is. Pure.
 */
export function officeWindow(
  analysis: Analysis,
  ctx: UnderstandingContext,
  when: string | undefined,
): Window | undefined {
  const components = analysis.matches.map((m) => m.component);
  if (
    components.some((c) => c.kind === 'clock' || c.kind === 'range' || c.kind === 'offset' || c.kind === 'recurrence')
  )
    return undefined;
  const hours = components.map(partOf).flatMap((part) => (part && WINDOW_HOURS[part] ? [WINDOW_HOURS[part]] : []));
  const span = components.some((c) => c.kind === 'span') || stretchOf(analysis, ctx) !== undefined;
  if (!span && hours.length === 0) return undefined;
  const time = stretchOf(analysis, ctx) ?? resolveFor(analysis, 'agenda', ctx).time;
  // an instant is written in the client's zone: its first ten characters are the local day
  const day = when?.slice(0, 10);
  const [from, to] = time.from && time.to ? [time.from, time.to] : [day, day];
  if (from === undefined || to === undefined) return undefined;
  const [timeFrom, timeTo] = hours[0] ?? [];
  return timeFrom && timeTo ? { from, to, timeFrom, timeTo } : { from, to };
}

/** The window of an office booking from its time words alone, as the LLM path copies them. */
export function resolveOfficeWindowWords(
  words: string,
  ctx: UnderstandingContext,
  when: string | undefined,
): Window | undefined {
  return officeWindow(analyze(words, ctx), ctx, when);
}
