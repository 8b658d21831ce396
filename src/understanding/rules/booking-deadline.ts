import type { Analysis } from '../analyze.js';

/** Words that make a time a deadline: "entro il 20", "by friday", "no later than" (read as "by"). */
const DEADLINE_WORDS: ReadonlySet<string> = new Set(['entro', 'by']);

/**
 * "prenotami l esame di teoria entro il 20 novembre", "book the flights by friday": a booking whose only time is a
 * deadline asks the office to book something by then, at a time the office finds: work for the desk (a task due
 * that day), not an event at that date.
 */
export function bookedByDeadline(analysis: Analysis): boolean {
  const times = analysis.matches.filter((m) => m.component.kind !== 'invalid');
  if (times.length === 0) return false;
  const opens = (first: number) =>
    DEADLINE_WORDS.has(analysis.tokens[first]?.norm ?? '') ||
    DEADLINE_WORDS.has(analysis.tokens[first - 1]?.norm ?? '');
  return times.every((m) => opens(m.first));
}
