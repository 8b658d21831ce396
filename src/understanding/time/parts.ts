import type { DayPeriod, PartOfDay } from './spec.js';

/** The contract's minute of each part of the day, and when each is over. */

export const PART_MINUTES: Record<Exclude<PartOfDay, 'sameTime'>, number> = {
  morning: 9 * 60,
  noon: 12 * 60,
  lunch: 13 * 60,
  afterLunch: 14 * 60,
  afternoon: 15 * 60,
  // the contract names no time for these: the middle of what is left of the part (docs/understanding-eval.md)
  lateMorning: 11 * 60,
  lateAfternoon: 17 * 60,
  evening: 19 * 60,
  night: 22 * 60,
  // midnight is 00:00 of the following day
  midnight: 24 * 60,
  dinner: 20 * 60,
  // an hour after dinner, as after lunch is an hour after lunch (batch 17)
  afterDinner: 21 * 60,
  breakfast: 8 * 60,
  // the contract names no time for these (batch 18): dawn, the middle of the morning, the end of the working day
  dawn: 6 * 60,
  midMorning: 10 * 60 + 30,
  closeOfBusiness: 17 * 60,
};
export const PART_PERIOD: Partial<Record<PartOfDay, DayPeriod>> = {
  morning: 'morning',
  breakfast: 'morning',
  afternoon: 'afternoon',
  lateMorning: 'morning',
  lateAfternoon: 'afternoon',
  evening: 'evening',
  dinner: 'evening',
  afterDinner: 'evening',
  night: 'night',
  dawn: 'morning',
  midMorning: 'morning',
  closeOfBusiness: 'afternoon',
};
/** When a part of the day is over, as free-time searches read it: "in mattinata" said at 10:00 is still today. */
export const PART_END_MINUTES: Record<Exclude<PartOfDay, 'sameTime'>, number> = {
  morning: 13 * 60,
  noon: 13 * 60,
  lunch: 15 * 60,
  afterLunch: 16 * 60,
  afternoon: 18 * 60,
  lateMorning: 13 * 60,
  lateAfternoon: 18 * 60,
  evening: 24 * 60,
  night: 24 * 60,
  midnight: 24 * 60,
  dinner: 23 * 60,
  afterDinner: 24 * 60,
  breakfast: 10 * 60,
  dawn: 8 * 60,
  midMorning: 12 * 60,
  closeOfBusiness: 19 * 60,
};
/** The minute of the day a part names; "a quest'ora" is the minute it is now. */
export function partMinute(part: PartOfDay, nowMinute: number): number {
  return part === 'sameTime' ? nowMinute : PART_MINUTES[part];
}

/**
 * "stasera a cena", "tomorrow morning at breakfast", "tonight at midnight": the meal or the moment inside the
 * part of the day says the time
 */
export const PART_NARROWS: Partial<Record<PartOfDay, readonly PartOfDay[]>> = {
  dinner: ['evening'],
  afterDinner: ['evening', 'dinner'],
  breakfast: ['morning'],
  afterLunch: ['afternoon'],
  midnight: ['evening', 'night'],
  lateMorning: ['morning'],
  lateAfternoon: ['afternoon'],
  // "domani mattina all'alba", "domani sera alla stessa ora" (batch 18)
  dawn: ['morning'],
  midMorning: ['morning'],
  closeOfBusiness: ['afternoon'],
  sameTime: ['morning', 'afternoon', 'evening', 'night'],
};
